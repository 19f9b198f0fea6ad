using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Forecasting;
using RegulatorHub.Analytics.Hotspots;
using RegulatorHub.Analytics.Queries;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Analytics;
using RegulatorHub.Application.Exports;
using RegulatorHub.Application.Privacy;
using RegulatorHub.Application.Statistics;
using RegulatorHub.Dashboard.Access;
using RegulatorHub.Dashboard.Components.Controls;
using RegulatorHub.Dashboard.Components.Pages;
using RegulatorHub.Dashboard.Filtering;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Dashboard.Tests.Components;

public sealed class StatisticsPageTests : IDisposable
{
    private static readonly DateOnly s_day = new(2026, 3, 10);

    private readonly DashboardComponentContext _context = new();
    private readonly ComplaintAnalytics _analytics;
    private readonly InMemoryDefinitionStore _store = new();

    public StatisticsPageTests()
    {
        // Appliances: 25 in Zhejiang, 3 in Shanghai (small); clothing: 20 and 15.
        var facts = new List<ComplaintFact>();
        Add(facts, 25, "goods.appliances", "330106");
        Add(facts, 3, "goods.appliances", "310101");
        Add(facts, 20, "goods.clothing", "330106");
        Add(facts, 15, "goods.clothing", "310101");
        var holder = new AnalyticsFacts(RegionGazetteer.Default);
        holder.Current.Append(facts, "checkpoint-7");
        var engine = new FactQueryEngine(RegionPopulation.Default);
        _analytics = new ComplaintAnalytics(holder, engine, new HotspotScanner(engine), new SeriesForecaster());

        _context.Services.AddSingleton(_analytics);
        _context.Services.AddSingleton(DimensionLabels.Default);
        _context.Services.AddSingleton<TimeProvider>(new FixedClock());
        _context.Services.AddSingleton(Options.Create(new DisclosureOptions()));
        _context.Services.AddSingleton<StatisticsTableBuilder>();
        _context.Services.AddSingleton<FilterChoiceProvider>();
        _context.Services.AddSingleton<IStatisticsDefinitionStore>(_store);
        _context.Services.AddSingleton<AuthenticationStateProvider>(new AnalystState());
        _context.Services.AddSingleton<ILogger<StatisticsBuilder>>(NullLogger<StatisticsBuilder>.Instance);

        // As prerendered: the defaults and choices that need the interactive circuit stay out of these tests.
        _context.SetRendererInfo(new RendererInfo("Static", isInteractive: false));
    }

    public void Dispose() => _context.Dispose();

    [Fact]
    public async Task TableView_SmallCell_ShowsItAndItsComplementAsXWithPublishedTotals()
    {
        var table = await BuildAsync();

        var view = _context.Render<StatisticsTableView>(p => p.Add(c => c.Table, table));

        var appliances = view.Find("[data-row-key='goods.appliances']");
        var shanghai = Array.FindIndex([.. table.Columns], c => c.Code == "310000");
        Assert.Equal("x", appliances.QuerySelectorAll("td")[shanghai].GetAttribute("data-value"));
        Assert.Equal("x", appliances.QuerySelectorAll("td")[shanghai].TextContent);

        // Complementary suppression: no x can be recomputed, so at least one other entry in that row is withheld too.
        Assert.True(appliances.QuerySelectorAll("td[data-suppressed]").Length >= 2);
        Assert.DoesNotContain(view.FindAll("td"), td => td.TextContent.Trim() == "3");
        var totals = view.Find("[data-testid=stats-total-row]").QuerySelectorAll("td");
        Assert.Equal(table.Columns.Count + 1, totals.Length);
        Assert.Equal("63", totals[^1].GetAttribute("data-value"));
        Assert.Contains(DisclosureRule.Default.Describe(), view.Find("[data-testid=stats-rule]").TextContent, StringComparison.Ordinal);
        Assert.Equal(table.Metadata.SuppressedCount.ToString(System.Globalization.CultureInfo.InvariantCulture), view.Find("[data-testid=stats-suppressed]").GetAttribute("data-count"));
        Assert.True(table.Metadata.SuppressedCount >= 2);
    }

    [Fact]
    public void Page_InvalidParameters_ShowsEachProblemNextToItsFieldAndOffersNoPreview()
    {
        _context.Services.GetRequiredService<NavigationManager>().NavigateTo("/statistics?dimensions=category,colour&from=2026-05-01&to=2026-01-01");

        var page = _context.Render<StatisticsBuilder>();

        Assert.Contains("'colour' is not a dimension", page.Find("[data-testid=stats-error-dimensions]").TextContent, StringComparison.Ordinal);
        Assert.True(page.Find("[data-testid=stats-preview]").HasAttribute("disabled"));
        Assert.Empty(page.FindAll("[data-testid=download-csv]"));
    }

    [Fact]
    public void Page_RangeBackwards_NamesFromNextToTheDateField()
    {
        _context.Services.GetRequiredService<NavigationManager>().NavigateTo("/statistics?dimensions=category&from=2026-05-01&to=2026-01-01");

        var page = _context.Render<StatisticsBuilder>();

        Assert.Contains("is after to", page.Find("[data-testid=stats-error-from]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=stats-error-to]"));
    }

    [Fact]
    public void Preview_ValidDefinition_ShowsTheTableAndLinksDownloadsWithTheSameQuery()
    {
        const string query = "dimensions=category,region&regionLevel=province&granularity=none&from=2026-01-01&to=2026-06-30";
        _context.Services.GetRequiredService<NavigationManager>().NavigateTo("/statistics?" + query);
        var page = _context.Render<StatisticsBuilder>();

        page.Find("[data-testid=stats-form]").Submit();

        page.WaitForElement("[data-testid=stats-table]");
        Assert.Equal(query, page.Find("[data-testid=stats-preview-result]").GetAttribute("data-query"));
        Assert.Equal("/api/v1/statistics/export?format=csv&" + query, page.Find("[data-testid=download-csv]").GetAttribute("href"));
        Assert.Equal(2, page.FindAll("[data-testid=stats-row]").Count);
    }

    [Fact]
    public async Task Save_Name_StoresTheCanonicalDefinitionForTheSignedInUser()
    {
        _context.Services.GetRequiredService<NavigationManager>().NavigateTo("/statistics?dimensions=category&from=2026-01-01&to=2026-06-30&channel=phone");
        var page = _context.Render<StatisticsBuilder>();

        page.Find("[data-testid=stats-save-name]").Change("Quarterly");
        page.Find("[data-testid=stats-save]").Click();

        page.WaitForElement("[data-testid=stats-save-message]");
        var saved = Assert.Single(await _store.ListAsync("acct-analyst", CancellationToken.None));
        Assert.Equal("Quarterly", saved.Name);
        Assert.True(StatisticsDefinitionJson.TryParse(saved.DefinitionJson, out var definition, out _));
        Assert.Equal(["Phone"], definition.Filters[StatisticsDimension.Channel]);
    }

    private async Task<StatisticsTable> BuildAsync()
    {
        var builder = _context.Services.GetRequiredService<StatisticsTableBuilder>();
        var result = await builder.BuildAsync(
            new StatisticsDefinition
            {
                Dimensions = [StatisticsDimension.Category, StatisticsDimension.Region],
                From = new DateOnly(2026, 1, 1),
                To = new DateOnly(2026, 6, 30),
            },
            CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Table;
    }

    private static void Add(List<ComplaintFact> facts, int count, string category, string region)
    {
        for (var i = 0; i < count; i++)
        {
            facts.Add(new ComplaintFact(s_day.AddDays(i % 5), category, "quality", region, null, null, null, ComplaintChannel.Phone, "hotline", null));
        }
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 7, 15, 8, 0, 0, TimeSpan.Zero);
    }

    private sealed class AnalystState : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(new ClaimsPrincipal(
            AccountClaims.Identity("acct-analyst", "Analyst", [AccountRoles.Analyst], "samr-zj", AccountClaims.LocalAuthenticationType))));
    }

    private sealed class InMemoryDefinitionStore : IStatisticsDefinitionStore
    {
        private readonly List<SavedStatisticsDefinition> _saved = [];

        public Task<string?> SaveAsync(SavedStatisticsDefinition definition, CancellationToken cancellationToken)
        {
            var replaced = _saved.Find(d => d.Owner == definition.Owner && d.NormalizedName == definition.NormalizedName && d.Id != definition.Id);
            _saved.RemoveAll(d => d.Owner == definition.Owner && (d.Id == definition.Id || d.NormalizedName == definition.NormalizedName));
            _saved.Add(definition);
            return Task.FromResult(replaced?.Id);
        }

        public Task<IReadOnlyList<SavedStatisticsDefinition>> ListAsync(string owner, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<SavedStatisticsDefinition>>([.. _saved.Where(d => d.Owner == owner).OrderByDescending(d => d.UpdatedAt)]);

        public Task<SavedStatisticsDefinition?> FindAsync(string owner, string id, CancellationToken cancellationToken) =>
            Task.FromResult(_saved.Find(d => d.Owner == owner && d.Id == id));

        public Task<bool> DeleteAsync(string owner, string id, CancellationToken cancellationToken) =>
            Task.FromResult(_saved.RemoveAll(d => d.Owner == owner && d.Id == id) > 0);
    }
}
