namespace RegulatorHub.Application.Statistics;

/// <summary>A key of a statistics table's row or column header with the names people read.</summary>
/// <param name="Key">The code or key (category code, region code, merchant key, period start as <c>YYYY-MM-DD</c>); <see langword="null"/> for "not stated".</param>
/// <param name="Name">The Chinese name where one is known (merchants: their name), else the key.</param>
/// <param name="NameEn">The English name, or <see langword="null"/> when there is none.</param>
public sealed record StatisticsLabel(string? Key, string Name, string? NameEn)
{
    /// <summary>The key as written into files: empty for "not stated".</summary>
    public string Code => Key ?? string.Empty;

    /// <summary>The label of a missing value.</summary>
    public static StatisticsLabel NotStated { get; } = new(null, "未注明", "Not stated");
}
