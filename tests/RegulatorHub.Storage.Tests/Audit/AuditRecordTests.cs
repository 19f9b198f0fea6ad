using RegulatorHub.Application.Audit;

namespace RegulatorHub.Storage.Tests.Audit;

public sealed class AuditRecordTests
{
    private static readonly DateTimeOffset s_at = new(2026, 4, 15, 9, 30, 0, TimeSpan.FromHours(8));

    private static AuditRecord Make(
        string actor = "acct-hz-regulator",
        string? agency = "samr-hz",
        AuditAction action = AuditAction.ComplaintViewed,
        string target = "complaint:12315-zj/ZJ1",
        string outcome = AuditOutcome.Allowed,
        string? purpose = null,
        string? detail = null) =>
        new(s_at, actor, agency, "Regulator", action, target, outcome, purpose, detail);

    [Fact]
    public void Constructor_ValidFields_KeepsThemWithTheTimeInUtc()
    {
        var record = Make(purpose: "referral review", detail: "rows=12");

        Assert.Equal(TimeSpan.Zero, record.At.Offset);
        Assert.Equal(s_at, record.At);
        Assert.Equal(("acct-hz-regulator", "samr-hz", "Regulator"), (record.Actor, record.AgencyId, record.Role));
        Assert.Equal(("referral review", "rows=12"), (record.Purpose, record.Detail));
    }

    [Theory]
    [InlineData("zhang.san@example.com")]
    [InlineData("Zhang San")]
    [InlineData("张三")]
    [InlineData("")]
    public void Constructor_ActorThatIsNotAnOpaqueId_Throws(string actor)
    {
        var error = Assert.Throws<ArgumentException>(() => Make(actor: actor));

        Assert.Equal("actor", error.ParamName);
        Assert.DoesNotContain(actor.Length == 0 ? "\0" : actor, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AuditRecord.AnonymousActor)]
    [InlineData(AuditRecord.UnknownActor)]
    public void Constructor_AnonymousOrUnknownActor_IsAccepted(string actor)
    {
        Assert.Equal(actor, Make(actor: actor, agency: null).Actor);
    }

    [Fact]
    public void Constructor_UnrecognizedOrUndefinedAction_Throws()
    {
        Assert.Throws<ArgumentException>(() => Make(action: AuditAction.Unrecognized));
        Assert.Throws<ArgumentException>(() => Make(action: (AuditAction)999));
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("Allowed")]
    [InlineData("")]
    public void Constructor_UnknownOutcome_Throws(string outcome)
    {
        Assert.Equal("outcome", Assert.Throws<ArgumentException>(() => Make(outcome: outcome)).ParamName);
    }

    [Fact]
    public void Constructor_TargetWithControlCharactersOrTooLong_Throws()
    {
        Assert.Throws<ArgumentException>(() => Make(target: "page:/a\nforged line"));
        Assert.Throws<ArgumentException>(() => Make(target: new string('x', AuditRecord.MaxTargetLength + 1)));
        Assert.Throws<ArgumentException>(() => Make(detail: new string('x', AuditRecord.MaxTextLength + 1)));
    }

    [Fact]
    public void Validate_Queries_NameTheParameter()
    {
        Assert.Null(new AuditQuery().Validate());
        Assert.Contains("Limit", new AuditQuery(Limit: 0).Validate(), StringComparison.Ordinal);
        Assert.Contains("From", new AuditQuery(From: s_at, To: s_at).Validate(), StringComparison.Ordinal);
        Assert.Contains("BeforeSequence", new AuditQuery(BeforeSequence: 0).Validate(), StringComparison.Ordinal);
        Assert.Contains("Action", new AuditQuery(Action: AuditAction.Unrecognized).Validate(), StringComparison.Ordinal);
        Assert.NotNull(new AuditQuery(TargetPrefix: "").Validate());
    }

    [Fact]
    public void Targets_Forms_AreKindColonIdentifier()
    {
        Assert.Equal("complaint:12315-zj/ZJ2026-1", AuditTargets.Complaint("12315-zj", "ZJ2026-1"));
        Assert.Equal("referral:0f8fad5b-d9cb-469f-a165-70867728950e", AuditTargets.Referral(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")));
        Assert.Equal("export:exp-1", AuditTargets.Export("exp-1"));
        Assert.Equal("page:/complaints", AuditTargets.Page("/complaints"));
        Assert.Equal("api:GET /api/v1/stats", AuditTargets.Api("get", "/api/v1/stats"));
    }
}
