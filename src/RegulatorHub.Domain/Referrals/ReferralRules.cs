namespace RegulatorHub.Domain.Referrals;

/// <summary>
/// The referral state machine as one table, and the English wording of its refusals. <see cref="Referral"/> applies it
/// to new actions and <see cref="Referral.Rehydrate"/> to recorded ones, so both agree by construction.
/// </summary>
internal static class ReferralRules
{
    /// <summary>Who may take <paramref name="action"/> in <paramref name="state"/> and the state it leads to; null when nobody may.</summary>
    public static (ReferralParty By, ReferralState Next)? Find(ReferralState state, ReferralAction action) => (state, action) switch
    {
        (ReferralState.Pending, ReferralAction.Accept) => (ReferralParty.Receiver, ReferralState.Accepted),
        (ReferralState.Pending, ReferralAction.Decline) => (ReferralParty.Receiver, ReferralState.Declined),
        (ReferralState.Pending, ReferralAction.ReturnForInformation) => (ReferralParty.Receiver, ReferralState.ReturnedForInformation),
        (ReferralState.Pending, ReferralAction.Withdraw) => (ReferralParty.Sender, ReferralState.Withdrawn),
        (ReferralState.ReturnedForInformation, ReferralAction.Resubmit) => (ReferralParty.Sender, ReferralState.Pending),
        (ReferralState.ReturnedForInformation, ReferralAction.Withdraw) => (ReferralParty.Sender, ReferralState.Withdrawn),
        (ReferralState.Accepted, ReferralAction.Resolve) => (ReferralParty.Receiver, ReferralState.Resolved),
        _ => null,
    };

    /// <summary>Whether nothing more can happen to a referral in <paramref name="state"/>.</summary>
    public static bool IsTerminal(ReferralState state) =>
        state is ReferralState.Declined or ReferralState.Resolved or ReferralState.Withdrawn;

    /// <summary>Who must act next in <paramref name="state"/>; null when final.</summary>
    public static ReferralParty? WhoseTurn(ReferralState state) => state switch
    {
        ReferralState.Pending or ReferralState.Accepted => ReferralParty.Receiver,
        ReferralState.ReturnedForInformation => ReferralParty.Sender,
        _ => null,
    };

    /// <summary>Whether a recorded reason or note is required for <paramref name="action"/>.</summary>
    public static bool RequiresNote(ReferralAction action) =>
        action is ReferralAction.Decline or ReferralAction.ReturnForInformation or ReferralAction.Withdraw;

    /// <summary>The parameter name under which <paramref name="action"/> takes its note.</summary>
    public static string NoteField(ReferralAction action) =>
        action is ReferralAction.Decline or ReferralAction.Withdraw ? "reason" : "note";

    public static string RefusedOnFinal(ReferralState state, ReferralAction action) =>
        $"{Capitalize(Article(state))} {Adjective(state)} referral cannot be {Participle(action)}: {Adjective(state)} is final.";

    public static string RefusedInState(ReferralState state, ReferralAction action) =>
        $"{Capitalize(Article(state))} {Adjective(state)} referral cannot be {Participle(action)}: {Situation(state)}";

    public static string OnlyParty(ReferralParty party, string agencyId, ReferralAction action) =>
        party == ReferralParty.Receiver
            ? $"Only the receiving agency ({agencyId}) can {Phrase(action)}."
            : $"Only the referring agency ({agencyId}) can {Phrase(action)}.";

    public static string NoteMissing(ReferralAction action) => action switch
    {
        ReferralAction.Decline => "A reason is required to decline a referral.",
        ReferralAction.Withdraw => "A reason is required to withdraw a referral.",
        _ => "A note saying which information is needed is required to return a referral for information.",
    };

    public static string Adjective(ReferralState state) => state switch
    {
        ReferralState.Pending => "pending",
        ReferralState.ReturnedForInformation => "returned",
        ReferralState.Accepted => "accepted",
        ReferralState.Declined => "declined",
        ReferralState.Resolved => "resolved",
        ReferralState.Withdrawn => "withdrawn",
        _ => state.ToString(),
    };

    public static string Participle(ReferralAction action) => action switch
    {
        ReferralAction.Create => "created",
        ReferralAction.Accept => "accepted",
        ReferralAction.Decline => "declined",
        ReferralAction.ReturnForInformation => "returned for information",
        ReferralAction.Resubmit => "resubmitted",
        ReferralAction.Resolve => "resolved",
        ReferralAction.Withdraw => "withdrawn",
        _ => action.ToString(),
    };

    /// <summary>"accept this referral", "return this referral for information", … for "can …" sentences.</summary>
    public static string Phrase(ReferralAction action) => action switch
    {
        ReferralAction.Create => "create this referral",
        ReferralAction.Accept => "accept this referral",
        ReferralAction.Decline => "decline this referral",
        ReferralAction.ReturnForInformation => "return this referral for information",
        ReferralAction.Resubmit => "resubmit this referral",
        ReferralAction.Resolve => "resolve this referral",
        ReferralAction.Withdraw => "withdraw this referral",
        _ => $"take action {action} on this referral",
    };

    private static string Situation(ReferralState state) => state switch
    {
        ReferralState.Pending => "it awaits the receiving agency's decision to accept, decline or return it.",
        ReferralState.ReturnedForInformation => "it is with the referring agency until it is resubmitted or withdrawn.",
        ReferralState.Accepted => "mediation is under way and can only end with a resolution.",
        _ => $"{Adjective(state)} is final.",
    };

    private static string Article(ReferralState state) => Adjective(state)[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a";

    private static string Capitalize(string text) => string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));
}
