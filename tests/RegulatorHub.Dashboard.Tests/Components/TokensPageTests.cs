using System.Security.Claims;
using System.Security.Cryptography;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Audit;
using RegulatorHub.Dashboard.Access;
using RegulatorHub.Dashboard.Components.Pages.Account;
using RegulatorHub.Dashboard.Tests.Audit;
using RegulatorHub.Testing.Access;

namespace RegulatorHub.Dashboard.Tests.Components;

public sealed class TokensPageTests : IDisposable
{
    private readonly DashboardComponentContext _context = new();
    private readonly AuditTestTrail _audit = new();
    private readonly InMemoryApiTokenStore _store = new();
    private readonly UserState _user = new();

    public TokensPageTests()
    {
        _context.Services.AddSingleton<IApiTokenStore>(_store);
        _context.Services.AddSingleton(new ApiTokenIssuer(_store, _audit.Clock, RandomNumberGenerator.Create()));
        _context.Services.AddSingleton(_audit.Writer);
        _context.Services.AddSingleton<TimeProvider>(_audit.Clock);
        _context.Services.AddSingleton<AuthenticationStateProvider>(_user);
        _context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    public void Dispose() => _context.Dispose();

    [Fact]
    public async Task Create_NameAndDays_ShowsTheSecretOnceListsTheTokenAndAuditsIt()
    {
        var page = _context.Render<Tokens>();

        page.Find("[data-testid=token-name]").Change("ci pipeline");
        page.Find("[data-testid=token-days]").Change("30");
        page.Find("[data-testid=token-create]").Click();

        var secret = page.WaitForElement("[data-testid=token-secret-value]").GetAttribute("value")!;
        Assert.True(ApiTokenIssuer.IsWellFormed(secret));
        var token = Assert.Single(await _store.ListAsync("acct-analyst", CancellationToken.None));
        Assert.Equal(("ci pipeline", AuditTestTrail.Now.AddDays(30)), (token.Name, token.ExpiresAt));
        Assert.Contains("ci pipeline", page.Find("[data-testid=tokens]").TextContent, StringComparison.Ordinal);
        var entry = Assert.Single(_audit.Trail.Entries);
        Assert.Equal(
            ("acct-analyst", AuditAction.ApiTokenIssued, "apitoken:" + token.Id, AuditOutcome.Allowed),
            (entry.Actor, entry.Action, entry.Target, entry.Outcome));
        Assert.DoesNotContain(secret, entry.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("ci pipeline", entry.ToString(), StringComparison.Ordinal);

        page.Find("[data-testid=token-secret-done]").Click();
        Assert.Empty(page.FindAll("[data-testid=token-secret-value]"));
        Assert.DoesNotContain(secret, page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_LifetimeOutOfRange_ExplainsAndIssuesNothing()
    {
        var page = _context.Render<Tokens>();

        page.Find("[data-testid=token-name]").Change("too long");
        page.Find("[data-testid=token-days]").Change("400");
        page.Find("[data-testid=token-create]").Click();

        Assert.Contains("from 1 to 365 days", page.Find("[data-testid=token-error]").TextContent, StringComparison.Ordinal);
        Assert.Empty(await _store.ListAsync("acct-analyst", CancellationToken.None));
        Assert.Empty(_audit.Trail.Entries);
    }

    [Fact]
    public async Task Revoke_AfterConfirming_MarksRevokedAndAudits()
    {
        var issued = await _context.Services.GetRequiredService<ApiTokenIssuer>().IssueAsync("acct-analyst", "old", null, CancellationToken.None);
        var page = _context.Render<Tokens>();

        page.Find("[data-testid=token-revoke]").Click();
        Assert.Null((await _store.ListAsync("acct-analyst", CancellationToken.None))[0].RevokedAt);
        page.Find("[data-testid=token-revoke-confirm]").Click();

        page.WaitForAssertion(() => Assert.Equal("Revoked", page.Find("[data-testid=token-status]").TextContent));
        Assert.NotNull((await _store.ListAsync("acct-analyst", CancellationToken.None))[0].RevokedAt);
        var entry = Assert.Single(_audit.Trail.Entries);
        Assert.Equal((AuditAction.ApiTokenRevoked, "apitoken:" + issued.Token!.Id), (entry.Action, entry.Target));
    }

    [Fact]
    public void Render_ProviderAccount_ExplainsTokensAreForLocalAccounts()
    {
        _user.User = new ClaimsPrincipal(AccountClaims.Identity("sub-1", "x", [AccountRoles.Analyst], "samr-zj", AccountClaims.OidcAuthenticationType));

        var page = _context.Render<Tokens>();

        Assert.NotEmpty(page.FindAll("[data-testid=tokens-not-local]"));
        Assert.Empty(page.FindAll("[data-testid=token-create]"));
    }

    private sealed class UserState : AuthenticationStateProvider
    {
        public ClaimsPrincipal User { get; set; } = new(AccountClaims.Identity(
            "acct-analyst", "Analyst", [AccountRoles.Analyst], "samr-zj", AccountClaims.LocalAuthenticationType));

        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(User));
    }
}
