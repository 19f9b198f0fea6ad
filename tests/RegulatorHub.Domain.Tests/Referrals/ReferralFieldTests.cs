using RegulatorHub.Domain.Referrals;
using static RegulatorHub.Domain.Tests.Referrals.ReferralScenario;

namespace RegulatorHub.Domain.Tests.Referrals;

/// <summary>Required and invalid values on creation and on each action.</summary>
public sealed class ReferralFieldTests
{
    private static readonly DateTimeOffset s_later = Monday.AddHours(3);

    [Fact]
    public void Create_Valid_RecordsTheFirstEvent()
    {
        var result = Referral.Create(Id, Complaint, "  uscc:91330100MA27XXXX1X ", ReceiverAgency, Sender, "  Merchant is in Shanghai.\n", Monday, Deadlines);

        Assert.True(result.Succeeded);
        var referral = result.Referral;
        Assert.Equal(Id, referral.Id);
        Assert.Equal(Complaint, referral.Complaint);
        Assert.Equal("uscc:91330100MA27XXXX1X", referral.MerchantKey);
        Assert.Equal(SenderAgency, referral.FromAgencyId);
        Assert.Equal(ReceiverAgency, referral.ToAgencyId);
        Assert.Equal(ReferralState.Pending, referral.State);
        Assert.Equal(1, referral.Version);
        Assert.Equal(Monday, referral.CreatedAt);
        Assert.Equal(Monday, referral.UpdatedAt);
        Assert.Null(referral.Outcome);
        Assert.Equal(
            new ReferralEvent(1, ReferralAction.Create, Sender, Monday, "Merchant is in Shanghai.", null, ReferralState.Pending, new DateOnly(2026, 3, 18)),
            result.Event);
    }

    [Fact]
    public void Create_BlankMerchantKeyAndNote_AreNull()
    {
        var referral = Ok(Referral.Create(Id, Complaint, " ", ReceiverAgency, Sender, "   ", Monday, Deadlines));

        Assert.Null(referral.MerchantKey);
        Assert.Null(referral.Events[0].Note);
    }

    [Theory]
    [InlineData("", ReferralErrorKind.MissingField)]
    [InlineData("  ", ReferralErrorKind.MissingField)]
    [InlineData(SenderAgency, ReferralErrorKind.InvalidField)]
    public void Create_NoOrOwnReceivingAgency_IsRefused(string toAgencyId, ReferralErrorKind expected)
    {
        var result = Referral.Create(Id, Complaint, null, toAgencyId, Sender, null, Monday, Deadlines);

        Assert.Equal(expected, result.Error?.Kind);
        Assert.Equal("toAgencyId", result.Error?.Field);
    }

    [Fact]
    public void Create_EmptyId_IsRefused()
    {
        var result = Referral.Create(Guid.Empty, Complaint, null, ReceiverAgency, Sender, null, Monday, Deadlines);

        Assert.Equal(ReferralErrorKind.InvalidField, result.Error?.Kind);
        Assert.Equal("id", result.Error?.Field);
    }

    [Fact]
    public void Create_NoteTooLong_IsRefusedNamingTheField()
    {
        var result = Referral.Create(Id, Complaint, null, ReceiverAgency, Sender, new string('x', 2001), Monday, Deadlines);

        Assert.Equal(ReferralErrorKind.InvalidField, result.Error?.Kind);
        Assert.Equal("note", result.Error?.Field);
        Assert.Equal("The note is 2,001 characters long; at most 2,000 are allowed.", result.Error?.Message);
    }

    [Fact]
    public void Decline_NoteOfMaximumLengthWithSpaces_IsTrimmedAndAccepted()
    {
        var reason = "  " + new string('x', Referral.MaxNoteLength) + "  ";

        var declined = Ok(Created().Decline(Receiver, reason, s_later));

        Assert.Equal(Referral.MaxNoteLength, declined.Events[^1].Note?.Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    public void Decline_NoReason_IsMissingReason(string? reason)
    {
        var result = Created().Decline(Receiver, reason!, s_later);

        Assert.Equal(ReferralErrorKind.MissingField, result.Error?.Kind);
        Assert.Equal("reason", result.Error?.Field);
        Assert.Equal("A reason is required to decline a referral.", result.Error?.Message);
    }

    [Fact]
    public void Decline_ReasonTooLong_NamesReason()
    {
        var result = Created().Decline(Receiver, new string('x', 2001), s_later);

        Assert.Equal(ReferralErrorKind.InvalidField, result.Error?.Kind);
        Assert.Equal("reason", result.Error?.Field);
    }

    [Fact]
    public void Withdraw_NoReason_IsMissingReason()
    {
        var result = Created().Withdraw(Sender, " ", s_later);

        Assert.Equal(ReferralErrorKind.MissingField, result.Error?.Kind);
        Assert.Equal("reason", result.Error?.Field);
    }

    [Fact]
    public void ReturnForInformation_NoNote_IsMissingNote()
    {
        var result = Created().ReturnForInformation(Receiver, "", s_later);

        Assert.Equal(ReferralErrorKind.MissingField, result.Error?.Kind);
        Assert.Equal("note", result.Error?.Field);
    }

    [Fact]
    public void Resubmit_NoNote_IsAllowed()
    {
        var returned = Ok(Created().ReturnForInformation(Receiver, "Need the order number.", s_later));

        var resubmitted = Ok(returned.Resubmit(Sender, null, s_later.AddHours(1), Deadlines));

        Assert.Null(resubmitted.Events[^1].Note);
    }

    [Fact]
    public void Accept_BeforeTheLastEvent_IsRefusedNamingAt()
    {
        var result = Created().Accept(Receiver, Monday.AddSeconds(-1), Deadlines);

        Assert.Equal(ReferralErrorKind.InvalidField, result.Error?.Kind);
        Assert.Equal("at", result.Error?.Field);
    }

    [Fact]
    public void Accept_AtTheSameInstantAsTheLastEvent_IsAllowed()
    {
        Assert.True(Created().Accept(Receiver, Monday, Deadlines).Succeeded);
    }

    [Fact]
    public void Resolve_Outcome_IsRecordedOnReferralAndEvent()
    {
        var accepted = Ok(Created().Accept(Receiver, s_later, Deadlines));

        var result = accepted.Resolve(Receiver, ReferralOutcome.EnforcementCase, "Case opened.", s_later.AddDays(3));

        Assert.True(result.Succeeded);
        Assert.Equal(ReferralOutcome.EnforcementCase, result.Referral.Outcome);
        Assert.Equal(ReferralOutcome.EnforcementCase, result.Event.Outcome);
        Assert.Equal(ReferralState.Resolved, result.Event.StateAfter);
        Assert.Null(result.Event.DueBy);
        Assert.False(result.Referral.IsOpen);
    }

    [Fact]
    public void Apply_ResolveWithoutOutcome_IsMissingOutcome()
    {
        var accepted = Ok(Created().Accept(Receiver, s_later, Deadlines));

        var result = accepted.Apply(new ReferralCommand(ReferralAction.Resolve, Receiver), s_later.AddDays(1), Deadlines);

        Assert.Equal(ReferralErrorKind.MissingField, result.Error?.Kind);
        Assert.Equal("outcome", result.Error?.Field);
    }

    [Fact]
    public void Resolve_UndefinedOutcome_IsInvalidOutcome()
    {
        var accepted = Ok(Created().Accept(Receiver, s_later, Deadlines));

        var result = accepted.Resolve(Receiver, (ReferralOutcome)42, null, s_later.AddDays(1));

        Assert.Equal(ReferralErrorKind.InvalidField, result.Error?.Kind);
        Assert.Equal("outcome", result.Error?.Field);
    }

    [Fact]
    public void Apply_AcceptWithOutcome_IsInvalidOutcome()
    {
        var command = new ReferralCommand(ReferralAction.Accept, Receiver, null, ReferralOutcome.AgreementReached);

        var result = Created().Apply(command, s_later, Deadlines);

        Assert.Equal(ReferralErrorKind.InvalidField, result.Error?.Kind);
        Assert.Equal("outcome", result.Error?.Field);
    }

    [Fact]
    public void Apply_DeclineCommand_UsesTheNoteAsTheReason()
    {
        var result = Created().Apply(new ReferralCommand(ReferralAction.Decline, Receiver, " Not ours. "), s_later, Deadlines);

        Assert.Equal("Not ours.", result.Event?.Note);
        Assert.Equal(ReferralState.Declined, result.Referral?.State);
    }

    [Fact]
    public void Apply_CreateOnAnExistingReferral_IsInvalidTransition()
    {
        var result = Created().Apply(new ReferralCommand(ReferralAction.Create, Sender), s_later, Deadlines);

        Assert.Equal(ReferralErrorKind.InvalidTransition, result.Error?.Kind);
    }

    [Fact]
    public void Values_Blank_Throw()
    {
        Assert.Equal("UserId", Assert.Throws<ArgumentException>(() => new ReferralActor(" ", SenderAgency)).ParamName);
        Assert.Equal("AgencyId", Assert.Throws<ArgumentException>(() => new ReferralActor("acct-x", "")).ParamName);
        Assert.Equal("Source", Assert.Throws<ArgumentException>(() => new ComplaintReference("", "1")).ParamName);
        Assert.Equal("SourceCaseId", Assert.Throws<ArgumentException>(() => new ComplaintReference("tmall", " ")).ParamName);
        Assert.Equal("Sequence", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ReferralEvent(0, ReferralAction.Create, Sender, Monday, null, null, ReferralState.Pending, null)).ParamName);
    }
}
