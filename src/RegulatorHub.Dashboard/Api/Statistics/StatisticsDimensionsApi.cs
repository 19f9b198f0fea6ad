using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Queries;
using RegulatorHub.Analytics.Time;
using RegulatorHub.Application.Analytics;
using RegulatorHub.Application.Statistics;
using RegulatorHub.Dashboard.Access;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Taxonomy;

namespace RegulatorHub.Dashboard.Api.Statistics;

/// <summary>
/// <c>GET /api/v1/statistics/dimensions</c>: the dimensions, region levels and granularities, and per dimension the keys
/// its filter accepts with their labels, so a program can build valid queries. Merchants are many: they come one page
/// at a time (<c>page</c>, <c>pageSize</c>), by name.
/// </summary>
/// <remarks>
/// Keys only, never counts: a key list is not an aggregate and carries no small cell. Categories, issues and channels
/// are every code there is; regions, merchants, platforms and feeds are those present in the data (any valid region
/// code is accepted as a filter all the same).
/// </remarks>
public static class StatisticsDimensionsApi
{
    /// <summary>The route.</summary>
    public const string Path = ApiPaths.Prefix + "/statistics/dimensions";

    /// <summary>Maps the endpoint (every role).</summary>
    public static IEndpointRouteBuilder MapStatisticsDimensionsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, GetAsync)
            .RequireAuthorization(AccessPolicies.Aggregates)
            .WithTags("Statistics")
            .WithSummary("The dimensions, levels, granularities and filter keys of statistics queries")
            .WithDescription("Lists every dimension with the keys its filter parameter accepts and their Chinese and English names: all taxonomy categories and issues and all channels; the regions (each with its level), platforms and feeds present in the data; and the merchants present in the data, ordered by name, one page at a time. No counts are given.")
            .Produces<StatisticsDimensionsResponse>();
        return endpoints;
    }

    private static async Task<Results<Ok<StatisticsDimensionsResponse>, ValidationProblem>> GetAsync(
        HttpContext context,
        ComplaintAnalytics analytics,
        ComplaintTaxonomy taxonomy,
        DimensionLabels labels,
        [Description("Page of merchant keys, from 1 (default 1).")] string? page,
        [Description("Merchant keys per page, 1 to 1000 (default 100).")] string? pageSize,
        CancellationToken cancellationToken)
    {
        StatisticsRequests.NoStore(context);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (PageRequest.Parse(page, pageSize, errors) is not { } paging)
        {
            return ApiProblems.Validation(errors);
        }

        var regions = new List<StatisticsFilterKeyResponse>();
        foreach (var (level, fact) in new[] { (StatisticsRegionLevel.Province, FactDimension.Province), (StatisticsRegionLevel.City, FactDimension.City), (StatisticsRegionLevel.County, FactDimension.County) })
        {
            var levelName = StatisticsParameters.NameOf(level);
            regions.AddRange((await KeysAsync(analytics, fact, cancellationToken))
                .Order(StringComparer.Ordinal)
                .Select(key => labels.For(StatisticsDimension.Region, key))
                .Select(label => new StatisticsFilterKeyResponse(label.Code, label.Name, label.NameEn, levelName)));
        }

        var merchants = (await KeysAsync(analytics, FactDimension.Merchant, cancellationToken))
            .Select(key => labels.For(StatisticsDimension.Merchant, key, analytics.MerchantName(key)))
            .OrderBy(label => label.Name, StringComparer.Ordinal)
            .ThenBy(label => label.Code, StringComparer.Ordinal)
            .Select(label => new StatisticsFilterKeyResponse(label.Code, label.Name, label.NameEn, null))
            .ToList();
        var merchantPage = StatisticsRequests.Page(
            merchants, paging, next => string.Create(CultureInfo.InvariantCulture, $"{Path}?page={next}&pageSize={paging.PageSize}"));

        var dimensions = new List<StatisticsDimensionResponse>
        {
            new("category", "Taxonomy subject: what the complaint is about.", Taxonomy(taxonomy.Subjects), null),
            new("issue", "Taxonomy issue nature: what went wrong.", Taxonomy(taxonomy.Issues), null),
            new("region", "The consumer's region at regionLevel; a region filter lists codes of one level (e.g. 330000 with regionLevel=city for the cities of Zhejiang).", regions, null),
            new("merchant", "The canonical merchant (by key).", merchantPage.Items, merchantPage.Paging),
            new("platform", "The e-commerce platform.", await SimpleAsync(analytics, FactDimension.Platform, cancellationToken), null),
            new("channel", "The intake channel.", [.. Enum.GetNames<ComplaintChannel>().Select(name => new StatisticsFilterKeyResponse(name, name, name, null))], null),
            new("source", "The feed the complaint came from.", await SimpleAsync(analytics, FactDimension.Source, cancellationToken), null),
        };
        return TypedResults.Ok(new StatisticsDimensionsResponse(
            dimensions,
            [.. Enum.GetValues<StatisticsRegionLevel>().Select(StatisticsParameters.NameOf)],
            [StatisticsParameters.NoGranularity, .. Enum.GetValues<TimeGranularity>().Select(g => StatisticsParameters.NameOf(g))],
            StatisticsDefinition.MaxDimensions,
            StatisticsTableBuilder.MaxCells,
            StatisticsDefinition.MaxSpanYears));
    }

    private static List<StatisticsFilterKeyResponse> Taxonomy(IEnumerable<TaxonomyEntry> entries) =>
        [.. entries.Select(e => new StatisticsFilterKeyResponse(e.Code, e.NameZh, e.NameEn, null))];

    private static async Task<List<StatisticsFilterKeyResponse>> SimpleAsync(ComplaintAnalytics analytics, FactDimension dimension, CancellationToken cancellationToken) =>
        [.. (await KeysAsync(analytics, dimension, cancellationToken)).Order(StringComparer.Ordinal).Select(key => new StatisticsFilterKeyResponse(key, key, null, null))];

    // The keys present in the facts, whatever their counts (not stated is no key one can filter on).
    private static async Task<IEnumerable<string>> KeysAsync(ComplaintAnalytics analytics, FactDimension dimension, CancellationToken cancellationToken)
    {
        var cube = await analytics.CountAsync(new CubeQuery([dimension], null, FactFilter.All), cancellationToken);
        return cube.Rows.Select(r => r.Keys[0]).OfType<string>().Where(k => k.Length > 0);
    }
}
