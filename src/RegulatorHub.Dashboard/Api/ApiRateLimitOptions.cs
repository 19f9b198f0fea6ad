namespace RegulatorHub.Dashboard.Api;

/// <summary>
/// Configuration section <c>Api:RateLimit</c>: how many requests each user (token owner or signed-in user; anonymous
/// callers by address) may make per window. Validated at start by <see cref="ValidateApiRateLimitOptions"/>.
/// </summary>
public sealed class ApiRateLimitOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Api:RateLimit";

    /// <summary>Longest window accepted (a day).</summary>
    public const int MaxWindowSeconds = 86_400;

    /// <summary>Most requests per window accepted for either limit.</summary>
    public const int MaxPermitLimit = 1_000_000;

    /// <summary><c>Api:RateLimit:PermitLimit</c>: requests per window and user under <c>/api/v1</c>. Default 120.</summary>
    public int PermitLimit { get; set; } = 120;

    /// <summary><c>Api:RateLimit:WindowSeconds</c>: length of the fixed window, in seconds. Default 60.</summary>
    public int WindowSeconds { get; set; } = 60;

    /// <summary>
    /// <c>Api:RateLimit:ExportPermitLimit</c>: downloads per window and user of endpoints under the
    /// <see cref="ApiRateLimits.ExportsPolicy"/> policy (exports are costly to produce). Default 10.
    /// </summary>
    public int ExportPermitLimit { get; set; } = 10;

    /// <summary>The window as a time span.</summary>
    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);
}
