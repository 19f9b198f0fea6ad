using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Application.Access;
using RegulatorHub.Dashboard.Access;
using RegulatorHub.Storage.Sqlite;

namespace RegulatorHub.Dashboard.Tests.Access;

/// <summary>A local account disabled while signed in loses access within the revalidation interval, not after 8 hours.</summary>
public sealed class RevalidationTests(RevalidationTests.Factory factory) : IClassFixture<RevalidationTests.Factory>
{
    [Fact]
    public async Task Cookie_AccountDisabledMeanwhile_RefusedOnceTheIntervalHasPassed()
    {
        using var client = await DashboardSession.SignInAsync(factory, "hz.admin");
        using var before = await client.GetAsync(new Uri("/exports", UriKind.Relative));

        await DisableAsync("acct-hz-admin");
        using var soon = await client.GetAsync(new Uri("/exports", UriKind.Relative));
        factory.Clock.Advance(AccountRevalidation.Interval + TimeSpan.FromSeconds(1));
        using var later = await client.GetAsync(new Uri("/exports", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, soon.StatusCode);
        Assert.True(AccessOutcome.Login.Matches(later, "/exports"), $"{(int)later.StatusCode} {AccessOutcome.Location(later)}");
    }

    [Fact]
    public async Task Cookie_AccountStillEnabled_StaysSignedInAcrossIntervals()
    {
        using var client = await DashboardSession.SignInAsync(factory, "sz.regulator");

        factory.Clock.Advance(AccountRevalidation.Interval + TimeSpan.FromSeconds(1));
        using var later = await client.GetAsync(new Uri("/exports", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task IsStillValid_LocalAccountsByStoreOpenIdConnectUsersAlways()
    {
        var store = new InMemoryAccountStore();
        await store.AddAsync(new LocalAccount("acct-on", "on", "On", AccountRoles.Analyst, "samr-zj", "hash"), CancellationToken.None);
        await store.AddAsync(new LocalAccount("acct-off", "off", "Off", AccountRoles.Analyst, "samr-zj", "hash", disabled: true), CancellationToken.None);
        System.Security.Claims.ClaimsPrincipal Local(string id) =>
            new(AccountClaims.Identity(id, id, [AccountRoles.Analyst], "samr-zj", AccountClaims.LocalAuthenticationType));

        Assert.True(await AccountRevalidation.IsStillValidAsync(Local("acct-on"), store, CancellationToken.None));
        Assert.False(await AccountRevalidation.IsStillValidAsync(Local("acct-off"), store, CancellationToken.None));
        Assert.False(await AccountRevalidation.IsStillValidAsync(Local("acct-gone"), store, CancellationToken.None));
        Assert.True(await AccountRevalidation.IsStillValidAsync(
            new(AccountClaims.Identity("sub-1", "x", [AccountRoles.Analyst], null, AccountClaims.OidcAuthenticationType)), store, CancellationToken.None));
    }

    // The port has no update (accounts are managed outside the dashboard for now): the test changes the row itself.
    private async Task DisableAsync(string accountId)
    {
        var database = factory.Services.GetRequiredService<SqliteDatabase>();
        await using var lease = await database.AcquireWriterAsync(CancellationToken.None);
        await using var command = lease.Connection.CreateCommand();
        command.CommandText = "UPDATE accounts SET disabled = 1 WHERE id = $id";
        command.Parameters.AddWithValue("$id", accountId);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    /// <summary>The dashboard on a clock the test moves, without seeded complaints.</summary>
    public sealed class Factory : DashboardFactory
    {
        public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Seed:OnFirstStart", "false");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
