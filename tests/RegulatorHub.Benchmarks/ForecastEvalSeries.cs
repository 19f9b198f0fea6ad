using RegulatorHub.Analytics.Time;
using RegulatorHub.Ingestion.Sources.Cfpb;

namespace RegulatorHub.Benchmarks;

/// <summary>One count series of the evaluation: a name and counts per period (ISO week or day), zeros included.</summary>
internal sealed record ForecastEvalSeries(string Name, double[] Counts)
{
    /// <summary>
    /// Complaint counts per period by product, by state and by product × state from a CFPB file. For weeks, the week
    /// holding the file's last day is dropped unless that day is a Sunday (a partial week would look like a collapse).
    /// </summary>
    public static async Task<(DateOnly FirstPeriod, List<ForecastEvalSeries> Series)> LoadAsync(string path, TimeGranularity granularity)
    {
        var rows = new List<(DateOnly Day, string Product, string? State)>();
        await using (var file = File.OpenRead(path))
        {
            await foreach (var row in CfpbCsvReader.ReadAsync(file, new CfpbImportOptions { CompanyOverride = "Bank of America" }))
            {
                if (row.IsRejected)
                {
                    continue;
                }

                var complaint = row.Complaint;
                var category = complaint.SourceCategory ?? complaint.SubjectCode;

                // SourceCategory is "Product / Sub-product"; the product alone is the series key.
                var cut = category.IndexOf(" / ", StringComparison.Ordinal);
                rows.Add((complaint.ReceivedDate, cut < 0 ? category : category[..cut], complaint.ConsumerRegionCode));
            }
        }

        var firstDay = rows.Min(r => r.Day);
        var lastDay = rows.Max(r => r.Day);
        var firstWeek = TimeBuckets.StartOf(firstDay, granularity);
        var complete = granularity == TimeGranularity.Day || lastDay.DayOfWeek == DayOfWeek.Sunday;
        var weeks = TimeBuckets.PeriodsBetween(firstWeek, lastDay, granularity) + (complete ? 1 : 0);
        var series = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var (day, product, state) in rows)
        {
            var week = TimeBuckets.PeriodsBetween(firstWeek, day, granularity);
            if (week >= weeks)
            {
                continue;
            }

            Add(series, "product:" + product, week, weeks);
            if (state is not null)
            {
                Add(series, "state:" + state, week, weeks);
                Add(series, "product×state:" + product + "|" + state, week, weeks);
            }
        }

        return (firstWeek, series.Select(s => new ForecastEvalSeries(s.Key, s.Value)).ToList());
    }

    private static void Add(Dictionary<string, double[]> series, string key, int week, int weeks)
    {
        if (!series.TryGetValue(key, out var counts))
        {
            counts = new double[weeks];
            series[key] = counts;
        }

        counts[week]++;
    }
}
