namespace RegulatorHub.Application.Privacy;

/// <summary>Configuration section <c>Privacy:Disclosure</c>: the small-cell rule applied to every aggregate that leaves the system.</summary>
public sealed class DisclosureOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Privacy:Disclosure";

    /// <summary>
    /// <c>Privacy:Disclosure:Threshold</c>: the threshold k; counts from 1 to k - 1 are suppressed. At least 2, default 10.
    /// </summary>
    public int Threshold { get; set; } = DisclosureRule.DefaultThreshold;

    /// <summary><c>Privacy:Disclosure:PublishZeros</c>: whether counts of zero are published (default <see langword="true"/>).</summary>
    public bool PublishZeros { get; set; } = true;

    /// <summary>The rule these options describe; call only on validated options.</summary>
    public DisclosureRule ToRule() => new(Threshold, PublishZeros);
}
