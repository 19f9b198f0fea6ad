namespace RegulatorHub.Domain.Referrals;

/// <summary>Why a referral action was refused.</summary>
/// <param name="Kind">The category of the refusal.</param>
/// <param name="Message">
/// A complete English sentence naming the referral's state and the action (e.g. "A declined referral cannot be
/// accepted: declined is final."). It may name agency ids and field names, never users or complaint content.
/// </param>
/// <param name="Field">
/// For <see cref="ReferralErrorKind.MissingField"/> and <see cref="ReferralErrorKind.InvalidField"/>, the parameter that
/// failed (<c>reason</c>, <c>note</c>, <c>outcome</c>, <c>at</c>, <c>toAgencyId</c>, <c>id</c>); otherwise
/// <see langword="null"/>.
/// </param>
public sealed record ReferralError(ReferralErrorKind Kind, string Message, string? Field = null)
{
    /// <inheritdoc />
    public override string ToString() => Field is null ? $"{Kind}: {Message}" : $"{Kind} ({Field}): {Message}";
}
