using RegulatorHub.Analytics.Time;
using RegulatorHub.Ingestion.Sources.Cfpb;

namespace RegulatorHub.Benchmarks;

/// <summary>Mean weekly count and dispersion (variance / mean) of one real series.</summary>
internal readonly record struct SeriesLevel(double Mean, double Dispersion);

/// <summary>
/// Level and dispersion of the real weekly complaint series in the bundled CFPB extract (Bank of America 2017–2023), one
/// series per product × state, so the simulated series of <see cref="HotspotEvalBenchmark"/> look like real ones.
/// </summary>
internal static class HotspotEvalCalibration
{
    // Half-width of the centred moving average the dispersion is measured around: the real series have level steps
    // (a 2018–19 trough, a step up from late 2020) that would otherwise be counted as over-dispersion.
    private const int SmoothingHalfWidth = 6;

    public static async Task<IReadOnlyList<SeriesLevel>> EstimateAsync(double minimumMean)
    {
        var counts = new Dictionary<string, Dictionary<DateOnly, int>>(StringComparer.Ordinal);
        var first = DateOnly.MaxValue;
        var last = DateOnly.MinValue;
        await using (var file = File.OpenRead(SamplePath()))
        {
            await foreach (var row in CfpbCsvReader.ReadAsync(file, new CfpbImportOptions { CompanyOverride = "Bank of America" }))
            {
                if (row.IsRejected)
                {
                    continue;
                }

                var complaint = row.Complaint;
                var week = TimeBuckets.StartOf(DateOnly.FromDateTime(complaint.ReceivedAt.UtcDateTime), TimeGranularity.Week);
                var key = $"{complaint.SourceCategory}|{complaint.ConsumerRegionCode}";
                if (!counts.TryGetValue(key, out var weeks))
                {
                    counts[key] = weeks = [];
                }

                weeks[week] = weeks.GetValueOrDefault(week) + 1;
                first = week < first ? week : first;
                last = week > last ? week : last;
            }
        }

        // The first and last weeks of the extract are partial (it starts on a Monday's week and ends mid-week).
        first = TimeBuckets.Next(first, TimeGranularity.Week);
        var length = TimeBuckets.PeriodsBetween(first, last, TimeGranularity.Week);
        var levels = new List<SeriesLevel>();
        var series = new double[length];
        foreach (var weeks in counts.Values)
        {
            for (var i = 0; i < length; i++)
            {
                series[i] = weeks.GetValueOrDefault(TimeBuckets.Add(first, TimeGranularity.Week, i));
            }

            var level = Estimate(series);
            if (level.Mean >= minimumMean)
            {
                levels.Add(level);
            }
        }

        return levels;
    }

    // Mean, and Pearson dispersion Σ (y − m)²/m / n around the centred moving average m (floored at 1, as quasi-Poisson).
    private static SeriesLevel Estimate(double[] series)
    {
        double total = 0;
        double pearson = 0;
        var used = 0;
        for (var i = 0; i < series.Length; i++)
        {
            total += series[i];
            if (i < SmoothingHalfWidth || i >= series.Length - SmoothingHalfWidth)
            {
                continue;
            }

            double window = 0;
            for (var j = i - SmoothingHalfWidth; j <= i + SmoothingHalfWidth; j++)
            {
                window += series[j];
            }

            var local = window / ((2 * SmoothingHalfWidth) + 1);
            if (local > 0)
            {
                pearson += (series[i] - local) * (series[i] - local) / local;
                used++;
            }
        }

        return new SeriesLevel(total / series.Length, used == 0 ? 1 : Math.Max(1, pearson / used));
    }

    private static string SamplePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RegulatorHub.sln")))
            {
                return Path.Combine(dir.FullName, "samples", "cfpb", "bofa_2017_2023.csv.gz");
            }
        }

        throw new InvalidOperationException("RegulatorHub.sln not found above " + AppContext.BaseDirectory);
    }
}
