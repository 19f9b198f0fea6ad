namespace RegulatorHub.Domain.Referrals;

/// <summary>
/// An action on an existing referral as data, for <see cref="Referral.Apply"/>: what services and the message bus
/// pass around and replay.
/// </summary>
/// <param name="Action">What to do. <see cref="ReferralAction.Create"/> is refused by <see cref="Referral.Apply"/>:
/// use <see cref="Referral.Create"/>.</param>
/// <param name="By">Who does it.</param>
/// <param name="Note">The note, or the reason for <see cref="ReferralAction.Decline"/> and
/// <see cref="ReferralAction.Withdraw"/>; trimmed, at most <see cref="Referral.MaxNoteLength"/> characters.</param>
/// <param name="Outcome">Required for <see cref="ReferralAction.Resolve"/>, refused for every other action.</param>
/// <exception cref="ArgumentNullException"><paramref name="By"/> is <see langword="null"/>.</exception>
public sealed record ReferralCommand(ReferralAction Action, ReferralActor By, string? Note = null, ReferralOutcome? Outcome = null)
{
    /// <summary>Who does it.</summary>
    public ReferralActor By { get; } = By ?? throw new ArgumentNullException(nameof(By));
}
