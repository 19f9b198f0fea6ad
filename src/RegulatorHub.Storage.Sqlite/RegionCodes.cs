namespace RegulatorHub.Storage.Sqlite;

/// <summary>Derives the province column stored beside the region so grouping by province needs no lookup.</summary>
internal static class RegionCodes
{
    /// <summary>GB/T 2260 codes keep the province in the first two digits; US state codes are their own province.</summary>
    public static string? ProvinceOf(string? regionCode) => regionCode switch
    {
        null => null,
        { Length: 6 } when regionCode.EndsWith("0000", StringComparison.Ordinal) => regionCode,
        { Length: 6 } => string.Concat(regionCode.AsSpan(0, 2), "0000"),
        _ => regionCode,
    };
}
