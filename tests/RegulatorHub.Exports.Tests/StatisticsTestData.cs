using Microsoft.Extensions.Options;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Forecasting;
using RegulatorHub.Analytics.Hotspots;
using RegulatorHub.Analytics.Queries;
using RegulatorHub.Application.Analytics;
using RegulatorHub.Application.Privacy;
using RegulatorHub.Application.Statistics;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Exports.Tests;

/// <summary>Builds statistics tables through the real builder over facts held in memory, with a fixed clock and version.</summary>
internal static class StatisticsTestData
{
    public static readonly DateTimeOffset GeneratedAt = new(2026, 11, 24, 2, 15, 0, TimeSpan.Zero);

    public static readonly StatisticsGenerator Generator = new("RegulatorHub", "0.1.0-test");

    public static ComplaintFact Fact(DateOnly day, string category, string? merchantKey, string? merchantName = null, string? region = "330106") =>
        new(day, category, "quality", region, merchantKey, merchantName, null, ComplaintChannel.Phone, "hotline", null);

    public static StatisticsTableBuilder Builder(IReadOnlyList<ComplaintFact> facts, DisclosureRule? rule = null)
    {
        var holder = new AnalyticsFacts(RegionGazetteer.Default);
        holder.Current.Append(facts, "checkpoint-42");
        var engine = new FactQueryEngine(RegionPopulation.Default);
        var analytics = new ComplaintAnalytics(holder, engine, new HotspotScanner(engine), new SeriesForecaster());
        var options = new DisclosureOptions { Threshold = (rule ?? DisclosureRule.Default).Threshold, PublishZeros = (rule ?? DisclosureRule.Default).PublishZeros };
        return new StatisticsTableBuilder(analytics, DimensionLabels.Default, Options.Create(options), new FixedTime(), Generator);
    }

    public static async Task<StatisticsTable> BuildAsync(IReadOnlyList<ComplaintFact> facts, StatisticsDefinition definition, DisclosureRule? rule = null)
    {
        var result = await Builder(facts, rule).BuildAsync(definition, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Table;
    }

    /// <summary>The golden table: categories by merchant, a small cell, a formula-like merchant name, Chinese labels, a missing merchant.</summary>
    public static Task<StatisticsTable> GoldenTableAsync()
    {
        var day = new DateOnly(2026, 2, 10);
        var facts = new List<ComplaintFact>();
        void Add(int count, string category, string? key, string? name)
        {
            for (var i = 0; i < count; i++)
            {
                facts.Add(Fact(day.AddDays(i % 20), category, key, name));
            }
        }

        Add(25, "goods.appliances", "m-1", "=1+1");
        Add(12, "goods.appliances", "m-2", "好商家");
        Add(11, "goods.appliances", null, null);
        Add(3, "goods.clothing", "m-1", "=1+1");
        Add(20, "goods.clothing", "m-2", "好商家");
        Add(15, "goods.clothing", "m-3", "Acme, \"Best\" Ltd.");
        var definition = new StatisticsDefinition
        {
            Dimensions = [StatisticsDimension.Category, StatisticsDimension.Merchant],
            From = new DateOnly(2026, 1, 1),
            To = new DateOnly(2026, 3, 31),
        };
        return BuildAsync(facts, definition);
    }

    public static async Task<byte[]> WriteAsync(IStatisticsFileWriter writer, StatisticsTable table)
    {
        using var stream = new MemoryStream();
        await writer.WriteAsync(table, stream, CancellationToken.None);
        return stream.ToArray();
    }

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => GeneratedAt;
    }
}
