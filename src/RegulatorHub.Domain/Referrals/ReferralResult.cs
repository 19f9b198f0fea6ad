using System.Diagnostics.CodeAnalysis;

namespace RegulatorHub.Domain.Referrals;

/// <summary>
/// The outcome of an action on a <see cref="Referral"/>: the new referral and the event that made it, or the reason the
/// action was refused. A refusal is an expected outcome, not an exception.
/// </summary>
/// <remarks>
/// Invariants: on success <see cref="Referral"/> and <see cref="Event"/> are set, <see cref="Error"/> is
/// <see langword="null"/> and <see cref="Event"/> is the referral's last event; on failure only <see cref="Error"/> is set.
/// </remarks>
public sealed class ReferralResult
{
    private ReferralResult(Referral? referral, ReferralEvent? @event, ReferralError? error)
    {
        Referral = referral;
        Event = @event;
        Error = error;
    }

    /// <summary>Whether the action was applied.</summary>
    [MemberNotNullWhen(true, nameof(Referral), nameof(Event))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    /// <summary>The referral after the action; <see langword="null"/> on failure. The original is unchanged either way.</summary>
    public Referral? Referral { get; }

    /// <summary>The event the action recorded (the new referral's last event); <see langword="null"/> on failure.</summary>
    public ReferralEvent? Event { get; }

    /// <summary>Why the action was refused; <see langword="null"/> on success.</summary>
    public ReferralError? Error { get; }

    /// <summary>A successful result.</summary>
    /// <exception cref="ArgumentException"><paramref name="event"/> is not the last event of <paramref name="referral"/>.</exception>
    public static ReferralResult Success(Referral referral, ReferralEvent @event)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(@event);
        if (referral.Events[^1] != @event)
        {
            throw new ArgumentException("The event must be the referral's last event.", nameof(@event));
        }

        return new ReferralResult(referral, @event, null);
    }

    /// <summary>A refusal.</summary>
    public static ReferralResult Failure(ReferralError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new ReferralResult(null, null, error);
    }

    /// <inheritdoc />
    public override string ToString() =>
        Succeeded ? $"{Event.Action} → {Referral.State} (version {Referral.Version})" : Error.ToString();
}
