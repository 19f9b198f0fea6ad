using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using RegulatorHub.Application.Statistics;
using RegulatorHub.Dashboard.Access;
using RegulatorHub.Exports;

namespace RegulatorHub.Dashboard.Api.Statistics;

/// <summary>
/// <c>GET /api/v1/statistics/export?format=csv|xlsx|parquet&amp;dimensions=…</c>: a statistics table as a file, small
/// cells suppressed, with its reproducibility metadata inside. The dashboard's download buttons link here, and programs
/// call it with a personal API token; both take <see cref="StatisticsExportService"/>, so every file is recorded in the
/// caller's export history and audited.
/// </summary>
public static class StatisticsExportApi
{
    /// <summary>The route.</summary>
    public const string Path = ApiPaths.Prefix + "/statistics/export";

    /// <summary>The query parameter naming the file format.</summary>
    public const string FormatParameter = "format";

    /// <summary>Maps the endpoint (every role may export aggregate statistics; the export rate limit applies).</summary>
    public static IEndpointRouteBuilder MapStatisticsExportApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, ExportAsync)
            .RequireAuthorization(AccessPolicies.Aggregates)
            .RequireRateLimiting(ApiRateLimits.ExportsPolicy)
            .WithTags("Statistics")
            .WithSummary("Download a statistics table as CSV, XLSX or Parquet")
            .WithDescription("Counts complaints by up to three dimensions over a date range. Cells below the disclosure threshold are suppressed, with complementary suppression so no suppressed count can be recomputed from the totals; suppressed cells are written as x (CSV, XLSX) or null with suppressed=true (Parquet). The file carries its definition, data watermark, generation time, counts, suppression rule and software version. Every download is recorded in your export history and the audit trail.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.apache.parquet");
        return endpoints;
    }

    /// <summary>The download link for a definition in a format (what the dashboard's buttons point at).</summary>
    public static string LinkFor(StatisticsDefinition definition, ExportFormat format) =>
        $"{Path}?{FormatParameter}={StatisticsExportService.FormatName(format)}&{StatisticsDefinitionParser.ToQueryString(definition)}";

    // The definition's parameters are read from the query as a whole (the parser names each problem); they are
    // declared here as well so the OpenAPI document describes them.
    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(
        HttpContext context,
        StatisticsExportService exports,
        [Description("File format: csv (UTF-8 with BOM, # metadata lines), xlsx (Statistics and Metadata sheets) or parquet (one row per cell, key-value metadata).")] string? format,
        [Description("Up to three comma-separated dimensions to group by: category, issue, region, merchant, platform, channel, source.")] string? dimensions,
        [Description("Level of the region dimension and filter: province (default), city or county.")] string? regionLevel,
        [Description("Period columns: day, week, month, or none (default) for totals over the range.")] string? granularity,
        [Description("First day counted, inclusive, as yyyy-MM-dd (required).")] string? from,
        [Description("Last day counted, inclusive, as yyyy-MM-dd (required; at most 10 years after from).")] string? to,
        [Description("Only these subject categories (comma-separated taxonomy codes).")] string? category,
        [Description("Only these issue natures (comma-separated taxonomy codes).")] string? issue,
        [Description("Only these consumer regions (comma-separated GB/T 2260 codes at the region level).")] string? region,
        [Description("Only these merchants (comma-separated merchant keys).")] string? merchant,
        [Description("Only these platforms (comma-separated).")] string? platform,
        [Description("Only these intake channels (comma-separated channel names).")] string? channel,
        [Description("Only these feeds (comma-separated source ids).")] string? source,
        CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var fileFormat = StatisticsExportService.ParseFormat(format);
        if (fileFormat is null)
        {
            errors[FormatParameter] = ["format must be csv, xlsx or parquet."];
        }

        var parameters = context.Request.Query
            .Where(p => !string.Equals(p.Key, FormatParameter, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(value => new KeyValuePair<string, string?>(p.Key, value)));
        if (!StatisticsDefinitionParser.TryParse(parameters, out var definition, out var problems))
        {
            AddAll(errors, problems);
        }

        if (errors.Count > 0 || definition is null || fileFormat is null)
        {
            return ApiProblems.Validation(errors);
        }

        var result = await exports.ExportAsync(definition, fileFormat.Value, context.User, cancellationToken);
        if (!result.Succeeded)
        {
            AddAll(errors, result.Errors);
            return ApiProblems.Validation(errors);
        }

        var export = result.Export;
        return TypedResults.File(export.Content, export.ContentType, export.Record.FileName);
    }

    private static void AddAll(Dictionary<string, string[]> errors, IEnumerable<StatisticsParameterError> problems)
    {
        foreach (var problem in problems)
        {
            errors[problem.Parameter] = [.. errors.GetValueOrDefault(problem.Parameter, []), problem.Message];
        }
    }
}
