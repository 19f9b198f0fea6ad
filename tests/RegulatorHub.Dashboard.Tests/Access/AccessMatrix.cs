using System.Net;
using RegulatorHub.Dashboard.Access;

namespace RegulatorHub.Dashboard.Tests.Access;

/// <summary>
/// The expected access to every endpoint of the dashboard, for anonymous users and each demo account. A new endpoint
/// without a row here fails <see cref="AccessMatrixTests"/>: add its row (a page: <see cref="AccessRow.Page"/> with
/// its policy; an API: <see cref="AccessRow.Route"/> with the outcome per identity, and a <see cref="AccessRow.CheckBody"/>
/// when the answer depends on the caller's agency).
/// </summary>
public static class AccessMatrix
{
    /// <summary>Every row.</summary>
    public static IReadOnlyList<AccessRow> Rows { get; } =
    [
        // Pages.
        .. AccessRow.Page("/", AccessPolicies.Aggregates, "/?region=330000"),
        .. AccessRow.Page("/hotspots", AccessPolicies.Aggregates),
        .. AccessRow.Page("/trends", AccessPolicies.Aggregates),
        .. AccessRow.Page("/merchants", AccessPolicies.Aggregates),
        .. AccessRow.Page("/merchants/{Key}", AccessPolicies.Aggregates, "/merchants/no-such-merchant"),
        .. AccessRow.Page("/exports", AccessPolicies.Aggregates),
        .. AccessRow.Page("/statistics", AccessPolicies.Aggregates, "/statistics?dimensions=category&from=2025-01-01&to=2025-12-31"),
        .. AccessRow.Page("/ingestion", AccessPolicies.Operations),
        .. AccessRow.Page("/referrals", AccessPolicies.Staff),
        .. AccessRow.Page("/referrals/{Id:guid}", AccessPolicies.Staff, "/referrals/0190a1b2-0000-7000-8000-000000000001"),
        .. AccessRow.Page("/referrals/performance", AccessPolicies.Staff),
        .. AccessRow.Page("/complaints", AccessPolicies.Staff),
        .. AccessRow.Page("/complaints/{Source}/{CaseId}", AccessPolicies.Staff, MatrixComplaints.DetailPage),
        .. AccessRow.Page("/audit", AccessPolicies.Auditor),
        .. AccessRow.Page("/account/tokens", AccessPolicies.Aggregates),
        .. AccessRow.AnonymousPage("/account/login"),
        .. AccessRow.AnonymousPage("/not-found"),
        .. AccessRow.AnonymousPage("/error"),

        // Account endpoints. Sign-out without its antiforgery token is refused once past authorization.
        AccessRow.Route("/account/logout", HttpMethod.Post, "/account/logout", SignedIn(AccessOutcome.Status(HttpStatusCode.BadRequest))),
        AccessRow.Route("/account/login/oidc", HttpMethod.Get, "/account/login/oidc", _ => AccessOutcome.Reached) with { Optional = true },

        // Complaint-level records: staff, and only within their agency's jurisdiction. The body check proves that a
        // refused or filtered answer holds nothing of the complaint outside the caller's jurisdiction.
        AccessRow.Route("/api/v1/complaints/", HttpMethod.Get, "/api/v1/complaints", StaffApi(_ => AccessOutcome.Ok))
            with { CheckBody = MatrixComplaints.ListedOnlyInJurisdiction },
        AccessRow.Route("/api/v1/complaints/export.csv", HttpMethod.Get, "/api/v1/complaints/export.csv", StaffApi(_ => AccessOutcome.Ok)),
        AccessRow.Route("/api/v1/complaints/{source}/{caseId}", HttpMethod.Get, MatrixComplaints.DetailApi,
            StaffApi(who => MatrixComplaints.InJurisdiction(who) ? AccessOutcome.Ok : AccessOutcome.Forbidden))
            with { CheckBody = MatrixComplaints.ShownOnlyInJurisdiction },

        // The OpenAPI document holds no data: anyone may read it.
        // Aggregate statistics files: every role; the table is disclosure-controlled whoever asks.
        AccessRow.Route("/api/v1/statistics/export", HttpMethod.Get, "/api/v1/statistics/export?format=csv&dimensions=category&from=2024-01-01&to=2026-12-31",
            who => who.IsSignedIn ? AccessOutcome.Ok : AccessOutcome.Unauthorized),

        // The statistics API: every role, each caller's own definitions and exports (an unknown id is 404, like another's).
        AccessRow.Route("/api/v1/statistics", HttpMethod.Get, "/api/v1/statistics?dimensions=category&from=2024-01-01&to=2026-12-31", SignedInApi(AccessOutcome.Ok)),
        AccessRow.Route("/api/v1/statistics/dimensions", HttpMethod.Get, "/api/v1/statistics/dimensions", SignedInApi(AccessOutcome.Ok)),
        AccessRow.Route("/api/v1/statistics/definitions", HttpMethod.Get, "/api/v1/statistics/definitions", SignedInApi(AccessOutcome.Ok)),
        AccessRow.Route("/api/v1/statistics/definitions", HttpMethod.Post, "/api/v1/statistics/definitions", SignedInApi(AccessOutcome.Status(HttpStatusCode.BadRequest))),
        AccessRow.Route("/api/v1/statistics/definitions/{id}", HttpMethod.Get, "/api/v1/statistics/definitions/no-such-id", SignedInApi(AccessOutcome.Status(HttpStatusCode.NotFound))),
        AccessRow.Route("/api/v1/statistics/definitions/{id}", HttpMethod.Delete, "/api/v1/statistics/definitions/no-such-id", SignedInApi(AccessOutcome.Status(HttpStatusCode.NotFound))),
        AccessRow.Route("/api/v1/statistics/definitions/{id}/run", HttpMethod.Get, "/api/v1/statistics/definitions/no-such-id/run?format=csv", SignedInApi(AccessOutcome.Status(HttpStatusCode.NotFound))),
        AccessRow.Route("/api/v1/exports", HttpMethod.Get, "/api/v1/exports", SignedInApi(AccessOutcome.Ok)),
        AccessRow.Route("/api/v1/exports/{id}", HttpMethod.Get, "/api/v1/exports/no-such-id", SignedInApi(AccessOutcome.Status(HttpStatusCode.NotFound))),
        AccessRow.Route("/openapi/{documentName}.json", HttpMethod.Get, "/openapi/v1.json", _ => AccessOutcome.Ok),

        // Open to anyone: health for probes, the language switch (the sign-in page offers it), static assets.
        AccessRow.Route("/healthz", HttpMethod.Get, "/healthz", _ => AccessOutcome.Ok),
        AccessRow.Route("/culture", HttpMethod.Get, "/culture?name=en&returnUrl=%2Fhotspots", _ => AccessOutcome.RedirectTo("/hotspots")),
        AccessRow.StaticAssets("/app.css", _ => AccessOutcome.Ok),

        // Framework endpoints. The development fallback for files outside the asset manifest is not open.
        AccessRow.Route("{**path:file}", HttpMethod.Get, "/no-such-file.txt", SignedIn(AccessOutcome.Status(HttpStatusCode.NotFound))),
        AccessRow.Route("/_framework/opaque-redirect", HttpMethod.Get, "/_framework/opaque-redirect", SignedIn(AccessOutcome.Reached)),

        // The interactive circuit's hub: only signed-in users get a circuit; programs get 401, not a redirect.
        HubRow("/_blazor/negotiate", HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1"),
        HubRow("/_blazor", HttpMethod.Get, "/_blazor?id=unknown"),
        HubRow("/_blazor/disconnect/", HttpMethod.Post, "/_blazor/disconnect/"),
        HubRow("/_blazor/initializers/", HttpMethod.Get, "/_blazor/initializers/"),
    ];

    /// <summary>Anonymous users are sent to sign in; every signed-in user gets <paramref name="signedIn"/>.</summary>
    public static Func<AccessIdentity, AccessOutcome> SignedIn(AccessOutcome signedIn) =>
        who => who.IsSignedIn ? signedIn : AccessOutcome.Login;

    /// <summary>An API for every role: programs get 401 without credentials, every signed-in user <paramref name="signedIn"/>.</summary>
    private static Func<AccessIdentity, AccessOutcome> SignedInApi(AccessOutcome signedIn) =>
        who => who.IsSignedIn ? signedIn : AccessOutcome.Unauthorized;

    /// <summary>An API for staff: programs get 401 without a session and 403 in a role that is not staff.</summary>
    private static Func<AccessIdentity, AccessOutcome> StaffApi(Func<AccessIdentity, AccessOutcome> staff) =>
        who => !who.IsSignedIn ? AccessOutcome.Unauthorized
            : AccessPolicies.RolesFor(AccessPolicies.Staff).Contains(who.Role!) ? staff(who) : AccessOutcome.Forbidden;

    private static AccessRow HubRow(string route, HttpMethod method, string path) =>
        AccessRow.Route(route, method, path, who => who.IsSignedIn ? AccessOutcome.Reached : AccessOutcome.Unauthorized);
}
