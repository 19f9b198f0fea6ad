using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Domain.Tests.Referrals;

/// <summary>
/// A referral from Hangzhou to Shanghai on the embedded China calendar, and the paths that bring it into each state.
/// </summary>
internal static class ReferralScenario
{
    public const string SenderAgency = "samr-hz";
    public const string ReceiverAgency = "samr-sh";
    public const string OutsiderAgency = "samr-bj";

    public static readonly Guid Id = new("6f1d2a0e-3c4b-4e5f-8a9b-0c1d2e3f4a5b");
    public static readonly ComplaintReference Complaint = new("12315-zj", "ZJ2026030900017");
    public static readonly ReferralActor Sender = new("acct-hz-regulator", SenderAgency);
    public static readonly ReferralActor Receiver = new("acct-sh-regulator", ReceiverAgency);
    public static readonly ReferralActor Outsider = new("acct-bj-regulator", OutsiderAgency);
    public static readonly ReferralDeadlines Deadlines = ReferralDeadlines.China;

    /// <summary>Monday 9 March 2026, 09:00 China time: an ordinary working week, no holiday for weeks.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 3, 9, 9, 0, 0, TimeSpan.FromHours(8));

    public static ReferralActor ActorOf(ReferralParty? party) => party switch
    {
        ReferralParty.Sender => Sender,
        ReferralParty.Receiver => Receiver,
        null => Outsider,
        _ => throw new ArgumentOutOfRangeException(nameof(party), party, "Add an actor for the new party."),
    };

    public static Referral Created(DateTimeOffset? at = null) =>
        Ok(Referral.Create(Id, Complaint, "uscc:91330100MA27XXXX1X", ReceiverAgency, Sender, "Merchant operates in Shanghai.", at ?? Monday, Deadlines));

    /// <summary>A referral in <paramref name="state"/>, reached by the shortest path; one hour passes per step.</summary>
    public static Referral InState(ReferralState state)
    {
        var created = Created();
        return state switch
        {
            ReferralState.Pending => created,
            ReferralState.ReturnedForInformation => Ok(created.ReturnForInformation(Receiver, "Need the order number.", Monday.AddHours(1))),
            ReferralState.Accepted => Ok(created.Accept(Receiver, Monday.AddHours(1), Deadlines)),
            ReferralState.Declined => Ok(created.Decline(Receiver, "Merchant is not in our jurisdiction.", Monday.AddHours(1))),
            ReferralState.Resolved => Ok(Ok(created.Accept(Receiver, Monday.AddHours(1), Deadlines))
                .Resolve(Receiver, ReferralOutcome.AgreementReached, null, Monday.AddHours(2))),
            ReferralState.Withdrawn => Ok(created.Withdraw(Sender, "Filed with the wrong agency.", Monday.AddHours(1))),
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Add a path to the new state."),
        };
    }

    public static Referral Ok(ReferralResult result)
    {
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Referral;
    }
}
