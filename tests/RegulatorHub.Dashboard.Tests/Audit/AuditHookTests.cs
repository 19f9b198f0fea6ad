using Microsoft.Extensions.Logging.Abstractions;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Audit;
using RegulatorHub.Dashboard.Tests.Access;
using RegulatorHub.Domain.Access;
using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Dashboard.Tests.Audit;

public sealed class AuditHookTests
{
    private static readonly Agency s_hangzhou = new("samr-hz", "杭州市市场监督管理局", ["330100"]);
    private static readonly UserAccess s_regulator = new("acct-hz-regulator", UserRole.Regulator, "samr-hz", s_hangzhou);

    private readonly AuditTestTrail _audit = new();
    private readonly InMemoryAccountStore _accounts = new();

    [Fact]
    public async Task SignedIn_KnownAccount_RecordsIdAgencyAndRoleNeverTheNames()
    {
        await _accounts.AddAsync(new LocalAccount("acct-hz-regulator", "hz.regulator", "杭州 监管员", AccountRoles.Regulator, "samr-hz", "hash"), CancellationToken.None);
        var events = new AuditSignInEvents(_audit.Writer, _accounts, NullLogger<AuditSignInEvents>.Instance);

        await events.SignedInAsync("acct-hz-regulator", CancellationToken.None);
        await events.SignedOutAsync("acct-hz-regulator", CancellationToken.None);

        Assert.Collection(
            _audit.Trail.Entries,
            e => Assert.Equal(
                (AuditTestTrail.Now, "acct-hz-regulator", "samr-hz", "Regulator", AuditAction.SignIn, "account:acct-hz-regulator", AuditOutcome.Allowed),
                (e.At, e.Actor, e.AgencyId, e.Role, e.Action, e.Target, e.Outcome)),
            e => Assert.Equal((AuditAction.SignOut, AuditOutcome.Allowed), (e.Action, e.Outcome)));
        Assert.DoesNotContain(_audit.Trail.Entries, e => e.ToString().Contains("hz.regulator", StringComparison.Ordinal) || e.ToString().Contains("监管员", StringComparison.Ordinal));
        Assert.True((await _audit.Verifier.VerifyAsync(CancellationToken.None)).IsIntact);
    }

    [Theory]
    [InlineData(SignInFailureReason.IncorrectCredentials, AuditOutcome.Failed)]
    [InlineData(SignInFailureReason.ExternalFailure, AuditOutcome.Failed)]
    [InlineData(SignInFailureReason.LockedOut, AuditOutcome.Denied)]
    [InlineData(SignInFailureReason.Disabled, AuditOutcome.Denied)]
    public async Task SignInFailed_UnknownAccount_RecordsUnknownActorWithTheReason(SignInFailureReason reason, string outcome)
    {
        var events = new AuditSignInEvents(_audit.Writer, _accounts, NullLogger<AuditSignInEvents>.Instance);

        await events.SignInFailedAsync(ISignInEvents.UnknownAccount, reason, CancellationToken.None);

        var entry = Assert.Single(_audit.Trail.Entries);
        Assert.Equal(
            (AuditRecord.UnknownActor, (string?)null, (string?)null, AuditAction.SignInFailed, outcome, "reason=" + reason),
            (entry.Actor, entry.AgencyId, entry.Role, entry.Action, entry.Outcome, entry.Detail));
    }

    [Fact]
    public async Task SignedIn_ProviderSubjectWithOtherCharacters_RecordsItAsAToken()
    {
        var events = new AuditSignInEvents(_audit.Writer, _accounts, NullLogger<AuditSignInEvents>.Instance);

        await events.SignedInAsync("auth0|5f3a 9", CancellationToken.None);

        Assert.Equal("auth0_5f3a_9", Assert.Single(_audit.Trail.Entries).Actor);
    }

    [Fact]
    public async Task SignedIn_TrailFails_DoesNotThrow()
    {
        var events = new AuditSignInEvents(new AuditWriter(new FailingTrail(), _audit.Clock), _accounts, NullLogger<AuditSignInEvents>.Instance);

        var exception = await Record.ExceptionAsync(() => events.SignedInAsync("acct-hz-regulator", CancellationToken.None));

        Assert.Null(exception);
    }

    [Fact]
    public async Task Record_AllowedView_RecordsTheComplaintAndPurpose()
    {
        var recorder = new AuditComplaintViewRecorder(_audit.Writer);

        await recorder.RecordAsync(s_regulator, "12315-zj", "ZJ2026-0001", ComplaintViewPurpose.Referral, allowed: true, CancellationToken.None);

        var entry = Assert.Single(_audit.Trail.Entries);
        Assert.Equal(
            ("acct-hz-regulator", "samr-hz", "Regulator", AuditAction.ComplaintViewed, "complaint:12315-zj/ZJ2026-0001", "referral", AuditOutcome.Allowed),
            (entry.Actor, entry.AgencyId, entry.Role, entry.Action, entry.Target, entry.Purpose, entry.Outcome));
    }

    [Fact]
    public async Task Record_RefusedViewOfTypedText_WithholdsWhatIsNotAnId()
    {
        var recorder = new AuditComplaintViewRecorder(_audit.Writer);

        await recorder.RecordAsync(s_regulator, "12315-zj", "张三 13812345678", ComplaintViewPurpose.Handling, allowed: false, CancellationToken.None);
        await recorder.RecordAsync(s_regulator, "12315-zj", "SH-ONLY-7F3A", ComplaintViewPurpose.Handling, allowed: false, CancellationToken.None);

        Assert.Equal(
            [("complaint:12315-zj/withheld", AuditOutcome.Denied), ("complaint:12315-zj/SH-ONLY-7F3A", AuditOutcome.Denied)],
            _audit.Trail.Entries.Select(e => (e.Target, e.Outcome)));
    }

    [Fact]
    public async Task RecordListing_RecordsTheAgencyListAndTheCountShown()
    {
        var recorder = new AuditComplaintViewRecorder(_audit.Writer);

        await recorder.RecordListingAsync(s_regulator, allowed: true, 42, CancellationToken.None);
        await recorder.RecordListingAsync(UserAccess.Anonymous, allowed: false, 0, CancellationToken.None);

        Assert.Equal(
            [
                ("acct-hz-regulator", AuditAction.ComplaintsListed, "complaints:samr-hz", AuditOutcome.Allowed, "shown=42"),
                (AuditRecord.AnonymousActor, AuditAction.ComplaintsListed, "complaints:none", AuditOutcome.Denied, "shown=0"),
            ],
            _audit.Trail.Entries.Select(e => (e.Actor, e.Action, e.Target, e.Outcome, e.Detail)));
    }

    [Fact]
    public async Task Record_TrailFails_Throws()
    {
        var recorder = new AuditComplaintViewRecorder(new AuditWriter(new FailingTrail(), _audit.Clock));

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => recorder.RecordAsync(s_regulator, "12315-zj", "ZJ1", ComplaintViewPurpose.Handling, allowed: true, CancellationToken.None));
    }

    [Theory]
    [InlineData(ReferralAction.Create, AuditAction.ReferralCreated)]
    [InlineData(ReferralAction.Accept, AuditAction.ReferralUpdated)]
    [InlineData(ReferralAction.ReturnForInformation, AuditAction.ReferralUpdated)]
    public async Task RecordReferral_Action_RecordsTheReferralWithActorAgencyAndRole(ReferralAction action, AuditAction expected)
    {
        await _accounts.AddAsync(new LocalAccount("acct-sh-regulator", "sh.regulator", "上海 监管员", AccountRoles.Regulator, "samr-sh", "hash"), CancellationToken.None);
        var sink = new AuditReferralAuditSink(_audit.Writer, _accounts);
        var id = Guid.Parse("6f1c2a8e-3d4b-4c5a-9e7f-0a1b2c3d4e5f");

        await sink.RecordAsync(new ReferralActor("acct-sh-regulator", "samr-sh"), id, action, CancellationToken.None);

        var entry = Assert.Single(_audit.Trail.Entries);
        Assert.Equal(
            ("acct-sh-regulator", "samr-sh", "Regulator", expected, "referral:6f1c2a8e-3d4b-4c5a-9e7f-0a1b2c3d4e5f", "referral", "action=" + action),
            (entry.Actor, entry.AgencyId, entry.Role, entry.Action, entry.Target, entry.Purpose, entry.Detail));
    }

    private sealed class FailingTrail : IAuditTrail
    {
        public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken) =>
            Task.FromException<AuditEntry>(new InvalidOperationException("The store is unavailable."));

        public IAsyncEnumerable<AuditEntry> ReadAsync(long fromSequence, CancellationToken cancellationToken) => AsyncEnumerable.Empty<AuditEntry>();

        public Task<IReadOnlyList<AuditEntry>> SearchAsync(AuditQuery query, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<AuditEntry>>([]);

        public Task<AuditHead?> GetHeadAsync(CancellationToken cancellationToken) => Task.FromResult<AuditHead?>(null);
    }
}
