using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Access;

namespace RegulatorHub.Dashboard.Access;

/// <summary>Sign-in (local accounts, optionally OpenID Connect), the cookie, the policies and the account endpoints.</summary>
public static class DashboardAccessExtensions
{
    /// <summary>The sign-in page.</summary>
    public const string LoginPath = "/account/login";

    /// <summary>Sign-out (POST with an antiforgery token).</summary>
    public const string LogoutPath = "/account/logout";

    /// <summary>Starts an OpenID Connect sign-in (mapped only when <c>Authentication:Oidc:Authority</c> is set).</summary>
    public const string OidcLoginPath = "/account/login/oidc";

    /// <summary>Name of the sign-in cookie.</summary>
    public const string CookieName = ".RegulatorHub.Auth";

    /// <summary>How long a sign-in lasts without activity (sliding).</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    /// <summary>
    /// Adds options (<c>Access</c>, <c>Authentication:Oidc</c>, validated at start), local sign-in with lockout, demo
    /// accounts, cookie authentication, OpenID Connect when configured, the policies of <see cref="AccessPolicies"/>
    /// with a fallback that requires a signed-in user, and the authentication state for components.
    /// </summary>
    public static IServiceCollection AddDashboardAccess(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AccountOptions>().Bind(configuration.GetSection(AccountOptions.SectionName)).ValidateOnStart();
        services.AddOptions<OidcOptions>().Bind(configuration.GetSection(OidcOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AccountOptions>, ValidateAccessOptions>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OidcOptions>, ValidateAccessOptions>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISignInEvents, NoSignInEvents>();
        services.TryAddSingleton<IPasswordHasher<LocalAccount>, PasswordHasher<LocalAccount>>();
        services.TryAddSingleton<SignInLockout>();
        services.TryAddSingleton<LocalSignIn>();
        services.AddHostedService<DemoAccountSeeder>();

        services.TryAddScoped<DashboardCookieEvents>();
        var authentication = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = SessionLifetime;
                options.SlidingExpiration = true;
                options.LoginPath = LoginPath;
                options.LogoutPath = LogoutPath;
                options.EventsType = typeof(DashboardCookieEvents);
            });

        // Chosen at start like the storage adapter: the handler exists only when an authority is configured.
        if (!string.IsNullOrWhiteSpace(configuration[$"{OidcOptions.SectionName}:{nameof(OidcOptions.Authority)}"]))
        {
            authentication.AddOpenIdConnect();
            services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
                .Configure<IOptions<OidcOptions>>((options, settings) => ConfigureOidc(options, settings.Value));
        }

        services.AddAuthorization(AccessPolicies.Configure);
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, AccountRevalidation>();
        return services;
    }

    /// <summary>
    /// Maps <c>POST /account/logout</c> and, with OpenID Connect, <c>GET /account/login/oidc</c>; the sign-in page
    /// itself is a component (<c>Components/Pages/Account/Login.razor</c>).
    /// </summary>
    public static IEndpointRouteBuilder MapDashboardAccess(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // The form carries no field to bind, so the token is required by metadata and its verdict read in the handler.
        endpoints.MapPost(LogoutPath, SignOutAsync).WithMetadata(new RequireAntiforgeryTokenAttribute());

        if (endpoints.ServiceProvider.GetRequiredService<IOptions<OidcOptions>>().Value.IsConfigured)
        {
            endpoints.MapGet(OidcLoginPath, (string? returnUrl) => TypedResults.Challenge(
                    new AuthenticationProperties { RedirectUri = ReturnUrls.Local(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme]))
                .AllowAnonymous();
        }

        return endpoints;
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IOptions<OidcOptions> oidc)
    {
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
        {
            return TypedResults.BadRequest("The sign-out form has expired: reload the page and sign out again.");
        }

        // Someone who came through the provider is signed out there too, or its session would sign them straight back in.
        if (oidc.Value.IsConfigured && context.User.Identity?.AuthenticationType == AccountClaims.OidcAuthenticationType)
        {
            return TypedResults.SignOut(
                new AuthenticationProperties { RedirectUri = LoginPath },
                [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]);
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.LocalRedirect(LoginPath);
    }

    private static void ConfigureOidc(OpenIdConnectOptions options, OidcOptions settings)
    {
        options.Authority = settings.Authority;
        options.ClientId = settings.ClientId;
        options.ClientSecret = settings.ClientSecret;
        options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        options.ResponseType = "code";
        options.UsePkce = true;
        options.SaveTokens = false;
        options.MapInboundClaims = false;
        options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        options.Events = OidcClaimsMapper.Events(settings);
    }
}
