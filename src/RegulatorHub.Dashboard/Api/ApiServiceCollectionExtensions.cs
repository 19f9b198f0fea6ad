using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Access;

namespace RegulatorHub.Dashboard.Api;

/// <summary>
/// The HTTP API's plumbing: token authentication beside the cookie, problem answers for refusals, rate limits
/// (<c>Api:RateLimit</c>), the OpenAPI document and the audit of every call.
/// </summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>The OpenAPI document's name (served at <see cref="ApiPaths.OpenApiDocument"/>).</summary>
    public const string DocumentName = "v1";

    /// <summary>
    /// Adds <c>Api:RateLimit</c> (validated at start), the token issuer and validator, the bearer token scheme and the default scheme that picks cookie
    /// or token (call after the cookie is added), the API's authorization answers, the rate limiter and the OpenAPI
    /// document.
    /// </summary>
    public static IServiceCollection AddRegulatorHubApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ApiRateLimitOptions>().Bind(configuration.GetSection(ApiRateLimitOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApiRateLimitOptions>, ValidateApiRateLimitOptions>());

        // Tokens themselves (IApiTokenStore comes with the storage adapter): issued by the token page, checked per request.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ApiTokenValidator>();
        services.TryAddSingleton(sp => new ApiTokenIssuer(
            sp.GetRequiredService<IApiTokenStore>(), sp.GetRequiredService<TimeProvider>(), RandomNumberGenerator.Create()));

        services.AddAuthentication(ApiTokenAuthenticationDefaults.SelectorScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationDefaults.Scheme, displayName: null, _ => { })
            .AddPolicyScheme(ApiTokenAuthenticationDefaults.SelectorScheme, displayName: null, options =>
                options.ForwardDefaultSelector = context =>
                    ApiPaths.IsApi(context.Request.Path) && ApiTokenAuthenticationDefaults.BearerToken(context.Request) is not null
                        ? ApiTokenAuthenticationDefaults.Scheme
                        : CookieAuthenticationDefaults.AuthenticationScheme);
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiAuthorizationResultHandler>();

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<ApiRateLimitOptions>>((options, limits) => ApiRateLimits.Configure(options, limits.Value));

        services.AddOpenApi(DocumentName, options =>
        {
            // Only the API: pages, the hub and static files are not part of it.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) == true;
            options.AddDocumentTransformer<ApiDocumentTransformer>();
            options.AddOperationTransformer<ApiOperationTransformer>();
        });
        return services;
    }

    /// <summary>Writes every API call to the audit trail; call before authentication so refusals are recorded too.</summary>
    public static IApplicationBuilder UseApiCallAudit(this IApplicationBuilder app) => app.UseMiddleware<ApiCallAudit>();

    /// <summary>Serves the OpenAPI document at <see cref="ApiPaths.OpenApiDocument"/>, open to anyone: it holds no data.</summary>
    public static IEndpointRouteBuilder MapApiDocument(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        return endpoints;
    }
}
