using System.Buffers;

namespace RegulatorHub.Application.Audit;

/// <summary>
/// One audited access, as a caller hands it to <see cref="IAuditTrail.AppendAsync"/>: who, what, when, for what purpose,
/// and how it ended. It holds no personal data: the actor is an opaque account id, never a name, e-mail or typed user
/// name, and the detail is a short code or phrase, never complaint text.
/// </summary>
public sealed record AuditRecord
{
    /// <summary>The actor of a request with no signed-in user.</summary>
    public const string AnonymousActor = "anonymous";

    /// <summary>The actor of a failed sign-in whose user name matched no account (the typed name is not kept).</summary>
    public const string UnknownActor = "unknown";

    /// <summary>Longest <see cref="Actor"/>, <see cref="AgencyId"/> or <see cref="Role"/>.</summary>
    public const int MaxIdLength = 128;

    /// <summary>Longest <see cref="Target"/>.</summary>
    public const int MaxTargetLength = 512;

    /// <summary>Longest <see cref="Purpose"/> or <see cref="Detail"/>.</summary>
    public const int MaxTextLength = 500;

    // Account, agency and role ids are tokens: letters, digits and . _ : -. No '@' (an e-mail), no spaces (a name).
    private static readonly SearchValues<char> s_idCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-");

    /// <summary>Creates a record, validating every field.</summary>
    /// <param name="at">When it happened; kept in UTC to the tick.</param>
    /// <param name="actor">Opaque account id, <see cref="AnonymousActor"/> or <see cref="UnknownActor"/>.</param>
    /// <param name="agencyId">The actor's agency, when known.</param>
    /// <param name="role">The actor's role, when known.</param>
    /// <param name="action">What was done; not <see cref="AuditAction.Unrecognized"/>.</param>
    /// <param name="target">What it was done to, e.g. <c>complaint:12315-zj/ZJ2026…</c> (see <see cref="AuditTargets"/>).</param>
    /// <param name="outcome">One of <see cref="AuditOutcome"/>.</param>
    /// <param name="purpose">Why, as the user stated or the page implies (e.g. "referral review").</param>
    /// <param name="detail">A short note without personal data (e.g. "rows=120", "reason=scope").</param>
    /// <exception cref="ArgumentException">A field is empty, too long, has control characters, or an id is not a token.</exception>
    public AuditRecord(
        DateTimeOffset at,
        string actor,
        string? agencyId,
        string? role,
        AuditAction action,
        string target,
        string outcome,
        string? purpose = null,
        string? detail = null)
    {
        RequireId(actor, nameof(actor), required: true);
        RequireId(agencyId, nameof(agencyId), required: false);
        RequireId(role, nameof(role), required: false);
        if (action == AuditAction.Unrecognized || !Enum.IsDefined(action))
        {
            throw new ArgumentException($"'{action}' is not an audit action.", nameof(action));
        }

        RequireText(target, nameof(target), MaxTargetLength, required: true);
        if (!AuditOutcome.IsKnown(outcome))
        {
            throw new ArgumentException($"The outcome must be '{AuditOutcome.Allowed}', '{AuditOutcome.Denied}' or '{AuditOutcome.Failed}'.", nameof(outcome));
        }

        RequireText(purpose, nameof(purpose), MaxTextLength, required: false);
        RequireText(detail, nameof(detail), MaxTextLength, required: false);

        At = at.ToUniversalTime();
        Actor = actor;
        AgencyId = agencyId;
        Role = role;
        Action = action;
        Target = target;
        Outcome = outcome;
        Purpose = purpose;
        Detail = detail;
    }

    /// <summary>When it happened, in UTC (offset zero).</summary>
    public DateTimeOffset At { get; }

    /// <summary>Opaque account id, <see cref="AnonymousActor"/> or <see cref="UnknownActor"/>.</summary>
    public string Actor { get; }

    /// <summary>The actor's agency id, when known.</summary>
    public string? AgencyId { get; }

    /// <summary>The actor's role, when known.</summary>
    public string? Role { get; }

    /// <summary>What was done.</summary>
    public AuditAction Action { get; }

    /// <summary>What it was done to (<c>kind:identifier</c>).</summary>
    public string Target { get; }

    /// <summary>One of <see cref="AuditOutcome"/>.</summary>
    public string Outcome { get; }

    /// <summary>Why, when stated.</summary>
    public string? Purpose { get; }

    /// <summary>A short note without personal data.</summary>
    public string? Detail { get; }

    private static void RequireId(string? value, string name, bool required)
    {
        if (value is null && !required)
        {
            return;
        }

        if (string.IsNullOrEmpty(value) || value.Length > MaxIdLength || value.AsSpan().ContainsAnyExcept(s_idCharacters))
        {
            throw new ArgumentException(
                $"{name} must be 1–{MaxIdLength} of a-z, A-Z, 0-9, '.', '_', ':', '-' (an opaque id, never a name or e-mail).", name);
        }
    }

    private static void RequireText(string? value, string name, int maxLength, bool required)
    {
        if (value is null && !required)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(value) || value.Length > maxLength || value.Any(char.IsControl))
        {
            throw new ArgumentException($"{name} must be 1–{maxLength} characters without control characters.", name);
        }
    }
}
