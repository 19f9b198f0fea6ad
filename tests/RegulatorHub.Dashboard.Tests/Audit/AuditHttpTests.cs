using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Audit;
using RegulatorHub.Application.Referrals;
using RegulatorHub.Application.Storage;
using RegulatorHub.Dashboard.Tests.Access;

namespace RegulatorHub.Dashboard.Tests.Audit;

/// <summary>The audit trail at HTTP level: a real sign-in and a complaint view leave entries and the chain verifies.</summary>
public sealed class AuditHttpTests(AuditHttpTests.Factory factory) : IClassFixture<AuditHttpTests.Factory>
{
    [Fact]
    public async Task SignInAndViewComplaint_HangzhouRegulator_LeavesVerifiedEntries()
    {
        await factory.Services.GetRequiredService<IComplaintStore>().AddAsync([AccessDashboardFactory.Hangzhou], CancellationToken.None);
        using var client = await DashboardSession.SignInAsync(factory, "hz.regulator");

        using var response = await client.GetAsync(new Uri($"/api/v1/complaints/{AccessDashboardFactory.TestSource}/HZ-ONLY?purpose=handling", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var trail = factory.Services.GetRequiredService<IAuditTrail>();
        var entries = await trail.SearchAsync(new AuditQuery(Actor: "acct-hz-regulator"), CancellationToken.None);
        var signIn = Assert.Single(entries, e => e.Action == AuditAction.SignIn);
        Assert.Equal(("samr-hz", "Regulator", "account:acct-hz-regulator", AuditOutcome.Allowed), (signIn.AgencyId, signIn.Role, signIn.Target, signIn.Outcome));
        var view = Assert.Single(entries, e => e.Action == AuditAction.ComplaintViewed);
        Assert.Equal(
            ("samr-hz", "Regulator", "complaint:access-test/HZ-ONLY", "handling", AuditOutcome.Allowed),
            (view.AgencyId, view.Role, view.Target, view.Purpose, view.Outcome));
        Assert.True(view.Sequence > signIn.Sequence);
        Assert.DoesNotContain(entries, e => e.ToString().Contains("hz.regulator", StringComparison.Ordinal));

        var verification = await factory.Services.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
        Assert.True(verification.IsIntact, verification.Describe());
    }

    [Fact]
    public async Task SignIn_WrongPassword_RecordsAFailureWithoutTheTypedName()
    {
        using var client = DashboardSession.Anonymous(factory);

        using var response = await DashboardSession.PostLoginAsync(client, "no.such.person", "wrong-password");

        var entries = await factory.Services.GetRequiredService<IAuditTrail>()
            .SearchAsync(new AuditQuery(Action: AuditAction.SignInFailed), CancellationToken.None);
        Assert.Contains(entries, e => e.Actor == AuditRecord.UnknownActor && e.Outcome == AuditOutcome.Failed);
        Assert.DoesNotContain(entries, e => e.ToString().Contains("no.such.person", StringComparison.Ordinal));
    }

    [Fact]
    public void Services_Dashboard_UseTheAuditHooks()
    {
        Assert.IsType<AuditSignInEvents>(factory.Services.GetRequiredService<ISignInEvents>());
        Assert.IsType<AuditReferralAuditSink>(factory.Services.GetRequiredService<IReferralAuditSink>());
        using var scope = factory.Services.CreateScope();
        Assert.IsType<AuditComplaintViewRecorder>(scope.ServiceProvider.GetRequiredService<IComplaintViewRecorder>());
    }

    /// <summary>The dashboard without the synthetic seed: the test adds the one complaint it views.</summary>
    public sealed class Factory : DashboardFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Seed:OnFirstStart", "false");
        }
    }
}
