using System.Net;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace RegulatorHub.Dashboard.Tests.Access;

/// <summary>
/// With <c>Authentication:Oidc:Authority</c> set and demo accounts off, the sign-in page offers only the provider and
/// the challenge goes there with PKCE. The provider's metadata is given in the test: nothing is fetched.
/// </summary>
public sealed class OidcSignInTests(OidcSignInTests.Factory factory) : IClassFixture<OidcSignInTests.Factory>
{
    [Fact]
    public async Task LoginPage_OffersTheProviderAndNoPasswordForm()
    {
        using var client = DashboardSession.Anonymous(factory);

        var html = await client.GetStringAsync(new Uri("/account/login?ReturnUrl=%2Ftrends", UriKind.Relative));

        Assert.Contains("data-testid=\"login-oidc\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/login/oidc?returnUrl=%2Ftrends\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"login-form\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Challenge_GoesToTheProviderWithPkceAndNoSecret()
    {
        using var client = DashboardSession.Anonymous(factory);

        using var response = await client.GetAsync(new Uri("/account/login/oidc?returnUrl=%2Ftrends", UriKind.Relative));
        var location = response.Headers.Location!;
        var query = System.Web.HttpUtility.ParseQueryString(location.Query);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("https://login.example.org/realms/samr/authorize", location.GetLeftPart(UriPartial.Path));
        Assert.Equal("dashboard", query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.DoesNotContain(Factory.Secret, location.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Challenge_OffSiteReturnUrl_IsNotCarried()
    {
        using var client = DashboardSession.Anonymous(factory);

        using var response = await client.GetAsync(new Uri("/account/login/oidc?returnUrl=%2F%2Fattacker.example", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("attacker", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>The dashboard with OpenID Connect configured, demo accounts off, no seeded complaints.</summary>
    public sealed class Factory : DashboardFactory
    {
        // A test value, not a credential of any provider.
        public const string Secret = "test-only-client-secret";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Seed:OnFirstStart", "false");
            builder.UseSetting("Access:DemoAccounts", "false");
            builder.UseSetting("Authentication:Oidc:Authority", "https://login.example.org/realms/samr");
            builder.UseSetting("Authentication:Oidc:ClientId", "dashboard");
            builder.UseSetting("Authentication:Oidc:ClientSecret", Secret);
            builder.ConfigureTestServices(services => services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
            {
                // The metadata is given here, so the handler never asks the (made-up) authority for it.
                options.Configuration = new OpenIdConnectConfiguration
                {
                    Issuer = "https://login.example.org/realms/samr",
                    AuthorizationEndpoint = "https://login.example.org/realms/samr/authorize",
                    TokenEndpoint = "https://login.example.org/realms/samr/token",
                    EndSessionEndpoint = "https://login.example.org/realms/samr/logout",
                };
                options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(options.Configuration);
            }));
        }
    }
}
