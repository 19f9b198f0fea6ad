using System.Globalization;
using Microsoft.AspNetCore.Components;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Hotspots;
using RegulatorHub.Analytics.Queries;
using RegulatorHub.Analytics.Time;
using RegulatorHub.Application.Analytics;
using RegulatorHub.Application.Statistics;
using RegulatorHub.Application.Storage;
using RegulatorHub.Dashboard.Model;
using RegulatorHub.Hosting.Seeding;

namespace RegulatorHub.Dashboard.Components.Pages;

/// <summary>The first page: counts by category, region and merchant for the 12 months up to the newest complaint.</summary>
public sealed partial class Home
{
    private const int TopN = 15;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Inject]
    public required IComplaintStore Store { get; init; }

    [Inject]
    public required IComplaintStatistics Statistics { get; init; }

    [Inject]
    public required DimensionLabels Labels { get; init; }

    [Inject]
    public required IServiceProvider Services { get; init; }

    [Inject]
    public required ComplaintAnalytics Analytics { get; init; }

    private StoreSummary? Summary { get; set; }

    private (DateOnly From, DateOnly To)? Window { get; set; }

    private long WindowTotal { get; set; }

    private SeedProgress? SeedProgress { get; set; }

    private IReadOnlyList<CountRow>? ByCategory { get; set; }

    private IReadOnlyList<CountRow>? ByProvince { get; set; }

    private IReadOnlyList<CountRow>? ByMerchant { get; set; }

    private HotspotScan? Hotspots { get; set; }

    private IReadOnlyList<HotspotRow>? HotspotRows { get; set; }

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        SeedProgress = (Services.GetService(typeof(FirstStartSeedingService)) as FirstStartSeedingService)?.Progress;
        Summary = await Store.GetSummaryAsync(CancellationToken.None);
        if (Summary.NewestReceived is not { } newest)
        {
            return;
        }

        // The window ends at the newest complaint rather than today, so an imported historical dataset still shows.
        var window = (From: newest.AddMonths(-12).AddDays(1), To: newest);
        Window = window;
        var categories = Statistics.CountByAsync(new CountQuery(Dimension.Category, window.From, window.To, 10_000), CancellationToken.None);
        var provinces = Statistics.CountByAsync(new CountQuery(Dimension.Province, window.From, window.To, TopN), CancellationToken.None);
        var merchants = Statistics.CountByAsync(new CountQuery(Dimension.Merchant, window.From, window.To, TopN), CancellationToken.None);

        // All categories are fetched, so their sum is the window's total used for shares.
        var allCategories = await categories;
        WindowTotal = allCategories.Sum(c => c.Count);
        ByCategory = ToRows(Dimension.Category, allCategories.Take(TopN));
        ByProvince = ToRows(Dimension.Province, await provinces);
        ByMerchant = ToRows(Dimension.Merchant, await merchants);

        // Hotspots come from the analytics store, which catches up with the complaint store after start.
        if (Analytics.IsReady)
        {
            Hotspots = await Analytics.HotspotsAsync(
                new HotspotQuery([FactDimension.Category, FactDimension.Province], TimeGranularity.Week, FactFilter.All, Top: 10), CancellationToken.None);
            HotspotRows = Hotspots.Hotspots.Select(ToRow).ToList();
        }
    }

    private HotspotRow ToRow(Hotspot hotspot)
    {
        var explanation = hotspot.Assessment.Explanation;
        var series = string.Join(" · ", hotspot.Keys.Select(k => Describe(k.Key, k.Value)));
        var top = explanation.Contributions.FirstOrDefault(c => c.Observed > c.Expected);
        var contribution = top is null ? null : Describe(Enum.Parse<FactDimension>(top.Dimension), top.Value)
            + string.Create(Invariant, $" ({top.Observed:N0} / {top.Expected:N1})");
        return new HotspotRow(series, hotspot.Assessment.Kind.ToString(), explanation.Observed, explanation.Expected, explanation.Threshold, hotspot.Assessment.AdjustedPValue, contribution);
    }

    private string Describe(FactDimension dimension, string? key)
    {
        var legacy = dimension switch
        {
            FactDimension.Category => Dimension.Category,
            FactDimension.Province => Dimension.Province,
            FactDimension.Merchant => Dimension.Merchant,
            _ => Dimension.Region,
        };
        var (label, secondary) = Labels.For(legacy, new DimensionCount(key ?? string.Empty, null, 0));
        return secondary is null ? label : $"{label} {secondary}";
    }

    private List<CountRow> ToRows(Dimension dimension, IEnumerable<DimensionCount> counts) =>
        counts.Select(c =>
        {
            var (label, secondary) = Labels.For(dimension, c);
            return new CountRow(c.Key, label, secondary, c.Count, WindowTotal == 0 ? 0 : (double)c.Count / WindowTotal);
        }).ToList();

    private static string FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", Invariant) ?? "—";
}
