using System.Globalization;

namespace RegulatorHub.Application.Privacy;

/// <summary>The small-cell rule applied to aggregate tables before they leave the system.</summary>
/// <remarks>
/// Invariant: <see cref="Threshold"/> is at least 2 (a threshold of 1 would suppress nothing).
/// Zero counts are published by default: a structural zero says that nobody is in the cell, which reveals
/// nothing about any person; set <see cref="PublishZeros"/> to <see langword="false"/> when even the absence
/// of complaints is sensitive, and zeros are then suppressed like any other small count.
/// The properties are get-only so that a <see langword="with"/> expression cannot bypass the validation.
/// </remarks>
public sealed record DisclosureRule
{
    /// <summary>The default threshold k: counts from 1 to 9 are suppressed.</summary>
    public const int DefaultThreshold = 10;

    /// <summary>Creates a rule.</summary>
    /// <param name="threshold">The threshold k; counts below it (and above zero) are suppressed. At least 2.</param>
    /// <param name="publishZeros">Whether counts of zero are published.</param>
    public DisclosureRule(int threshold = DefaultThreshold, bool publishZeros = true)
    {
        if (threshold < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, $"{nameof(threshold)} must be at least 2 (was {threshold.ToString(CultureInfo.InvariantCulture)}).");
        }

        Threshold = threshold;
        PublishZeros = publishZeros;
    }

    /// <summary>The default rule: k = 10, zeros published.</summary>
    public static DisclosureRule Default { get; } = new();

    /// <summary>The threshold k; a published count is either at least k or (when allowed) zero.</summary>
    public int Threshold { get; }

    /// <summary>Whether counts of zero are published.</summary>
    public bool PublishZeros { get; }

    /// <summary>Whether <paramref name="count"/> must be hidden on its own account.</summary>
    /// <param name="count">A non-negative count.</param>
    public bool IsSmall(long count) => count < Threshold && (count > 0 || !PublishZeros);

    /// <summary>The rule in words, for the metadata of exported files.</summary>
    public string Describe()
    {
        var lowest = PublishZeros ? 1 : 0;
        var highest = Threshold - 1;
        var range = lowest == highest
            ? string.Create(CultureInfo.InvariantCulture, $"Counts of {lowest} are suppressed")
            : string.Create(CultureInfo.InvariantCulture, $"Counts from {lowest} to {highest} are suppressed");
        var zeros = PublishZeros ? " Zero counts are published." : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{range} (threshold k = {Threshold}); further cells are suppressed so that no suppressed count can be recomputed from the published row, column or grand totals, and suppressed cells sharing a published total add up to at least {Threshold}.{zeros}");
    }
}
