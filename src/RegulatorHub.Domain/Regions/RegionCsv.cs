namespace RegulatorHub.Domain.Regions;

/// <summary>
/// Reads the plain CSV files under <c>Data/regions</c>: comma-separated, first line a header, no quoting (a quote
/// character anywhere is an error), empty lines ignored. Columns are found by header name, so their order is free.
/// </summary>
internal static class RegionCsv
{
    /// <summary>Reads regions from a file with the columns <c>code,name_zh,name_en,level,parent</c>.</summary>
    /// <exception cref="InvalidDataException">The file is malformed or a row breaks a <see cref="Region"/> invariant.</exception>
    public static List<Region> ReadRegions(TextReader reader, string source)
    {
        var regions = new List<Region>();
        foreach (var (line, fields, columns) in ReadRows(reader, source, ["code", "name_zh", "name_en", "level", "parent"]))
        {
            var code = fields[columns[0]];
            var nameEn = fields[columns[2]];
            var parent = fields[columns[4]];
            var level = ParseLevel(fields[columns[3]], source, line);
            try
            {
                regions.Add(new Region(code, fields[columns[1]], nameEn.Length == 0 ? null : nameEn, level, parent.Length == 0 ? null : parent));
            }
            catch (ArgumentException ex)
            {
                throw new InvalidDataException($"{source} line {line}: {ex.Message}", ex);
            }
        }

        return regions;
    }

    /// <summary>
    /// Reads the rows of a file, checking the header has <paramref name="required"/> columns; yields the 1-based line
    /// number, the fields and the indexes of the required columns.
    /// </summary>
    public static IEnumerable<(int Line, string[] Fields, int[] Columns)> ReadRows(TextReader reader, string source, string[] required)
    {
        var header = reader.ReadLine() ?? throw new InvalidDataException($"{source}: the file is empty.");
        var names = SplitLine(header.TrimStart('\uFEFF'), source, 1);
        var columns = new int[required.Length];
        for (var i = 0; i < required.Length; i++)
        {
            columns[i] = Array.IndexOf(names, required[i]);
            if (columns[i] < 0)
            {
                throw new InvalidDataException($"{source}: the header has no '{required[i]}' column (header: {header}).");
            }
        }

        return Rows(reader, source, names.Length, columns);
    }

    private static IEnumerable<(int Line, string[] Fields, int[] Columns)> Rows(TextReader reader, string source, int width, int[] columns)
    {
        var lineNumber = 1;
        while (reader.ReadLine() is { } text)
        {
            lineNumber++;
            if (text.Length == 0)
            {
                continue;
            }

            var fields = SplitLine(text, source, lineNumber);
            if (fields.Length != width)
            {
                throw new InvalidDataException($"{source} line {lineNumber}: expected {width} fields, found {fields.Length}.");
            }

            yield return (lineNumber, fields, columns);
        }
    }

    private static string[] SplitLine(string text, string source, int line)
    {
        if (text.Contains('"', StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{source} line {line}: quoted fields are not supported.");
        }

        return text.TrimEnd('\r').Split(',');
    }

    private static RegionLevel ParseLevel(string text, string source, int line) => text switch
    {
        "country" => RegionLevel.Country,
        "province" => RegionLevel.Province,
        "city" => RegionLevel.City,
        "county" => RegionLevel.County,
        "state" => RegionLevel.State,
        _ => throw new InvalidDataException($"{source} line {line}: unknown level '{text}'."),
    };
}
