using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RegulatorHub.Application.Audit;

namespace RegulatorHub.Dashboard.Api;

/// <summary>
/// Middleware that writes one <see cref="AuditAction.ApiCall"/> entry for every request under
/// <see cref="ApiPaths.Prefix"/>, whatever its answer (including 401, 403 and 429, so refused attempts are on record
/// too). Placed before authentication, rate limiting and authorization so it sees their refusals.
/// </summary>
/// <remarks>
/// The entry holds the actor (account id or <c>anonymous</c>), agency and role; target <c>api:&lt;METHOD&gt; &lt;route
/// template&gt;</c>, never the path as sent, whose segments are case ids or other values; a detail with the status,
/// the duration in milliseconds, the token id when a token was used and the NAMES of the query parameters (their values
/// may carry personal data). Outcome: <c>allowed</c> below 400, <c>denied</c> for 401, 403 and 429, <c>failed</c>
/// otherwise. The entry is written after the answer, so a failure to record cannot be reported to the caller any more:
/// it is logged as an error, the operator's signal that the trail has a gap.
/// </remarks>
public sealed partial class ApiCallAudit(RequestDelegate next, AuditWriter writer, TimeProvider timeProvider, ILogger<ApiCallAudit> logger)
{
    /// <summary>The template recorded for a path under the prefix that matches no endpoint (the path itself is not kept).</summary>
    public const string UnmatchedTemplate = ApiPaths.Prefix + "/{unmatched}";

    /// <summary>Most query parameter names kept in one entry.</summary>
    public const int MaxParameterNames = 12;

    /// <summary>Handles a request.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ApiPaths.IsApi(context.Request.Path))
        {
            await next(context);
            return;
        }

        var started = timeProvider.GetTimestamp();
        var threw = true;
        try
        {
            await next(context);
            threw = false;
        }
        finally
        {
            await RecordAsync(context, threw, timeProvider.GetElapsedTime(started));
        }
    }

    private async Task RecordAsync(HttpContext context, bool threw, TimeSpan duration)
    {
        // An exception that escaped before the answer started becomes a 500 further out.
        var status = threw && !context.Response.HasStarted ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
        var outcome = status switch
        {
            < 400 when !threw => AuditOutcome.Allowed,
            StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden or StatusCodes.Status429TooManyRequests => AuditOutcome.Denied,
            _ => AuditOutcome.Failed,
        };
        var target = AuditTargets.Api(Method(context.Request.Method), Template(context));
        try
        {
            // Not the request's token: the call happened whether or not the client still waits, so its record stays.
            await writer.WriteAsync(context.User, AuditAction.ApiCall, target, outcome, purpose: null, Detail(context, status, duration), CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogNotRecorded(logger, status, exception);
        }
    }

    /// <summary>The detail of an entry: <c>status=… ms=… [token=…] [params=a,b]</c>.</summary>
    internal static string Detail(HttpContext context, int status, TimeSpan duration)
    {
        var detail = new StringBuilder();
        detail.Append(CultureInfo.InvariantCulture, $"status={status} ms={(long)duration.TotalMilliseconds}");
        if (AuditIds.PlainOrNull(ApiTokenAuthenticationDefaults.TokenId(context.User), 64) is { } tokenId)
        {
            detail.Append(" token=").Append(tokenId);
        }

        var names = context.Request.Query.Keys.Select(ParameterName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (names.Count > 0)
        {
            detail.Append(" params=").AppendJoin(',', names.Take(MaxParameterNames));
            if (names.Count > MaxParameterNames)
            {
                detail.Append(",…");
            }
        }

        return detail.ToString();
    }

    private static string Template(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { Length: > 0 } template } ? template : UnmatchedTemplate;

    // Methods are a handful of words; anything else a client invents is not worth keeping verbatim.
    private static string Method(string method) => AuditIds.PlainOrNull(method, 16) ?? "OTHER";

    // A name is kept only when it reads like a parameter name: a "name" of digits or an e-mail is a value in disguise.
    private static string ParameterName(string name) => ParameterNameShape().IsMatch(name) ? name : "?";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.-]{0,31}$")]
    private static partial Regex ParameterNameShape();

    [LoggerMessage(Level = LogLevel.Error, Message = "The audit trail did not record an API call answered {Status}; the trail has a gap")]
    private static partial void LogNotRecorded(ILogger logger, int status, Exception exception);
}
