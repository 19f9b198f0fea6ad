using RegulatorHub.Application.Statistics;

namespace RegulatorHub.Dashboard.Api.Statistics;

/// <summary>A row or column header of a statistics table.</summary>
/// <param name="Key">The code or key (category code, region code, merchant key, period start yyyy-MM-dd); <see langword="null"/> for "not stated".</param>
/// <param name="Name">The Chinese name where one is known (merchants: their name), else the key.</param>
/// <param name="NameEn">The English name, when there is one.</param>
public sealed record StatisticsLabelResponse(string? Key, string Name, string? NameEn)
{
    /// <summary>The answer for a table label.</summary>
    public static StatisticsLabelResponse From(StatisticsLabel label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return new(label.Key, label.Name, label.NameEn);
    }
}
