using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Audit;
using RegulatorHub.Application.Exports;
using RegulatorHub.Application.Storage;
using RegulatorHub.Dashboard.Api;
using RegulatorHub.Domain.Regions;
using RegulatorHub.Domain.Taxonomy;
using RegulatorHub.Exports;
using RegulatorHub.Exports.Complaints;

namespace RegulatorHub.Dashboard.Access;

/// <summary>
/// <c>GET /api/v1/complaints/export.csv?from=&amp;to=&amp;region=&amp;category=&amp;merchant=</c>: the complaint-level
/// records of the caller's jurisdiction (or the named part of it) as CSV, streamed to the response as they are read.
/// </summary>
/// <remarks>
/// <para>
/// The <c>Staff</c> policy at the door, then the caller's agency checked here: every region asked for must lie within
/// its jurisdiction (a 403 naming <c>region</c> otherwise); no region means the whole jurisdiction. Malformed
/// parameters get a 400 problem naming each one. Nothing is buffered: the response has no length and is flushed as
/// the writer goes, so memory is the same for ten rows and ten million.
/// </para>
/// <para>
/// One <see cref="AuditAction.ExportCreated"/> entry per export, written when it ends: allowed with the row count when
/// complete; failed, with "aborted" and the rows sent so far, when the client went away or reading failed. A refused
/// request is recorded as denied. A complete export is also recorded in the caller's export history
/// (<see cref="IExportHistory"/>, "My exports") with its filter, watermark, row count and the SHA-256 of the bytes sent,
/// hashed while streaming.
/// </para>
/// <para>
/// Downloads count against the export rate limit (<see cref="ApiRateLimits.ExportsPolicy"/>), not the general one.
/// </para>
/// </remarks>
public static class ComplaintExportApi
{
    /// <summary>The route.</summary>
    public const string Path = ComplaintApi.Path + "/export.csv";

    /// <summary>The title of the 403 for a region outside the caller's jurisdiction (the problem also has <c>parameter: region</c>).</summary>
    public const string RegionOutsideTitle = "Region outside your jurisdiction";

    private static readonly string s_version =
        typeof(ComplaintExportApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapComplaintExportApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, ExportAsync)
            .RequireAuthorization(AccessPolicies.Staff)
            .RequireRateLimiting(ApiRateLimits.ExportsPolicy)
            .WithTags("Complaints")
            .WithSummary("Download your jurisdiction's complaint-level records as CSV")
            .WithDescription(
                "Every complaint whose consumer or merchant is in your agency's jurisdiction (or the regions named), streamed as UTF-8 CSV with a byte order mark: "
                + "leading '# key: value' lines (filter, data watermark, generation time, software version), a header row, one row per complaint. "
                + "Text beginning with = + - @ is prefixed with an apostrophe. Regulators and agency administrators only; every export is audited and listed under My exports.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();
        return endpoints;
    }

    /// <summary>The download's file name: <c>regulatorhub-complaints-&lt;agency&gt;-&lt;yyyyMMddTHHmmZ&gt;.csv</c>.</summary>
    public static string FileName(string agencyId, DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"regulatorhub-complaints-{agencyId}-{at.UtcDateTime:yyyyMMdd'T'HHmm}Z.csv");

    private static async Task<IResult> ExportAsync(
        HttpContext context, AgencyDirectory agencies, ComplaintTaxonomy taxonomy, IComplaintExportSource source, IComplaintStore store,
        IExportHistory history, AuditWriter audit, TimeProvider timeProvider,
        [Description("First day received, inclusive, as yyyy-MM-dd.")] string? from,
        [Description("Last day received, inclusive, as yyyy-MM-dd.")] string? to,
        [Description("Comma-separated region codes within your jurisdiction (six digits, or US-XX); the whole jurisdiction when left out.")] string? region,
        [Description("Subject code of the taxonomy, e.g. goods.food.")] string? category,
        [Description("Merchant key.")] string? merchant)
    {
        context.Response.Headers.CacheControl = "no-store";
        var user = UserAccess.From(context.User, agencies);
        var exportId = Guid.NewGuid().ToString("N");
        if (ComplaintAccessPolicy.Refusal(user) is not null)
        {
            await audit.WriteAsync(context.User, AuditAction.ExportCreated, AuditTargets.Export(exportId), AuditOutcome.Denied, detail: "complaints; reason=role", cancellationToken: CancellationToken.None);
            return ApiProblems.Forbidden("No complaint-level access", "Complaint-level records are not available to your role or agency.");
        }

        var jurisdiction = agencies.JurisdictionOf(user.Agency!);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (fromDay, toDay) = ComplaintFilterParameters.Read(from, to, category, merchant, taxonomy, errors);

        string[] regions = [.. jurisdiction.Regions.Select(r => r.Code)];
        if (!string.IsNullOrWhiteSpace(region))
        {
            regions = [.. region.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];
            if (regions.Length is 0 or > ComplaintListQuery.MaxRegionCodes
                || regions.Any(code => !RegionCodePrefix.IsWellFormed(code) || code == "000000"))
            {
                errors["region"] = [$"region must be a comma-separated list of 1–{ComplaintListQuery.MaxRegionCodes} region codes (six digits, or US-XX)."];
            }
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Validation(errors);
        }

        if (regions.FirstOrDefault(code => !jurisdiction.Covers(code)) is { } outside)
        {
            await audit.WriteAsync(context.User, AuditAction.ExportCreated, AuditTargets.Export(exportId), AuditOutcome.Denied, detail: "complaints; reason=region", cancellationToken: CancellationToken.None);
            var refusal = ApiProblems.Forbidden(RegionOutsideTitle, $"region: {outside} is not within your agency's jurisdiction.");
            refusal.ProblemDetails.Extensions["parameter"] = "region";
            return refusal;
        }

        var query = new ComplaintExportQuery(regions, fromDay, toDay, category, merchant);
        var filter = ComplaintCsvWriter.DescribeFilter(query);
        var summary = await store.GetSummaryAsync(context.RequestAborted);
        var now = timeProvider.GetUtcNow();
        var header = new ComplaintExportHeader(user.AgencyId!, filter, summary.Watermark, now, s_version);

        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        context.Response.ContentType = "text/csv; charset=utf-8";
        var fileName = FileName(user.AgencyId!, now);
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        var writer = new ComplaintCsvWriter();
        await using var body = new HashingWriteStream(context.Response.Body);
        try
        {
            await writer.WriteAsync(body, header, source.ReadAsync(query, context.RequestAborted), context.RequestAborted);
        }
        catch (Exception exception)
        {
            // Recorded whatever ended it (client gone, store failure); the exception still goes up to the host.
            await audit.WriteAsync(
                context.User, AuditAction.ExportCreated, AuditTargets.Export(exportId), AuditOutcome.Failed,
                detail: Detail($"complaints aborted ({exception.GetType().Name}) after rows={writer.RowsWritten}", filter), cancellationToken: CancellationToken.None);
            throw;
        }

        await audit.WriteAsync(
            context.User, AuditAction.ExportCreated, AuditTargets.Export(exportId), AuditOutcome.Allowed,
            detail: Detail(string.Create(CultureInfo.InvariantCulture, $"complaints rows={writer.RowsWritten}"), filter), cancellationToken: CancellationToken.None);

        // The response is complete; the history entry is written even if the client has gone meanwhile.
        await history.RecordAsync(
            new ExportRecord(
                exportId, user.AccountId!, ExportKind.Complaints, "csv", fileName, DefinitionJson(query), summary.Watermark.ToString(CultureInfo.InvariantCulture),
                fromDay, toDay, now, writer.RowsWritten, cellCount: null, suppressedCells: null, suppressionRule: null,
                s_version, body.HashHex(), user.AgencyId),
            CancellationToken.None);
        return Results.Empty;
    }

    /// <summary>
    /// The selection as the export history keeps it (the complaint export's "definition"):
    /// <c>{"regions":[…],"from":"yyyy-MM-dd"|null,"to":…,"category":…,"merchant":…}</c>.
    /// </summary>
    public static string DefinitionJson(ComplaintExportQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return JsonSerializer.Serialize(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["regions"] = query.RegionCodes,
            ["from"] = query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["category"] = query.SubjectCode,
            ["merchant"] = query.MerchantKey,
        });
    }

    // The audit detail is short text: the filter is cut rather than the entry refused.
    private static string Detail(string what, string filter)
    {
        var detail = what + "; " + filter;
        return detail.Length <= AuditRecord.MaxTextLength ? detail : detail[..AuditRecord.MaxTextLength];
    }
}
