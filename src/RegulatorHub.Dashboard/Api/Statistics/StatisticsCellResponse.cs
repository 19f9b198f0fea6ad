using RegulatorHub.Application.Privacy;

namespace RegulatorHub.Dashboard.Api.Statistics;

/// <summary>A cell or total of a statistics table as the API answers it.</summary>
/// <param name="Value">The published count, or <see langword="null"/> when suppressed (the true count never leaves the server).</param>
/// <param name="Suppressed">Whether disclosure control withheld the value (primary and complementary suppression alike).</param>
public sealed record StatisticsCellResponse(long? Value, bool Suppressed)
{
    /// <summary>The answer for a disclosure-controlled cell.</summary>
    public static StatisticsCellResponse From(DisclosureCell cell) => new(cell.IsSuppressed ? null : cell.Value, cell.IsSuppressed);
}
