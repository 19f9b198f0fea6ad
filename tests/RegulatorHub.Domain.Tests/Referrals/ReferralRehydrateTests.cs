using RegulatorHub.Domain.Referrals;
using static RegulatorHub.Domain.Tests.Referrals.ReferralScenario;

namespace RegulatorHub.Domain.Tests.Referrals;

/// <summary>Rebuilding a referral from its stored events, and refusing histories the rules could not have produced.</summary>
public sealed class ReferralRehydrateTests
{
    /// <summary>Create → return → resubmit → accept → resolve: every kind of step with a deadline change.</summary>
    private static Referral FullHistory()
    {
        var referral = Created();
        referral = Ok(referral.ReturnForInformation(Receiver, "Need the order number.", Monday.AddHours(1)));
        referral = Ok(referral.Resubmit(Sender, "Order number added.", Monday.AddDays(1), Deadlines));
        referral = Ok(referral.Accept(Receiver, Monday.AddDays(2), Deadlines));
        return Ok(referral.Resolve(Receiver, ReferralOutcome.AgreementReached, "Refund agreed.", Monday.AddDays(20)));
    }

    private static Referral Rehydrate(IReadOnlyList<ReferralEvent> events, string from = SenderAgency, string to = ReceiverAgency) =>
        Referral.Rehydrate(Id, Complaint, "uscc:91330100MA27XXXX1X", from, to, events);

    [Fact]
    public void Rehydrate_EventsOfAReferral_RoundTrips()
    {
        var original = FullHistory();

        var copy = Rehydrate([.. original.Events]);

        Assert.Equal(original.Events, copy.Events);
        Assert.Equal(original.State, copy.State);
        Assert.Equal(original.Version, copy.Version);
        Assert.Equal(original.Outcome, copy.Outcome);
        Assert.Equal(original.DueBy, copy.DueBy);
        Assert.Equal(original.CreatedAt, copy.CreatedAt);
        Assert.Equal(original.UpdatedAt, copy.UpdatedAt);
        Assert.Equal(original.MerchantKey, copy.MerchantKey);
        Assert.Equal((original.FromAgencyId, original.ToAgencyId), (copy.FromAgencyId, copy.ToAgencyId));
    }

    [Fact]
    public void Rehydrate_OpenReferral_CanContinue()
    {
        var pending = Created();
        var copy = Rehydrate([.. pending.Events]);

        var accepted = Ok(copy.Accept(Receiver, Monday.AddHours(1), Deadlines));

        Assert.Equal(2, accepted.Version);
        Assert.Equal(ReferralState.Accepted, accepted.State);
    }

    [Fact]
    public void Rehydrate_DeadlinesFromAnotherConfiguration_AreKeptAsRecorded()
    {
        // The periods may have changed since: the recorded deadline stands.
        var recorded = new ReferralEvent(1, ReferralAction.Create, Sender, Monday, null, null, ReferralState.Pending, new DateOnly(2026, 4, 30));

        var copy = Rehydrate([recorded]);

        Assert.Equal(new DateOnly(2026, 4, 30), copy.DueBy);
    }

    /// <summary>Each corruption and a fragment of the message that shows the right check caught it.</summary>
    public static TheoryData<string, string> Corruptions() => new()
    {
        { "no events", "the history has no events" },
        { "gap in sequence", "has sequence number 4" },
        { "sequence out of order", "has sequence number 3" },
        { "first is not create", "event 1 must be a Create" },
        { "first by receiver", "event 1 was made by agency samr-sh, not the referring agency samr-hz" },
        { "wrong state after", "records state Resolved; the rules lead to Accepted" },
        { "accept by sender", "Only the receiving agency (samr-sh) can accept this referral." },
        { "time goes backwards", "is before the referral's last event" },
        { "deadline missing", "records no deadline, but a referral left accepted has one" },
        { "deadline while returned", "records a deadline, but a referral left returned has none" },
        { "resolve without outcome", "An outcome is required to resolve a referral." },
        { "decline without reason", "A reason is required to decline a referral." },
        { "event after final", "A declined referral cannot be accepted: declined is final." },
        { "same agencies", "the referring and receiving agencies must be given and differ" },
    };

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void Rehydrate_InconsistentHistory_ThrowsNamingTheProblem(string corruption, string expected)
    {
        var e = FullHistory().Events.ToList();
        var declined = InState(ReferralState.Declined).Events.ToList();
        var from = SenderAgency;
        var to = ReceiverAgency;
        List<ReferralEvent> events = corruption switch
        {
            "no events" => [],
            "gap in sequence" => [e[0], e[1], e[3], e[4]],
            "sequence out of order" => [e[0], e[2], e[1], e[3], e[4]],
            "first is not create" => [.. e.Skip(1)],
            "first by receiver" => [WithActor(e[0], Receiver), .. e.Skip(1)],
            "wrong state after" => [e[0], e[1], e[2], e[3] with { StateAfter = ReferralState.Resolved }, e[4]],
            "accept by sender" => [e[0], e[1], e[2], WithActor(e[3], Sender), e[4]],
            "time goes backwards" => [e[0], e[1], e[2] with { At = Monday.AddMinutes(30) }, e[3], e[4]],
            "deadline missing" => [e[0], e[1], e[2], e[3] with { DueBy = null }, e[4]],
            "deadline while returned" => [e[0], e[1] with { DueBy = new DateOnly(2026, 3, 20) }, e[2], e[3], e[4]],
            "resolve without outcome" => [e[0], e[1], e[2], e[3], e[4] with { Outcome = null }],
            "decline without reason" => [declined[0], declined[1] with { Note = " " }],
            "event after final" =>
            [
                .. declined,
                new ReferralEvent(3, ReferralAction.Accept, Receiver, Monday.AddDays(1), null, null, ReferralState.Accepted, new DateOnly(2026, 6, 1)),
            ],
            "same agencies" => [.. e],
            _ => throw new ArgumentOutOfRangeException(nameof(corruption), corruption, null),
        };
        if (corruption == "same agencies")
        {
            to = from;
        }

        var ex = Assert.Throws<InvalidDataException>(() => Rehydrate(events, from, to));

        Assert.StartsWith($"Referral {Id:D}", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rehydrate_WrongActor_MessageNamesTheEventAndTheRule()
    {
        var e = FullHistory().Events.ToList();

        var ex = Assert.Throws<InvalidDataException>(() => Rehydrate([e[0], e[1], e[2], WithActor(e[3], Sender), e[4]]));

        Assert.Contains("event 4 (Accept by agency samr-hz)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Only the receiving agency (samr-sh) can accept this referral.", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>A copy of <paramref name="source"/> made by another actor (<c>with</c> cannot set the get-only actor).</summary>
    private static ReferralEvent WithActor(ReferralEvent source, ReferralActor actor) =>
        new(source.Sequence, source.Action, actor, source.At, source.Note, source.Outcome, source.StateAfter, source.DueBy);
}
