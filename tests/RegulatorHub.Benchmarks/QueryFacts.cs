using System.Globalization;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Regions;
using RegulatorHub.Domain.Taxonomy;

namespace RegulatorHub.Benchmarks;

/// <summary>
/// Synthetic complaint facts for the query benchmark, drawn straight as facts (no feed messages): counties weighted
/// by their province's 2020 census population, merchants and categories Zipf-distributed, three years of days.
/// </summary>
internal sealed class QueryFacts
{
    private readonly Random _random;
    private readonly string[] _categories;
    private readonly string[] _issues;
    private readonly string[] _counties;
    private readonly double[] _countyCumulative;
    private readonly double[] _merchantCumulative;
    private readonly double[] _categoryCumulative;
    private readonly string[] _platforms = ["tmall", "jd", "pinduoduo", "douyin", "meituan"];
    private readonly string[] _sources;
    private readonly ComplaintChannel[] _channels = Enum.GetValues<ComplaintChannel>().Where(c => c != ComplaintChannel.Unknown).ToArray();

    public QueryFacts(int seed, int merchants)
    {
        _random = new Random(seed);
        _categories = [.. ComplaintTaxonomy.Default.Subjects.Select(s => s.Code)];
        _issues = [.. ComplaintTaxonomy.Default.Issues.Select(s => s.Code)];
        var gazetteer = RegionGazetteer.Default;
        var counties = gazetteer.Counties.Where(c => RegionPopulation.Default.TryGetPopulation(gazetteer.ProvinceCodeOf(c.Code), out _)).ToList();
        var perProvince = counties.GroupBy(c => gazetteer.ProvinceCodeOf(c.Code)).ToDictionary(g => g.Key, g => g.Count());
        _counties = [.. counties.Select(c => c.Code)];
        _countyCumulative = Cumulative(counties.Select(c =>
        {
            var province = gazetteer.ProvinceCodeOf(c.Code);
            RegionPopulation.Default.TryGetPopulation(province, out var residents);
            return (double)residents / perProvince[province];
        }));
        _merchantCumulative = Cumulative(Enumerable.Range(1, merchants).Select(rank => 1.0 / rank));
        _categoryCumulative = Cumulative(Enumerable.Range(1, _categories.Length).Select(rank => 1.0 / Math.Sqrt(rank)));
        _sources = [.. Enumerable.Range(1, 12).Select(i => "hotline-" + i.ToString("00", CultureInfo.InvariantCulture))];
    }

    public static DateOnly FirstDay { get; } = new(2023, 7, 1);

    public const int Days = 3 * 365;

    public IReadOnlyList<string> Categories => _categories;

    public IReadOnlyList<string> Platforms => _platforms;

    public IReadOnlyList<ComplaintChannel> Channels => _channels;

    /// <summary>The next <paramref name="count"/> facts, in day order as a store would receive them.</summary>
    public List<ComplaintFact> Next(int count, int firstIndex, int total)
    {
        var facts = new List<ComplaintFact>(count);
        for (var i = 0; i < count; i++)
        {
            var day = FirstDay.AddDays((int)((long)(firstIndex + i) * Days / total));
            var merchant = Pick(_merchantCumulative);
            facts.Add(new ComplaintFact(
                day,
                _categories[Pick(_categoryCumulative)],
                _issues[_random.Next(_issues.Length)],
                _counties[Pick(_countyCumulative)],
                "m" + merchant.ToString(CultureInfo.InvariantCulture),
                null,
                _random.Next(5) < 2 ? null : _platforms[_random.Next(_platforms.Length)],
                _channels[_random.Next(_channels.Length)],
                _sources[_random.Next(_sources.Length)],
                _random.Next(4) == 0 ? null : _random.Next(0, 3_000_000).ToString("x8", CultureInfo.InvariantCulture)));
        }

        return facts;
    }

    private int Pick(double[] cumulative)
    {
        var index = Array.BinarySearch(cumulative, _random.NextDouble() * cumulative[^1]);
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var sum = 0.0;
        return [.. weights.Select(w => sum += w)];
    }
}
