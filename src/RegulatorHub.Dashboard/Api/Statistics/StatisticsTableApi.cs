using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using RegulatorHub.Application.Statistics;
using RegulatorHub.Dashboard.Access;

namespace RegulatorHub.Dashboard.Api.Statistics;

/// <summary>
/// <c>GET /api/v1/statistics?dimensions=…&amp;from=…&amp;to=…&amp;page=…</c>: a statistics table as JSON, one page of
/// rows at a time, after the same disclosure control as the files (a suppressed cell is <c>null</c> with
/// <c>suppressed: true</c>; its count never leaves the server).
/// </summary>
/// <remarks>
/// Audited by the API's call audit (<c>ApiCall</c>, with the parameter names), not as an <c>ExportCreated</c> entry and
/// not in the export history: those are for files, which are kept and passed on. Every page is rebuilt from the
/// current facts; the metadata's watermark says which data a page saw, so a client can tell when pages differ.
/// </remarks>
public static class StatisticsTableApi
{
    /// <summary>The route.</summary>
    public const string Path = ApiPaths.Prefix + "/statistics";

    /// <summary>Maps the endpoint (every role may read aggregate statistics).</summary>
    public static IEndpointRouteBuilder MapStatisticsTableApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, GetAsync)
            .RequireAuthorization(AccessPolicies.Aggregates)
            .WithTags("Statistics")
            .WithSummary("A statistics table as JSON, one page of rows at a time")
            .WithDescription("Counts complaints by up to three dimensions over a date range, with the same small-cell suppression as the downloads: a suppressed cell or total is value null with suppressed true, and complementary suppression keeps it from being recomputed from the totals. The answer carries the canonical definition, the data watermark, the generation time, the counts, the disclosure rule and the software version; column totals and the grand total cover all rows, not just the page.")
            .Produces<StatisticsTableResponse>();
        return endpoints;
    }

    /// <summary>The address of a page of a definition's table.</summary>
    public static string LinkFor(StatisticsDefinition definition, int page, int pageSize) =>
        string.Create(CultureInfo.InvariantCulture, $"{Path}?{StatisticsDefinitionParser.ToQueryString(definition)}&page={page}&pageSize={pageSize}");

    // The definition's parameters are read from the query as a whole (the parser names each problem); they are declared
    // here as well so the OpenAPI document describes them.
    private static async Task<Results<Ok<StatisticsTableResponse>, ValidationProblem>> GetAsync(
        HttpContext context,
        StatisticsTableBuilder builder,
        [Description("Up to three comma-separated dimensions to group by: category, issue, region, merchant, platform, channel, source.")] string? dimensions,
        [Description("Level of the region dimension: province (default), city or county.")] string? regionLevel,
        [Description("Period columns: day, week, month, or none (default) for totals over the range.")] string? granularity,
        [Description("First day counted, inclusive, as yyyy-MM-dd (required).")] string? from,
        [Description("Last day counted, inclusive, as yyyy-MM-dd (required; at most 10 years after from).")] string? to,
        [Description("Only these subject categories (comma-separated taxonomy codes).")] string? category,
        [Description("Only these issue natures (comma-separated taxonomy codes).")] string? issue,
        [Description("Only these consumer regions (comma-separated GB/T 2260 codes of one level).")] string? region,
        [Description("Only these merchants (comma-separated merchant keys).")] string? merchant,
        [Description("Only these platforms (comma-separated).")] string? platform,
        [Description("Only these intake channels (comma-separated channel names).")] string? channel,
        [Description("Only these feeds (comma-separated source ids).")] string? source,
        [Description("Page of rows, from 1 (default 1). A page beyond the last answers no rows.")] string? page,
        [Description("Rows per page, 1 to 1000 (default 100).")] string? pageSize,
        CancellationToken cancellationToken)
    {
        StatisticsRequests.NoStore(context);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var paging = PageRequest.Parse(page, pageSize, errors);
        var definition = StatisticsRequests.Definition(context.Request.Query, errors);
        if (errors.Count > 0 || definition is null || paging is null)
        {
            return ApiProblems.Validation(errors);
        }

        var built = await builder.BuildAsync(definition, cancellationToken);
        if (!built.Succeeded)
        {
            StatisticsRequests.AddAll(errors, built.Errors);
            return ApiProblems.Validation(errors);
        }

        return TypedResults.Ok(Answer(built.Table, paging));
    }

    /// <summary>The JSON answer for a page of a built table.</summary>
    internal static StatisticsTableResponse Answer(StatisticsTable table, PageRequest paging)
    {
        var rows = new List<StatisticsRowResponse>();
        for (var r = (int)Math.Min(paging.Offset, table.Rows.Count); r < table.Rows.Count && rows.Count < paging.PageSize; r++)
        {
            var cells = new StatisticsCellResponse[table.Columns.Count];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = StatisticsCellResponse.From(table.Cell(r, c));
            }

            rows.Add(new StatisticsRowResponse([.. table.Rows[r].Select(StatisticsLabelResponse.From)], cells, StatisticsCellResponse.From(table.RowTotal(r))));
        }

        var metadata = table.Metadata;
        return new StatisticsTableResponse(
            new StatisticsDefinitionText(metadata.QueryString, metadata.DefinitionJson),
            StatisticsMetadataResponse.From(metadata),
            [.. table.RowDimensions.Select(StatisticsParameters.NameOf)],
            AxisName(table.ColumnAxis),
            table.ColumnDimension is { } dimension ? StatisticsParameters.NameOf(dimension) : null,
            [.. table.Columns.Select(StatisticsLabelResponse.From)],
            rows,
            [.. Enumerable.Range(0, table.Columns.Count).Select(c => StatisticsCellResponse.From(table.ColumnTotal(c)))],
            StatisticsCellResponse.From(table.GrandTotal),
            PageInfo.Of(paging, table.Rows.Count, next => LinkFor(table.Definition, next, paging.PageSize)));
    }

    private static string AxisName(StatisticsColumnAxis axis) => axis switch
    {
        StatisticsColumnAxis.Periods => "periods",
        StatisticsColumnAxis.LastDimension => "lastDimension",
        _ => "complaints",
    };
}
