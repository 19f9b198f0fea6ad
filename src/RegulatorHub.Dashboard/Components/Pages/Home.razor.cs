using System.Globalization;
using Microsoft.AspNetCore.Components;
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

    private StoreSummary? Summary { get; set; }

    private (DateOnly From, DateOnly To)? Window { get; set; }

    private long WindowTotal { get; set; }

    private SeedProgress? SeedProgress { get; set; }

    private IReadOnlyList<CountRow>? ByCategory { get; set; }

    private IReadOnlyList<CountRow>? ByProvince { get; set; }

    private IReadOnlyList<CountRow>? ByMerchant { get; set; }

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
    }

    private List<CountRow> ToRows(Dimension dimension, IEnumerable<DimensionCount> counts) =>
        counts.Select(c =>
        {
            var (label, secondary) = Labels.For(dimension, c);
            return new CountRow(c.Key, label, secondary, c.Count, WindowTotal == 0 ? 0 : (double)c.Count / WindowTotal);
        }).ToList();

    private static string FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", Invariant) ?? "—";
}
