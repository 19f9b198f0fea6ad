using System.Security.Claims;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Audit;
using RegulatorHub.Storage.Tests.Contract;
using RegulatorHub.Testing.Audit;

namespace RegulatorHub.Storage.Tests.Audit;

public sealed class AuditWriterTests
{
    private static readonly DateTimeOffset s_now = new(2026, 4, 15, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Write_SignedInUser_RecordsAccountIdRoleAgencyAndTheClockNeverTheName()
    {
        var trail = new InMemoryAuditTrail(AuditRecords.Chain);
        var writer = new AuditWriter(trail, new FixedTime(s_now));
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, "acct-hz-regulator"),
                new Claim(ClaimTypes.Name, "杭州 监管员"),
                new Claim(ClaimTypes.Role, "Regulator"),
                new Claim(RegulatorHubClaims.Agency, "samr-hz"),
            ],
            authenticationType: "Cookies"));

        var entry = await writer.WriteAsync(user, AuditAction.ComplaintViewed, AuditTargets.Complaint("12315-zj", "ZJ1"), AuditOutcome.Allowed, "referral review");

        Assert.Equal((1L, s_now), (entry.Sequence, entry.At));
        Assert.Equal(("acct-hz-regulator", "samr-hz", "Regulator"), (entry.Actor, entry.AgencyId, entry.Role));
        Assert.Equal("referral review", entry.Purpose);
        Assert.DoesNotContain(trail.Entries, e => e.ToString().Contains("监管员", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Write_NoSignedInUser_RecordsAnonymous()
    {
        var trail = new InMemoryAuditTrail(AuditRecords.Chain);
        var writer = new AuditWriter(trail, new FixedTime(s_now));

        var entry = await writer.WriteAsync(new ClaimsPrincipal(new ClaimsIdentity()), AuditAction.AccessDenied, AuditTargets.Page("/complaints"), AuditOutcome.Denied);

        Assert.Equal((AuditRecord.AnonymousActor, (string?)null, (string?)null), (entry.Actor, entry.AgencyId, entry.Role));
    }

    [Fact]
    public async Task Write_FailedSignInOfUnknownUser_RecordsUnknownNotTheTypedName()
    {
        var trail = new InMemoryAuditTrail(AuditRecords.Chain);
        var writer = new AuditWriter(trail, new FixedTime(s_now));

        var entry = await writer.WriteAsync(AuditRecord.UnknownActor, null, null, AuditAction.SignInFailed, AuditTargets.Page("/signin"), AuditOutcome.Failed, detail: "reason=unknown-account");

        Assert.Equal(AuditRecord.UnknownActor, entry.Actor);
        Assert.True(AuditRecords.Chain.IsConsistent(entry));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
