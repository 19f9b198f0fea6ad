using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace RegulatorHub.Dashboard.Api;

/// <summary>
/// The API's rate limits (ASP.NET Core rate limiting): a fixed window per user over every endpoint under
/// <see cref="ApiPaths.Prefix"/>, and a lower one for export downloads, chosen by policy name
/// <see cref="ExportsPolicy"/> (<c>.RequireRateLimiting(ApiRateLimits.ExportsPolicy)</c>). A refused request gets 429
/// with <c>Retry-After</c> in seconds and a problem saying the limit.
/// </summary>
/// <remarks>
/// Users are told apart by account id, so a token and the same person's dashboard session share one allowance and
/// several tokens do not multiply it. Callers without credentials share one partition per remote address. An export
/// endpoint counts only against the export limit, so downloads do not eat the allowance for ordinary calls and the
/// 429 can say which limit was reached.
/// </remarks>
public static class ApiRateLimits
{
    /// <summary>The policy name of export downloads (limit <c>Api:RateLimit:ExportPermitLimit</c>).</summary>
    public const string ExportsPolicy = "exports";

    /// <summary>Sets the global API limit, the <see cref="ExportsPolicy"/> policy and the 429 answer from <paramref name="limits"/>.</summary>
    public static void Configure(RateLimiterOptions options, ApiRateLimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(limits);
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            ApiPaths.IsApi(context.Request.Path) && !IsExport(context)
                ? RateLimitPartition.GetFixedWindowLimiter("api|" + PartitionKey(context), _ => Window(limits.PermitLimit, limits.Window))
                : RateLimitPartition.GetNoLimiter(string.Empty));
        options.AddPolicy(ExportsPolicy, context =>
            RateLimitPartition.GetFixedWindowLimiter("exports|" + PartitionKey(context), _ => Window(limits.ExportPermitLimit, limits.Window)));
        options.OnRejected = (context, cancellationToken) => RejectAsync(context, limits, cancellationToken);
    }

    /// <summary>Who a request counts against: <c>user:&lt;account id&gt;</c>, or <c>address:&lt;remote address&gt;</c> without a user.</summary>
    public static string PartitionKey(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.Identity?.IsAuthenticated == true && context.User.FindFirst(ClaimTypes.NameIdentifier)?.Value is { Length: > 0 } id)
        {
            return "user:" + id;
        }

        return "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    private static bool IsExport(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == ExportsPolicy;

    private static FixedWindowRateLimiterOptions Window(int permitLimit, TimeSpan window) => new()
    {
        PermitLimit = permitLimit,
        Window = window,
        // Refuse at once rather than hold the request: a client told when to retry can plan, a held one just times out.
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext context, ApiRateLimitOptions limits, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var window = limits.Window;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero ? wait : window;
        var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var export = IsExport(http);
        var problem = ApiProblems.TooManyRequests(
            export ? limits.ExportPermitLimit : limits.PermitLimit, window, seconds, export ? "export downloads" : "API requests");
        cancellationToken.ThrowIfCancellationRequested();
        await problem.ExecuteAsync(http);
    }
}
