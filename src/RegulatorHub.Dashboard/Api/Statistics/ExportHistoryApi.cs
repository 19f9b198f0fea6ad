using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using RegulatorHub.Application.Exports;
using RegulatorHub.Dashboard.Access;

namespace RegulatorHub.Dashboard.Api.Statistics;

/// <summary>
/// <c>GET /api/v1/exports</c> (the caller's past exports, newest first, paged) and <c>GET /api/v1/exports/{id}</c>
/// (one, with its reproducibility metadata). Only the caller's own: another user's id answers 404 like a missing one.
/// </summary>
/// <remarks>The history port lists at most <see cref="IExportHistory.MaxListLimit"/> records, so the list pages over the newest of them.</remarks>
public static class ExportHistoryApi
{
    /// <summary>The route of the list.</summary>
    public const string Path = ApiPaths.Prefix + "/exports";

    /// <summary>The route of one export.</summary>
    public const string ItemPath = Path + "/{id}";

    /// <summary>Maps the endpoints (every role: each sees only their own exports).</summary>
    public static IEndpointRouteBuilder MapExportHistoryApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, ListAsync)
            .RequireAuthorization(AccessPolicies.Aggregates)
            .WithTags("Exports")
            .WithSummary("Your past exports")
            .WithDescription("The files you exported (statistics tables and, for regulators, complaint-level files), newest first, one page at a time, each with its definition, data watermark, generation time, counts, suppression rule, software version and SHA-256. Covers your newest 500 exports.")
            .Produces<PagedResponse<ExportRecordResponse>>();
        endpoints.MapGet(ItemPath, FindAsync)
            .RequireAuthorization(AccessPolicies.Aggregates)
            .WithTags("Exports")
            .WithSummary("One of your past exports")
            .WithDescription("Its reproducibility metadata and, for a statistics table, the address that downloads the same definition again. Another user's id answers 404 like a missing one.")
            .Produces<ExportRecordResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<Results<Ok<PagedResponse<ExportRecordResponse>>, ValidationProblem>> ListAsync(
        HttpContext context,
        IExportHistory history,
        [Description("Page, from 1 (default 1).")] string? page,
        [Description("Exports per page, 1 to 1000 (default 100).")] string? pageSize,
        CancellationToken cancellationToken)
    {
        StatisticsRequests.NoStore(context);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (PageRequest.Parse(page, pageSize, errors) is not { } paging)
        {
            return ApiProblems.Validation(errors);
        }

        var records = await history.ListAsync(StatisticsRequests.Owner(context.User), IExportHistory.MaxListLimit, cancellationToken);
        return TypedResults.Ok(StatisticsRequests.Page(
            [.. records.Select(ExportRecordResponse.From)],
            paging,
            next => string.Create(CultureInfo.InvariantCulture, $"{Path}?page={next}&pageSize={paging.PageSize}")));
    }

    private static async Task<Results<Ok<ExportRecordResponse>, ProblemHttpResult>> FindAsync(
        HttpContext context,
        IExportHistory history,
        [Description("The export's id.")] string id,
        CancellationToken cancellationToken)
    {
        StatisticsRequests.NoStore(context);
        var record = await history.FindAsync(StatisticsRequests.Owner(context.User), id, cancellationToken);
        return record is null ? StatisticsRequests.NotFound("export") : TypedResults.Ok(ExportRecordResponse.From(record));
    }
}
