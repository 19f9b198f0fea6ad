using System.Globalization;
using System.Text;
using RegulatorHub.Domain.Embedded;

namespace RegulatorHub.Domain.Regions;

/// <summary>
/// Resident population per region, for per-capita rates. Each dataset (one CSV file, columns
/// <c>code,residents,year</c>) covers one country and one reference year.
/// </summary>
/// <remarks>
/// <para>Invariants, checked on load: every code is a valid region code (six digits or <c>US-XX</c>) and appears once;
/// every count is positive; all rows of one dataset share one country and one year, and no two datasets cover the
/// same country.</para>
/// <para>The embedded data (<see cref="Default"/>) is every <c>Data/regions/*-population.csv</c> file; see
/// <c>Data/regions/SOURCE.md</c> for sources and years. It holds the 2020 census resident counts of the 31 mainland
/// provinces (NBS) and of the 50 US states and DC (US Census Bureau); cities and counties have none.</para>
/// </remarks>
public sealed class RegionPopulation
{
    private const string Folder = "regions";
    private const string FileSuffix = "-population.csv";

    private static readonly Lazy<RegionPopulation> s_default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, (long Residents, int Year)> _byCode;
    private readonly Dictionary<string, int> _yearByCountry;

    private RegionPopulation(Dictionary<string, (long Residents, int Year)> byCode, Dictionary<string, int> yearByCountry)
    {
        _byCode = byCode;
        _yearByCountry = yearByCountry;
    }

    /// <summary>The populations embedded in this assembly, loaded on first use; thread-safe.</summary>
    public static RegionPopulation Default => s_default.Value;

    /// <summary>The reference year of each dataset, keyed by ISO 3166-1 alpha-2 country code (<c>US</c> → 2020).</summary>
    public IReadOnlyDictionary<string, int> YearByCountry => _yearByCountry;

    /// <summary>The number of regions with a population.</summary>
    public int Count => _byCode.Count;

    /// <summary>Reads datasets, one CSV file each (columns <c>code,residents,year</c>).</summary>
    /// <exception cref="InvalidDataException">A file is malformed or breaks an invariant.</exception>
    public static RegionPopulation Load(params IEnumerable<TextReader> datasets)
    {
        ArgumentNullException.ThrowIfNull(datasets);
        var byCode = new Dictionary<string, (long Residents, int Year)>(StringComparer.Ordinal);
        var yearByCountry = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        foreach (var reader in datasets)
        {
            number++;
            ReadDataset(reader, $"population dataset {number}", byCode, yearByCountry);
        }

        return new RegionPopulation(byCode, yearByCountry);
    }

    /// <summary>Looks up the resident population of a region by its code (<c>US-CA</c>).</summary>
    public bool TryGetPopulation(string regionCode, out long residents)
    {
        ArgumentNullException.ThrowIfNull(regionCode);
        var found = _byCode.TryGetValue(regionCode, out var entry);
        residents = entry.Residents;
        return found;
    }

    /// <summary>Looks up the resident population of a region and the reference year of its dataset.</summary>
    public bool TryGetPopulation(string regionCode, out long residents, out int year)
    {
        ArgumentNullException.ThrowIfNull(regionCode);
        var found = _byCode.TryGetValue(regionCode, out var entry);
        residents = entry.Residents;
        year = entry.Year;
        return found;
    }

    private static RegionPopulation LoadEmbedded()
    {
        var readers = EmbeddedData.List(Folder)
            .Where(path => path.EndsWith(FileSuffix, StringComparison.Ordinal))
            .Select(path => new StreamReader(EmbeddedData.Open(path), Encoding.UTF8))
            .ToList();
        try
        {
            return Load(readers);
        }
        finally
        {
            foreach (var reader in readers)
            {
                reader.Dispose();
            }
        }
    }

    private static void ReadDataset(
        TextReader reader,
        string source,
        Dictionary<string, (long Residents, int Year)> byCode,
        Dictionary<string, int> yearByCountry)
    {
        string? country = null;
        var year = 0;
        foreach (var (line, fields, columns) in RegionCsv.ReadRows(reader, source, ["code", "residents", "year"]))
        {
            var code = fields[columns[0]];
            var rowCountry = Region.IsChineseCode(code) ? "CN" : Region.IsUsStateCode(code) ? "US" : null;
            if (rowCountry is null)
            {
                throw new InvalidDataException($"{source} line {line}: '{code}' is not a region code.");
            }

            if (!long.TryParse(fields[columns[1]], NumberStyles.None, CultureInfo.InvariantCulture, out var residents) || residents <= 0)
            {
                throw new InvalidDataException($"{source} line {line}: residents must be a positive integer.");
            }

            if (!int.TryParse(fields[columns[2]], NumberStyles.None, CultureInfo.InvariantCulture, out var rowYear) || rowYear is < 1900 or > 2100)
            {
                throw new InvalidDataException($"{source} line {line}: year must be a four-digit year.");
            }

            if (country is null)
            {
                country = rowCountry;
                year = rowYear;
                if (!yearByCountry.TryAdd(country, year))
                {
                    throw new InvalidDataException($"{source}: a second dataset for country {country}.");
                }
            }
            else if (rowCountry != country || rowYear != year)
            {
                throw new InvalidDataException($"{source} line {line}: every row must be {country} {year}.");
            }

            if (!byCode.TryAdd(code, (residents, rowYear)))
            {
                throw new InvalidDataException($"{source} line {line}: '{code}' appears twice.");
            }
        }
    }
}
