namespace RegulatorHub.Synthetic.Planning;

/// <summary>An outbreak as the generator executes it: fixed dimensions and the extra complaints per day.</summary>
internal sealed class OutbreakSpec
{
    public required OutbreakType Type { get; init; }

    public required bool Platform { get; init; }

    /// <summary>Platform index, or -1.</summary>
    public int PlatformIndex { get; init; } = -1;

    /// <summary>Merchant index, or -1 when merchants vary.</summary>
    public int Merchant { get; init; } = -1;

    public required int Subject { get; init; }

    public required int Issue { get; init; }

    /// <summary>Platform complaint type index, or -1.</summary>
    public int ComplaintType { get; init; } = -1;

    /// <summary>Platform category index, or -1.</summary>
    public int Label { get; init; } = -1;

    /// <summary>Province index every complainant lives in, or -1.</summary>
    public int Province { get; init; } = -1;

    /// <summary>Unit index every complainant lives in, or -1.</summary>
    public int Unit { get; init; } = -1;

    /// <summary>Day index (from the feed's start) of <see cref="Daily"/>[0].</summary>
    public required int StartDay { get; init; }

    /// <summary>Extra complaints on each day of the window.</summary>
    public required int[] Daily { get; init; }

    public GroundTruthOutbreak Truth { get; set; } = null!;

    public int CountOn(int day)
    {
        var k = day - StartDay;
        return k >= 0 && k < Daily.Length ? Daily[k] : 0;
    }
}
