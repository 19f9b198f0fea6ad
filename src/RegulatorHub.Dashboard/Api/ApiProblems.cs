using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace RegulatorHub.Dashboard.Api;

/// <summary>
/// The error answers of the API, all RFC 9457 problem details (<c>application/problem+json</c>) with a title that
/// names the kind of failure and a detail that says what to do. Validation problems name each offending parameter in
/// <c>errors</c>, so a client can point at the field to fix. No answer repeats a value the caller sent: a parameter may
/// carry personal data.
/// </summary>
public static class ApiProblems
{
    /// <summary>The title of every 401.</summary>
    public const string UnauthorizedTitle = "Unauthorized";

    /// <summary>The title of a 403 from the authorization policies (the role may not use the endpoint).</summary>
    public const string ForbiddenTitle = "Forbidden";

    /// <summary>The title of every 429.</summary>
    public const string TooManyRequestsTitle = "Too many requests";

    /// <summary>A problem with <paramref name="status"/>, <paramref name="title"/> and <paramref name="detail"/>.</summary>
    public static ProblemHttpResult Problem(int status, string title, string detail)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(detail);
        return TypedResults.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail });
    }

    /// <summary>400 naming one parameter and what it must be.</summary>
    /// <param name="parameter">The query or route parameter as the client spells it (e.g. <c>pageSize</c>).</param>
    /// <param name="message">What the parameter must be, without repeating the value sent.</param>
    public static ValidationProblem Validation(string parameter, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(parameter);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return Validation(new Dictionary<string, string[]>(StringComparer.Ordinal) { [parameter] = [message] });
    }

    /// <summary>400 naming every parameter in <paramref name="errors"/> (parameter → messages).</summary>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty: there is nothing to report.</exception>
    public static ValidationProblem Validation(IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A validation problem names at least one parameter.", nameof(errors));
        }

        return TypedResults.ValidationProblem(errors, detail: "One or more parameters are not valid; errors names each one.");
    }

    /// <summary>401: no credentials, or a token that is not valid. Never says which of unknown, expired or revoked.</summary>
    public static ProblemHttpResult Unauthorized(bool tokenRejected) => Problem(
        StatusCodes.Status401Unauthorized,
        UnauthorizedTitle,
        tokenRejected
            ? "The bearer token is invalid or expired. Create a new token under /account/tokens."
            : "Sign in, or send a personal API token as 'Authorization: Bearer rhk_…' (create one under /account/tokens).");

    /// <summary>403: signed in, but the role may not use the endpoint.</summary>
    public static ProblemHttpResult Forbidden() => Problem(
        StatusCodes.Status403Forbidden, ForbiddenTitle, "Your role may not use this endpoint.");

    /// <summary>403 with an endpoint's own title and detail (e.g. a record outside the caller's jurisdiction).</summary>
    public static ProblemHttpResult Forbidden(string title, string detail) => Problem(StatusCodes.Status403Forbidden, title, detail);

    /// <summary>429: the caller's limit of <paramref name="permitLimit"/> requests per <paramref name="window"/> is spent.</summary>
    /// <param name="permitLimit">Requests allowed per window.</param>
    /// <param name="window">The window.</param>
    /// <param name="retryAfterSeconds">Whole seconds until a request will be accepted again.</param>
    /// <param name="what">What is limited, e.g. <c>API requests</c> or <c>export downloads</c>.</param>
    public static ProblemHttpResult TooManyRequests(int permitLimit, TimeSpan window, int retryAfterSeconds, string what) => Problem(
        StatusCodes.Status429TooManyRequests,
        TooManyRequestsTitle,
        string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"The limit is {permitLimit} {what} per {(long)window.TotalSeconds} seconds for each user. Retry after {retryAfterSeconds} seconds."));
}
