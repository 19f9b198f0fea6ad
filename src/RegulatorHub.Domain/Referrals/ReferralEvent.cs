namespace RegulatorHub.Domain.Referrals;

/// <summary>One recorded action on a referral. A referral's history is its list of events; its state is their result.</summary>
/// <param name="Sequence">The event's position in the history, from 1; the referral's version after it.</param>
/// <param name="Action">What was done.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="At">When it was done.</param>
/// <param name="Note">The note or reason given, trimmed; <see langword="null"/> when none.</param>
/// <param name="Outcome">The outcome, on a <see cref="ReferralAction.Resolve"/> event only.</param>
/// <param name="StateAfter">The referral's state after this event.</param>
/// <param name="DueBy">
/// The last day (inclusive, China calendar day) for the next step after this event: the receiving agency's decision
/// while <see cref="ReferralState.Pending"/>, the end of mediation while <see cref="ReferralState.Accepted"/>;
/// <see langword="null"/> while the referral is with the referring agency and once it is final.
/// </param>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Sequence"/> is less than 1.</exception>
/// <exception cref="ArgumentNullException"><paramref name="Actor"/> is <see langword="null"/>.</exception>
public sealed record ReferralEvent(
    int Sequence,
    ReferralAction Action,
    ReferralActor Actor,
    DateTimeOffset At,
    string? Note,
    ReferralOutcome? Outcome,
    ReferralState StateAfter,
    DateOnly? DueBy)
{
    /// <summary>The event's position in the history, from 1.</summary>
    public int Sequence { get; } = Sequence >= 1
        ? Sequence
        : throw new ArgumentOutOfRangeException(nameof(Sequence), Sequence, "Event sequence numbers start at 1.");

    /// <summary>Who did it.</summary>
    public ReferralActor Actor { get; } = Actor ?? throw new ArgumentNullException(nameof(Actor));
}
