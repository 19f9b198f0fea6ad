using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Storage;
using RegulatorHub.Dashboard.Api;
using RegulatorHub.Dashboard.Labels;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Taxonomy;

namespace RegulatorHub.Dashboard.Access;

/// <summary>
/// <c>GET /api/v1/complaints</c> (the complaints in the caller's jurisdiction) and
/// <c>GET /api/v1/complaints/{source}/{caseId}?purpose=</c> (one record), under the same rules as the pages: the
/// <c>Staff</c> policy at the door, then the caller's agency and jurisdiction checked here on every request.
/// </summary>
/// <remarks>
/// A complaint outside the jurisdiction and one that does not exist get the same 403 with the same body, so the API
/// never tells whether a case id exists (a 404 for unknown ids would). Malformed parameters get a 400 problem naming
/// each parameter. Answers are marked <c>Cache-Control: no-store</c>.
/// </remarks>
public static class ComplaintApi
{
    /// <summary>The route prefix.</summary>
    public const string Path = "/api/v1/complaints";

    /// <summary>The title of the 403 for a record the caller may not see (the same whether or not it exists).</summary>
    public const string NotInJurisdiction = "Not in your jurisdiction";

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapComplaintApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Path).RequireAuthorization(AccessPolicies.Staff).WithTags("Complaints");
        group.MapGet("/", ListAsync)
            .WithSummary("List the complaints in your agency's jurisdiction")
            .WithDescription("Newest first, one page at a time: pass the continuation of a page to get the next. Regulators and agency administrators only; every listing is audited.");
        group.MapGet("/{source}/{caseId}", ViewAsync)
            .WithSummary("One complaint's record")
            .WithDescription("The full record of one complaint in your agency's jurisdiction, for a stated purpose (audited). A complaint outside it and one that does not exist get the same 403.");
        return endpoints;
    }

    /// <summary>The API address of a complaint's record.</summary>
    public static string HrefOf(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return $"{Path}/{Uri.EscapeDataString(complaint.Source)}/{Uri.EscapeDataString(complaint.SourceCaseId)}";
    }

    private static async Task<Results<Ok<object>, ValidationProblem, ProblemHttpResult>> ListAsync(
        HttpContext context, ComplaintRecords records, AgencyDirectory agencies, ComplaintTaxonomy taxonomy, DisplayNames names, ComplaintText text,
        [Description("First day received, inclusive, as yyyy-MM-dd.")] string? from,
        [Description("Last day received, inclusive, as yyyy-MM-dd.")] string? to,
        [Description("Subject code of the taxonomy, e.g. goods.food.")] string? category,
        [Description("Merchant key.")] string? merchant,
        [Description("Complaints per page, 1 to 200 (default 50).")] string? pageSize,
        [Description("The continuation of the previous page.")] string? continuation,
        CancellationToken cancellationToken)
    {
        NoStore(context);
        var user = UserAccess.From(context.User, agencies);
        if (ComplaintAccessPolicy.Refusal(user) is not null)
        {
            // Recorded like any listing, and answered before any parameter is looked at.
            await records.ListAsync(user, new ComplaintListFilter(), cancellationToken);
            return NotForYourRole();
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (fromDay, toDay) = ComplaintFilterParameters.Read(from, to, category, merchant, taxonomy, errors);

        var size = ComplaintListQuery.DefaultPageSize;
        if (pageSize is not null && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > ComplaintListQuery.MaxPageSize))
        {
            errors["pageSize"] = [$"pageSize must be a whole number from 1 to {ComplaintListQuery.MaxPageSize}."];
        }

        if (continuation is not null && !ComplaintListCursor.TryParse(continuation, out _))
        {
            errors["continuation"] = ["continuation must be a token from a previous page of this listing."];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Validation(errors);
        }

        var result = await records.ListAsync(
            user, new ComplaintListFilter(fromDay, toDay, NullIfEmpty(category), NullIfEmpty(merchant), size, continuation), cancellationToken);
        return TypedResults.Ok<object>(new
        {
            items = result.Page.Items.Select(c => ComplaintJson.Summary(c, names, text)).ToList(),
            continuation = result.Page.ContinuationToken,
        });
    }

    private static async Task<Results<Ok<object>, ValidationProblem, ProblemHttpResult>> ViewAsync(
        HttpContext context, ComplaintRecords records, AgencyDirectory agencies, DisplayNames names, ComplaintText text,
        [Description("The feed the complaint came from.")] string source,
        [Description("The case id the feed gave it.")] string caseId,
        [Description("Why you open the record: handling, referral, supervision or quality-check.")] string? purpose,
        CancellationToken cancellationToken)
    {
        NoStore(context);
        var user = UserAccess.From(context.User, agencies);
        var purposeGiven = ComplaintViewPurposes.TryParse(purpose, out var why);
        if (ComplaintAccessPolicy.Refusal(user) is not null)
        {
            if (purposeGiven)
            {
                await records.ViewAsync(user, source, caseId, why, cancellationToken);
            }

            return NotForYourRole();
        }

        if (!purposeGiven)
        {
            return ApiProblems.Validation(
                "purpose", $"purpose is required: one of {string.Join(", ", ComplaintViewPurposes.All.Select(ComplaintViewPurposes.Name))}.");
        }

        var view = await records.ViewAsync(user, source, caseId, why, cancellationToken);
        return view.Allowed
            ? TypedResults.Ok(ComplaintJson.Detail(view.Complaint!, view.Decision.Reason, names, text))
            : ApiProblems.Forbidden(NotInJurisdiction, "This complaint is not in your agency's jurisdiction, or there is no such complaint.");
    }

    // Neither refusal depends on the complaint asked for: the same title and detail for every id, existing or not.
    private static ProblemHttpResult NotForYourRole() =>
        ApiProblems.Forbidden("No complaint-level access", "Complaint-level records are not available to your role or agency.");

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static void NoStore(HttpContext context) => context.Response.Headers.CacheControl = "no-store";
}
