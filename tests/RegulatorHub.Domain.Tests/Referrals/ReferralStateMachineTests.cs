using RegulatorHub.Domain.Referrals;
using static RegulatorHub.Domain.Tests.Referrals.ReferralScenario;

namespace RegulatorHub.Domain.Tests.Referrals;

/// <summary>Every (state × action × party) combination against one table of allowed transitions.</summary>
public sealed class ReferralStateMachineTests
{
    /// <summary>The allowed transitions: who may do what in which state, and the state it leads to. Nothing else is allowed.</summary>
    private static readonly Dictionary<(ReferralState State, ReferralAction Action, ReferralParty Party), ReferralState> s_allowed = new()
    {
        [(ReferralState.Pending, ReferralAction.Accept, ReferralParty.Receiver)] = ReferralState.Accepted,
        [(ReferralState.Pending, ReferralAction.Decline, ReferralParty.Receiver)] = ReferralState.Declined,
        [(ReferralState.Pending, ReferralAction.ReturnForInformation, ReferralParty.Receiver)] = ReferralState.ReturnedForInformation,
        [(ReferralState.Pending, ReferralAction.Withdraw, ReferralParty.Sender)] = ReferralState.Withdrawn,
        [(ReferralState.ReturnedForInformation, ReferralAction.Resubmit, ReferralParty.Sender)] = ReferralState.Pending,
        [(ReferralState.ReturnedForInformation, ReferralAction.Withdraw, ReferralParty.Sender)] = ReferralState.Withdrawn,
        [(ReferralState.Accepted, ReferralAction.Resolve, ReferralParty.Receiver)] = ReferralState.Resolved,
    };

    private static readonly ReferralState[] s_terminal = [ReferralState.Declined, ReferralState.Resolved, ReferralState.Withdrawn];

    /// <summary>Generated from the enums, so a new state, action or party is tested without anyone adding a row.</summary>
    public static TheoryData<ReferralState, ReferralAction, ReferralParty?> Combinations()
    {
        var data = new TheoryData<ReferralState, ReferralAction, ReferralParty?>();
        foreach (var state in Enum.GetValues<ReferralState>())
        {
            foreach (var action in Enum.GetValues<ReferralAction>())
            {
                foreach (var party in Enum.GetValues<ReferralParty>().Select(p => (ReferralParty?)p).Append(null))
                {
                    data.Add(state, action, party);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Apply_EveryStateActionAndParty_FollowsTheTable(ReferralState state, ReferralAction action, ReferralParty? party)
    {
        var referral = InState(state);
        var actor = ActorOf(party);
        var command = new ReferralCommand(
            action,
            actor,
            "A note or reason.",
            action == ReferralAction.Resolve ? ReferralOutcome.NoAgreement : null);

        var result = referral.Apply(command, referral.UpdatedAt.AddMinutes(5), Deadlines);

        Assert.Equal(state, referral.State);
        if (party is { } p && s_allowed.TryGetValue((state, action, p), out var expectedState))
        {
            Assert.True(result.Succeeded, result.Error?.ToString());
            Assert.Equal(expectedState, result.Referral.State);
            Assert.Equal(action, result.Event.Action);
            Assert.Equal(referral.Version + 1, result.Referral.Version);
            Assert.Same(result.Event, result.Referral.Events[^1]);
            Assert.Contains(action, referral.AllowedActions(actor.AgencyId));
        }
        else
        {
            var otherParty = party == ReferralParty.Sender ? ReferralParty.Receiver : ReferralParty.Sender;
            var expectedKind =
                party is null ? ReferralErrorKind.NotAParty
                : s_allowed.ContainsKey((state, action, otherParty)) ? ReferralErrorKind.NotYourTurn
                : ReferralErrorKind.InvalidTransition;
            Assert.False(result.Succeeded);
            Assert.Equal(expectedKind, result.Error.Kind);
            Assert.Null(result.Error.Field);
            Assert.Null(result.Referral);
            Assert.DoesNotContain(action, referral.AllowedActions(actor.AgencyId));
        }
    }

    [Fact]
    public void Table_EveryStateAndActionTakesPart()
    {
        // A new state must be reachable and (unless final) leavable, and a new action allowed somewhere, or this fails
        // until the table says what they do.
        var reached = s_allowed.Values.Append(ReferralState.Pending).ToHashSet();
        var left = s_allowed.Keys.Select(k => k.State).ToHashSet();
        var used = s_allowed.Keys.Select(k => k.Action).Append(ReferralAction.Create).ToHashSet();

        Assert.All(Enum.GetValues<ReferralState>(), s => Assert.Contains(s, reached));
        Assert.All(Enum.GetValues<ReferralState>().Except(s_terminal), s => Assert.Contains(s, left));
        Assert.All(Enum.GetValues<ReferralAction>(), a => Assert.Contains(a, used));
    }

    [Theory]
    [MemberData(nameof(States))]
    public void State_EveryState_OpennessAndTurnFollowFromTheTable(ReferralState state)
    {
        var referral = InState(state);
        var moves = s_allowed.Keys.Where(k => k.State == state).Select(k => k.Party).Distinct().ToList();

        Assert.Equal(!s_terminal.Contains(state), referral.IsOpen);
        if (referral.IsOpen)
        {
            // The party whose turn it is always has a move; the other may have one too (the sender can withdraw).
            Assert.NotNull(referral.WhoseTurn);
            Assert.Contains(referral.WhoseTurn.Value, moves);
        }
        else
        {
            Assert.Null(referral.WhoseTurn);
            Assert.Empty(moves);
        }
    }

    public static TheoryData<ReferralState> States() => [.. Enum.GetValues<ReferralState>()];

    [Fact]
    public void WhoseTurn_EachOpenState_IsTheAgencyThatMustAct()
    {
        Assert.Equal(ReferralParty.Receiver, InState(ReferralState.Pending).WhoseTurn);
        Assert.Equal(ReferralParty.Sender, InState(ReferralState.ReturnedForInformation).WhoseTurn);
        Assert.Equal(ReferralParty.Receiver, InState(ReferralState.Accepted).WhoseTurn);
    }

    [Fact]
    public void AllowedActions_Pending_ReceiverDecidesSenderMayWithdraw()
    {
        var referral = InState(ReferralState.Pending);

        Assert.Equal(
            [ReferralAction.Accept, ReferralAction.Decline, ReferralAction.ReturnForInformation],
            referral.AllowedActions(ReceiverAgency).Order());
        Assert.Equal([ReferralAction.Withdraw], referral.AllowedActions(SenderAgency));
        Assert.Empty(referral.AllowedActions(OutsiderAgency));
    }

    [Fact]
    public void PartyOf_Agencies_SenderReceiverOrNone()
    {
        var referral = InState(ReferralState.Pending);

        Assert.Equal(ReferralParty.Sender, referral.PartyOf(SenderAgency));
        Assert.Equal(ReferralParty.Receiver, referral.PartyOf(ReceiverAgency));
        Assert.Null(referral.PartyOf(OutsiderAgency));
        Assert.Null(referral.PartyOf("SAMR-SH"));
    }

    [Fact]
    public void Accept_Declined_ExplainsThatDeclinedIsFinal()
    {
        var result = InState(ReferralState.Declined).Accept(Receiver, Monday.AddDays(1), Deadlines);

        Assert.Equal(ReferralErrorKind.InvalidTransition, result.Error?.Kind);
        Assert.Equal("A declined referral cannot be accepted: declined is final.", result.Error?.Message);
    }

    [Fact]
    public void Accept_BySender_NamesTheReceivingAgency()
    {
        var result = InState(ReferralState.Pending).Accept(Sender, Monday.AddHours(1), Deadlines);

        Assert.Equal(ReferralErrorKind.NotYourTurn, result.Error?.Kind);
        Assert.Equal("Only the receiving agency (samr-sh) can accept this referral.", result.Error?.Message);
    }

    [Fact]
    public void Resolve_Pending_SaysItMustBeAcceptedFirst()
    {
        var result = InState(ReferralState.Pending).Resolve(Receiver, ReferralOutcome.AgreementReached, null, Monday.AddHours(1));

        Assert.Equal(ReferralErrorKind.InvalidTransition, result.Error?.Kind);
        Assert.StartsWith("A pending referral cannot be resolved: ", result.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decline_ByOutsiderOnFinalReferral_RevealsNothingButNotAParty()
    {
        var result = InState(ReferralState.Withdrawn).Decline(Outsider, "Not ours.", Monday.AddDays(1));

        Assert.Equal(ReferralErrorKind.NotAParty, result.Error?.Kind);
        Assert.DoesNotContain("withdrawn", result.Error?.Message, StringComparison.OrdinalIgnoreCase);
    }
}
