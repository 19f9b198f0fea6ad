using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using RegulatorHub.Dashboard.Access;

namespace RegulatorHub.Dashboard.Tests.Access;

/// <summary>
/// One row of the access matrix: the endpoints it stands for (a route pattern and HTTP method, or a kind of endpoint),
/// the request that exercises them, and the outcome expected for each identity. Optionally a check of the body of an
/// allowed answer (e.g. that it holds no other agency's data).
/// </summary>
/// <param name="Covers">Which endpoint and method the row stands for.</param>
/// <param name="Describe">For messages, e.g. <c>GET /hotspots</c>.</param>
/// <param name="Method">The method of the request sent.</param>
/// <param name="Path">The path and query of the request sent.</param>
/// <param name="Expect">The outcome for an identity.</param>
public sealed record AccessRow(Func<RouteEndpoint, string, bool> Covers, string Describe, HttpMethod Method, string Path, Func<AccessIdentity, AccessOutcome> Expect)
{
    /// <summary>
    /// Runs on the body of every answer that matched an <see cref="AccessOutcome.Ok"/> expectation; returns a problem
    /// to report or <see langword="null"/>. Receives who asked, so a row can check that the answer holds only what that
    /// identity may see.
    /// </summary>
    public Func<AccessIdentity, string, string?>? CheckBody { get; init; }

    /// <summary>A row whose endpoint exists only in some configurations (e.g. OpenID Connect); not reported when absent.</summary>
    public bool Optional { get; init; }

    /// <summary>
    /// A page under <paramref name="policy"/>: GET answers 200 to the roles it admits, 403 to other roles and sends
    /// anonymous users to sign in; a form POST without an antiforgery token is refused (400) once past authorization.
    /// </summary>
    public static IEnumerable<AccessRow> Page(string route, string policy, string? path = null)
    {
        var roles = AccessPolicies.RolesFor(policy);
        AccessOutcome Allowed(AccessIdentity who, AccessOutcome outcome) =>
            !who.IsSignedIn ? AccessOutcome.Login : roles.Contains(who.Role!) ? outcome : AccessOutcome.Forbidden;
        yield return Route(route, HttpMethod.Get, path ?? route, who => Allowed(who, AccessOutcome.Ok));
        yield return Route(route, HttpMethod.Post, path ?? route, who => Allowed(who, AccessOutcome.Status(System.Net.HttpStatusCode.BadRequest)));
    }

    /// <summary>A page anyone may open (GET 200 for everyone; POST without a token 400).</summary>
    public static IEnumerable<AccessRow> AnonymousPage(string route, string? path = null)
    {
        yield return Route(route, HttpMethod.Get, path ?? route, _ => AccessOutcome.Ok);
        yield return Route(route, HttpMethod.Post, path ?? route, _ => AccessOutcome.Status(System.Net.HttpStatusCode.BadRequest));
    }

    /// <summary>
    /// The endpoint with route pattern <paramref name="route"/> (raw text) and <paramref name="method"/> (or no method
    /// restriction, listed as <c>*</c>), requested at <paramref name="path"/>.
    /// </summary>
    public static AccessRow Route(string route, HttpMethod method, string path, Func<AccessIdentity, AccessOutcome> expect) =>
        new((endpoint, m) => endpoint.RoutePattern.RawText == route && (m == method.Method || m == "*"), $"{method} {route}", method, path, expect);

    /// <summary>
    /// Every static asset endpoint (build-time assets under <c>MapStaticAssets</c>), exercised with HEAD on
    /// <paramref name="samplePath"/> for each identity: the same handler and authorization serve GET.
    /// </summary>
    public static AccessRow StaticAssets(string samplePath, Func<AccessIdentity, AccessOutcome> expect) =>
        new((endpoint, _) => endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null, "static assets", HttpMethod.Head, samplePath, expect);
}
