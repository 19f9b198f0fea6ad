namespace RegulatorHub.Synthetic;

/// <summary>
/// Exact counts of what <see cref="SyntheticFeedGenerator.Generate"/> yields. They are planned from the options before
/// generation starts, so they are available before, during and after it, and the output always matches them.
/// </summary>
public sealed record SyntheticFeedSummary
{
    /// <summary>All messages yielded: <see cref="BaselineComplaints"/> + <see cref="OutbreakComplaints"/> +
    /// <see cref="CrossChannelDuplicates"/> + <see cref="Resends"/>.</summary>
    public required int Messages { get; init; }

    /// <summary>Distinct source + case id pairs: <see cref="Messages"/> − <see cref="Resends"/>.</summary>
    public int UniqueCases => Messages - Resends;

    /// <summary>Ordinary complaints drawn from the baseline model.</summary>
    public required int BaselineComplaints { get; init; }

    /// <summary>Extra complaints injected by outbreaks (the sum of <see cref="GroundTruthOutbreak.Complaints"/>).</summary>
    public required int OutbreakComplaints { get; init; }

    /// <summary>Same-day repeats of a hotline complaint on another channel with a new case id.</summary>
    public required int CrossChannelDuplicates { get; init; }

    /// <summary>Exact re-sends (same source and case id, identical content), each right after its original.</summary>
    public required int Resends { get; init; }

    /// <summary>Hotline messages, resends excluded.</summary>
    public required int HotlineMessages { get; init; }

    /// <summary>Platform messages, resends excluded.</summary>
    public required int PlatformMessages { get; init; }

    /// <summary>Days covered, both ends included.</summary>
    public required int Days { get; init; }

    /// <summary>Merchants in the catalog.</summary>
    public required int Merchants { get; init; }

    /// <summary>Size of the complainant pool; complainants are drawn from it with repeats.</summary>
    public required int ComplainantPool { get; init; }

    /// <summary>True when province weights came from <c>RegionPopulation</c>, false when from the built-in 2020 census table.</summary>
    public required bool PopulationFromGazetteerData { get; init; }
}
