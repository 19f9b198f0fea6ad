using System.Net;

namespace RegulatorHub.Dashboard.Tests.Access;

/// <summary>What a request in the access matrix must answer.</summary>
/// <param name="Description">For messages, e.g. <c>200</c> or <c>redirect to sign-in</c>.</param>
/// <param name="Matches">Whether a response to a request for the given path is this outcome.</param>
public sealed record AccessOutcome(string Description, Func<HttpResponseMessage, string, bool> Matches)
{
    /// <summary>200.</summary>
    public static AccessOutcome Ok { get; } = Status(HttpStatusCode.OK);

    /// <summary>403: signed in, but the role may not.</summary>
    public static AccessOutcome Forbidden { get; } = Status(HttpStatusCode.Forbidden);

    /// <summary>401: not signed in, for a program (API paths, the circuit's hub).</summary>
    public static AccessOutcome Unauthorized { get; } = Status(HttpStatusCode.Unauthorized);

    /// <summary>302 to the sign-in page with the requested path as the return URL.</summary>
    public static AccessOutcome Login { get; } = new("redirect to sign-in", (response, path) =>
        response.StatusCode == HttpStatusCode.Redirect
        && Location(response) == "/account/login?ReturnUrl=" + Uri.EscapeDataString(path));

    /// <summary>Let through by authorization: anything but 401, 403 or a redirect to sign-in (the endpoint's own answer).</summary>
    public static AccessOutcome Reached { get; } = new("past authorization", (response, _) =>
        response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        && !(Location(response)?.StartsWith("/account/login", StringComparison.Ordinal) ?? false));

    /// <summary>Exactly <paramref name="status"/>.</summary>
    public static AccessOutcome Status(HttpStatusCode status) => new(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), (response, _) => response.StatusCode == status);

    /// <summary>A redirect to exactly <paramref name="location"/> (a local path).</summary>
    public static AccessOutcome RedirectTo(string location) => new($"redirect to {location}", (response, _) =>
        response.StatusCode == HttpStatusCode.Redirect && Location(response) == location);

    /// <summary>The redirect's target as a local path and query (absolute locations of this site are cut to that).</summary>
    public static string? Location(HttpResponseMessage response) => response.Headers.Location switch
    {
        null => null,
        { IsAbsoluteUri: true } absolute => absolute.PathAndQuery,
        var relative => relative.OriginalString,
    };

    /// <inheritdoc />
    public override string ToString() => Description;
}
