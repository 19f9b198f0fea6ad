using System.Diagnostics.CodeAnalysis;
using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Application.Referrals;

/// <summary>
/// The outcome of <see cref="ReferralService.CreateAsync"/> or <see cref="ReferralService.ActAsync"/>: the stored
/// referral and the event recorded, or why nothing was recorded. Every expected failure is a result, not an exception.
/// </summary>
/// <remarks>
/// Invariants: on success <see cref="Referral"/> and <see cref="Event"/> are set and <see cref="Error"/> is
/// <see langword="null"/>; otherwise <see cref="Error"/> is set (its message is a sentence for people; its field names
/// the parameter at fault, when one is), and <see cref="Referral"/> is the stored referral where one is relevant (the
/// current version on a conflict, the existing referral on a duplicate).
/// </remarks>
public sealed class ReferralOutcomeResult
{
    private ReferralOutcomeResult(ReferralOutcomeKind kind, StoredReferral? referral, ReferralEvent? @event, ReferralError? error, int? currentVersion)
    {
        Kind = kind;
        Referral = referral;
        Event = @event;
        Error = error;
        CurrentVersion = currentVersion;
    }

    /// <summary>How the call ended.</summary>
    public ReferralOutcomeKind Kind { get; }

    /// <summary>Whether the referral was created or the action recorded.</summary>
    [MemberNotNullWhen(true, nameof(Referral), nameof(Event))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Kind == ReferralOutcomeKind.Succeeded;

    /// <summary>The referral as stored after the call, or the stored one a failure refers to.</summary>
    public StoredReferral? Referral { get; }

    /// <summary>The event recorded; <see langword="null"/> on failure.</summary>
    public ReferralEvent? Event { get; }

    /// <summary>Why nothing was recorded; <see langword="null"/> on success.</summary>
    public ReferralError? Error { get; }

    /// <summary>On a <see cref="ReferralOutcomeKind.Conflict"/>, the version stored now.</summary>
    public int? CurrentVersion { get; }

    /// <summary>A success.</summary>
    public static ReferralOutcomeResult Success(StoredReferral referral, ReferralEvent @event)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(@event);
        return new ReferralOutcomeResult(ReferralOutcomeKind.Succeeded, referral, @event, null, null);
    }

    /// <summary>A failure of <paramref name="kind"/> (not <see cref="ReferralOutcomeKind.Succeeded"/>).</summary>
    public static ReferralOutcomeResult Failure(ReferralOutcomeKind kind, ReferralError error, StoredReferral? referral = null, int? currentVersion = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (kind == ReferralOutcomeKind.Succeeded || !Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "A failure needs a failure kind.");
        }

        return new ReferralOutcomeResult(kind, referral, null, error, currentVersion);
    }

    /// <inheritdoc />
    public override string ToString() =>
        Succeeded ? $"{Kind}: {Event.Action} → {Referral.Referral.State} (version {Referral.Version})" : $"{Kind}: {Error}";
}
