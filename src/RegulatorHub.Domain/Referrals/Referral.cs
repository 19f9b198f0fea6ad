using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace RegulatorHub.Domain.Referrals;

/// <summary>
/// A complaint handed by one agency (the sender, <see cref="FromAgencyId"/>) to the agency with jurisdiction (the
/// receiver, <see cref="ToAgencyId"/>), tracked with working-day deadlines. Immutable: every action returns a new
/// referral with one more event.
/// </summary>
/// <remarks>
/// <para>The life cycle: created <see cref="ReferralState.Pending"/>; the receiver accepts, declines or returns it for
/// information; the sender resubmits a returned referral, or withdraws it while pending or returned; the receiver
/// resolves an accepted one with an outcome. <see cref="ReferralState.Declined"/>, <see cref="ReferralState.Resolved"/>
/// and <see cref="ReferralState.Withdrawn"/> are final.</para>
/// <para>Deadlines (<see cref="DueBy"/>): creating or resubmitting starts the receiver's decision period
/// (<see cref="ReferralDeadlines.AcceptWithinWorkingDays"/>); accepting starts mediation
/// (<see cref="ReferralDeadlines.ConcludeWithinWorkingDays"/>); returning for information stops the clock while the
/// referral is with the sender, and a resubmission restarts the decision period in full. Final referrals have none.</para>
/// <para>Invariants: <see cref="Events"/> is non-empty, numbered 1, 2, …, in time order, starts with a
/// <see cref="ReferralAction.Create"/> by the sender, and every later event is a transition the rules allow for the
/// agency that made it; <see cref="State"/>, <see cref="DueBy"/> and <see cref="Outcome"/> are those of the last event;
/// <see cref="FromAgencyId"/> differs from <see cref="ToAgencyId"/>.</para>
/// <para>A refused action is a <see cref="ReferralResult"/> with a <see cref="ReferralError"/>, never an exception;
/// exceptions are kept for programming errors (a <see langword="null"/> argument) and corrupt histories.</para>
/// </remarks>
public sealed class Referral
{
    /// <summary>The longest note or reason accepted, in characters after trimming.</summary>
    public const int MaxNoteLength = 2000;

    private static readonly ReferralAction[] s_actions = Enum.GetValues<ReferralAction>();

    private readonly ImmutableList<ReferralEvent> _events;

    private Referral(Guid id, ComplaintReference complaint, string? merchantKey, string from, string to, ImmutableList<ReferralEvent> events)
    {
        Id = id;
        Complaint = complaint;
        MerchantKey = merchantKey;
        FromAgencyId = from;
        ToAgencyId = to;
        _events = events;
    }

    /// <summary>The referral's identifier, chosen by the caller at creation.</summary>
    public Guid Id { get; }

    /// <summary>The complaint referred.</summary>
    public ComplaintReference Complaint { get; }

    /// <summary>The merchant's canonical key (<see cref="Merchants.MerchantKey"/> text), when known.</summary>
    public string? MerchantKey { get; }

    /// <summary>The referring agency (the sender).</summary>
    public string FromAgencyId { get; }

    /// <summary>The agency the complaint was referred to (the receiver).</summary>
    public string ToAgencyId { get; }

    /// <summary>Every action taken, oldest first.</summary>
    public IReadOnlyList<ReferralEvent> Events => _events;

    /// <summary>The number of events; a store compares it for optimistic concurrency.</summary>
    public int Version => _events.Count;

    /// <summary>The current state: the last event's <see cref="ReferralEvent.StateAfter"/>.</summary>
    public ReferralState State => _events[^1].StateAfter;

    /// <summary>How mediation ended, once <see cref="ReferralState.Resolved"/>; otherwise <see langword="null"/>.</summary>
    public ReferralOutcome? Outcome => _events[^1].Outcome;

    /// <summary>
    /// The last day (inclusive, China calendar day) for the current step; <see langword="null"/> while the referral is
    /// with the sender and once it is final.
    /// </summary>
    public DateOnly? DueBy => _events[^1].DueBy;

    /// <summary>When the referral was created.</summary>
    public DateTimeOffset CreatedAt => _events[0].At;

    /// <summary>When the last action was taken.</summary>
    public DateTimeOffset UpdatedAt => _events[^1].At;

    /// <summary>Whether the referral is not yet final.</summary>
    public bool IsOpen => !ReferralRules.IsTerminal(State);

    /// <summary>Who must act next: the receiver while pending or accepted, the sender while returned, nobody once final.</summary>
    public ReferralParty? WhoseTurn => ReferralRules.WhoseTurn(State);

    /// <summary>Creates a referral of <paramref name="complaint"/> from <paramref name="by"/>'s agency to <paramref name="toAgencyId"/>.</summary>
    /// <param name="id">The new referral's id; not <see cref="Guid.Empty"/>.</param>
    /// <param name="complaint">The complaint referred.</param>
    /// <param name="merchantKey">The merchant's canonical key, when known; blank means unknown.</param>
    /// <param name="toAgencyId">The receiving agency; required, and not <paramref name="by"/>'s own agency.</param>
    /// <param name="by">Who refers it; their agency becomes <see cref="FromAgencyId"/>.</param>
    /// <param name="note">An optional note for the receiver.</param>
    /// <param name="at">When; starts the receiver's decision period.</param>
    /// <param name="deadlines">The periods and calendar.</param>
    public static ReferralResult Create(
        Guid id,
        ComplaintReference complaint,
        string? merchantKey,
        string toAgencyId,
        ReferralActor by,
        string? note,
        DateTimeOffset at,
        ReferralDeadlines deadlines)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(deadlines);
        if (id == Guid.Empty)
        {
            return Refuse(ReferralErrorKind.InvalidField, "A referral needs an id other than the empty GUID.", nameof(id));
        }

        if (string.IsNullOrWhiteSpace(toAgencyId))
        {
            return Refuse(ReferralErrorKind.MissingField, "The receiving agency is required to create a referral.", nameof(toAgencyId));
        }

        var to = toAgencyId.Trim();
        if (string.Equals(to, by.AgencyId, StringComparison.Ordinal))
        {
            return Refuse(
                ReferralErrorKind.InvalidField,
                $"A referral must go to another agency: the receiving agency ({to}) is the referring agency.",
                nameof(toAgencyId));
        }

        if (!TryNormalizeNote(note, "note", out var trimmed, out var noteError))
        {
            return ReferralResult.Failure(noteError);
        }

        var created = new ReferralEvent(1, ReferralAction.Create, by, at, trimmed, null, ReferralState.Pending, deadlines.AcceptDueBy(at));
        var referral = new Referral(id, complaint, NormalizeKey(merchantKey), by.AgencyId, to, [created]);
        return ReferralResult.Success(referral, created);
    }

    /// <summary>
    /// Rebuilds a referral from its recorded history, checking that the history is one the rules could have produced.
    /// Deadlines are taken as recorded (they depended on the calendar and periods of their day).
    /// </summary>
    /// <exception cref="InvalidDataException">The history is inconsistent: corrupt or tampered data.</exception>
    public static Referral Rehydrate(
        Guid id,
        ComplaintReference complaint,
        string? merchantKey,
        string from,
        string to,
        IReadOnlyList<ReferralEvent> events)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(events);
        var where = $"Referral {id.ToString("D", CultureInfo.InvariantCulture)}";
        if (id == Guid.Empty)
        {
            throw new InvalidDataException($"{where}: the id is the empty GUID.");
        }

        if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to) || string.Equals(from, to, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{where}: the referring and receiving agencies must be given and differ.");
        }

        if (events.Count == 0)
        {
            throw new InvalidDataException($"{where}: the history has no events.");
        }

        var first = events[0];
        if (first is not { Sequence: 1, Action: ReferralAction.Create, StateAfter: ReferralState.Pending, Outcome: null, DueBy: not null })
        {
            throw new InvalidDataException($"{where}: event 1 must be a Create leaving the referral pending with a deadline.");
        }

        if (!string.Equals(first.Actor.AgencyId, from, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{where}: event 1 was made by agency {first.Actor.AgencyId}, not the referring agency {from}.");
        }

        if (!TryNormalizeNote(first.Note, "note", out _, out var firstNoteError))
        {
            throw new InvalidDataException($"{where}: event 1: {firstNoteError.Message}");
        }

        var referral = new Referral(id, complaint, NormalizeKey(merchantKey), from, to, [first]);
        for (var i = 1; i < events.Count; i++)
        {
            var recorded = events[i] ?? throw new InvalidDataException($"{where}: event {i + 1} is missing.");
            var at = $"{where}: event {i + 1} ({recorded.Action} by agency {recorded.Actor.AgencyId})";
            if (recorded.Sequence != i + 1)
            {
                throw new InvalidDataException($"{at} has sequence number {recorded.Sequence}.");
            }

            var check = referral.Check(recorded.Action, recorded.Actor, recorded.Note, recorded.Outcome, recorded.At);
            if (check.Error is not null)
            {
                throw new InvalidDataException($"{at}: {check.Error.Message}");
            }

            if (recorded.StateAfter != check.Next)
            {
                throw new InvalidDataException($"{at} records state {recorded.StateAfter}; the rules lead to {check.Next}.");
            }

            if (recorded.DueBy is null != (check.Next is not (ReferralState.Pending or ReferralState.Accepted)))
            {
                throw new InvalidDataException(recorded.DueBy is null
                    ? $"{at} records no deadline, but a referral left {ReferralRules.Adjective(check.Next)} has one."
                    : $"{at} records a deadline, but a referral left {ReferralRules.Adjective(check.Next)} has none.");
            }

            referral = referral.With(recorded);
        }

        return referral;
    }

    /// <summary>Whether the referral is open and <paramref name="today"/> (a China calendar day) is after <see cref="DueBy"/>.</summary>
    public bool IsOverdue(DateOnly today) => IsOpen && DueBy is { } due && today > due;

    /// <summary>Which side <paramref name="agencyId"/> is on; <see langword="null"/> when it is neither.</summary>
    public ReferralParty? PartyOf(string agencyId) =>
        string.Equals(agencyId, FromAgencyId, StringComparison.Ordinal) ? ReferralParty.Sender
        : string.Equals(agencyId, ToAgencyId, StringComparison.Ordinal) ? ReferralParty.Receiver
        : null;

    /// <summary>
    /// The actions <paramref name="agencyId"/> may take now (which buttons a page shows); empty for an agency that is
    /// not a party and for a final referral. Fields are not considered: an allowed action can still be refused for a
    /// missing reason.
    /// </summary>
    public IReadOnlySet<ReferralAction> AllowedActions(string agencyId)
    {
        var party = PartyOf(agencyId);
        if (party is null || !IsOpen)
        {
            return ReadOnlySet<ReferralAction>.Empty;
        }

        var allowed = s_actions.Where(a => ReferralRules.Find(State, a) is { } rule && rule.By == party).ToHashSet();
        return new ReadOnlySet<ReferralAction>(allowed);
    }

    /// <summary>The receiver accepts the referral and starts mediation; the conclusion period starts.</summary>
    public ReferralResult Accept(ReferralActor by, DateTimeOffset at, ReferralDeadlines deadlines)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        return Act(ReferralAction.Accept, by, null, null, at, deadlines);
    }

    /// <summary>The receiver declines the referral (final).</summary>
    /// <param name="by">Someone of the receiving agency.</param>
    /// <param name="reason">Why; required.</param>
    /// <param name="at">When.</param>
    public ReferralResult Decline(ReferralActor by, string reason, DateTimeOffset at) =>
        Act(ReferralAction.Decline, by, reason, null, at, null);

    /// <summary>The receiver sends the referral back to the sender; the clock stops until it is resubmitted.</summary>
    /// <param name="by">Someone of the receiving agency.</param>
    /// <param name="note">Which information is needed; required.</param>
    /// <param name="at">When.</param>
    public ReferralResult ReturnForInformation(ReferralActor by, string note, DateTimeOffset at) =>
        Act(ReferralAction.ReturnForInformation, by, note, null, at, null);

    /// <summary>The sender sends a returned referral again; the decision period restarts in full.</summary>
    public ReferralResult Resubmit(ReferralActor by, string? note, DateTimeOffset at, ReferralDeadlines deadlines)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        return Act(ReferralAction.Resubmit, by, note, null, at, deadlines);
    }

    /// <summary>The receiver ends mediation of an accepted referral with an outcome (final).</summary>
    public ReferralResult Resolve(ReferralActor by, ReferralOutcome outcome, string? note, DateTimeOffset at) =>
        Act(ReferralAction.Resolve, by, note, outcome, at, null);

    /// <summary>The sender takes back a pending or returned referral (final).</summary>
    /// <param name="by">Someone of the referring agency.</param>
    /// <param name="reason">Why; required.</param>
    /// <param name="at">When.</param>
    public ReferralResult Withdraw(ReferralActor by, string reason, DateTimeOffset at) =>
        Act(ReferralAction.Withdraw, by, reason, null, at, null);

    /// <summary>
    /// Applies a command as the matching method would (<see cref="ReferralCommand.Note"/> is the reason for
    /// <see cref="ReferralAction.Decline"/> and <see cref="ReferralAction.Withdraw"/>). A
    /// <see cref="ReferralAction.Create"/> command is refused: the referral already exists.
    /// </summary>
    public ReferralResult Apply(ReferralCommand command, DateTimeOffset at, ReferralDeadlines deadlines)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(deadlines);
        return Act(command.Action, command.By, command.Note, command.Outcome, at, deadlines);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"Referral {Id.ToString("D", CultureInfo.InvariantCulture)} {FromAgencyId} → {ToAgencyId}: {State} (version {Version})";

    private static ReferralResult Refuse(ReferralErrorKind kind, string message, string? field = null) =>
        ReferralResult.Failure(new ReferralError(kind, message, field));

    private static string? NormalizeKey(string? merchantKey) =>
        string.IsNullOrWhiteSpace(merchantKey) ? null : merchantKey.Trim();

    private static bool TryNormalizeNote(string? note, string field, out string? trimmed, [NotNullWhen(false)] out ReferralError? error)
    {
        trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        error = null;
        if (trimmed is { Length: > MaxNoteLength })
        {
            error = new ReferralError(
                ReferralErrorKind.InvalidField,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The {field} is {trimmed.Length:N0} characters long; at most {MaxNoteLength:N0} are allowed."),
                field);
            return false;
        }

        return true;
    }

    private ReferralResult Act(
        ReferralAction action,
        ReferralActor by,
        string? note,
        ReferralOutcome? outcome,
        DateTimeOffset at,
        ReferralDeadlines? deadlines)
    {
        ArgumentNullException.ThrowIfNull(by);
        var check = Check(action, by, note, outcome, at);
        if (check.Error is not null)
        {
            return ReferralResult.Failure(check.Error);
        }

        DateOnly? dueBy = check.Next switch
        {
            ReferralState.Pending => (deadlines ?? throw new ArgumentNullException(nameof(deadlines))).AcceptDueBy(at),
            ReferralState.Accepted => (deadlines ?? throw new ArgumentNullException(nameof(deadlines))).ConcludeDueBy(at),
            _ => null,
        };
        var recorded = new ReferralEvent(Version + 1, action, by, at, check.Note, outcome, check.Next, dueBy);
        return ReferralResult.Success(With(recorded), recorded);
    }

    /// <summary>
    /// Decides whether <paramref name="by"/> may take <paramref name="action"/> now with these values. The order of the
    /// checks sets which refusal wins: not a party, then an existing referral created again, then final state, then a
    /// transition nobody may take, then the other party's move, then the values.
    /// </summary>
    private (ReferralError? Error, ReferralState Next, string? Note) Check(
        ReferralAction action,
        ReferralActor by,
        string? note,
        ReferralOutcome? outcome,
        DateTimeOffset at)
    {
        // An agency outside the referral learns nothing else about it, not even its state.
        var party = PartyOf(by.AgencyId);
        if (party is null)
        {
            return Fail(
                ReferralErrorKind.NotAParty,
                $"Agency {by.AgencyId} is neither the referring agency nor the receiving agency of this referral.");
        }

        if (action == ReferralAction.Create)
        {
            return Fail(ReferralErrorKind.InvalidTransition, "This referral already exists: it cannot be created again.");
        }

        if (ReferralRules.IsTerminal(State))
        {
            return Fail(ReferralErrorKind.InvalidTransition, ReferralRules.RefusedOnFinal(State, action));
        }

        if (ReferralRules.Find(State, action) is not { } rule)
        {
            return Fail(ReferralErrorKind.InvalidTransition, ReferralRules.RefusedInState(State, action));
        }

        if (rule.By != party)
        {
            var agency = rule.By == ReferralParty.Receiver ? ToAgencyId : FromAgencyId;
            return Fail(ReferralErrorKind.NotYourTurn, ReferralRules.OnlyParty(rule.By, agency, action));
        }

        if (at < UpdatedAt)
        {
            return Fail(
                ReferralErrorKind.InvalidField,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The time of this action ({at:O}) is before the referral's last event ({UpdatedAt:O}); actions are recorded in time order."),
                nameof(at));
        }

        var noteField = ReferralRules.NoteField(action);
        if (!TryNormalizeNote(note, noteField, out var trimmed, out var noteError))
        {
            return (noteError, default, null);
        }

        if (trimmed is null && ReferralRules.RequiresNote(action))
        {
            return Fail(ReferralErrorKind.MissingField, ReferralRules.NoteMissing(action), noteField);
        }

        if (action == ReferralAction.Resolve)
        {
            if (outcome is null)
            {
                return Fail(ReferralErrorKind.MissingField, "An outcome is required to resolve a referral.", nameof(outcome));
            }

            if (!Enum.IsDefined(outcome.Value))
            {
                return Fail(ReferralErrorKind.InvalidField, $"{outcome.Value} is not a known referral outcome.", nameof(outcome));
            }
        }
        else if (outcome is not null)
        {
            return Fail(
                ReferralErrorKind.InvalidField,
                $"Only a resolution has an outcome: a referral cannot be {ReferralRules.Participle(action)} with one.",
                nameof(outcome));
        }

        return (null, rule.Next, trimmed);

        static (ReferralError? Error, ReferralState Next, string? Note) Fail(ReferralErrorKind kind, string message, string? field = null) =>
            (new ReferralError(kind, message, field), default, null);
    }

    private Referral With(ReferralEvent next) =>
        new(Id, Complaint, MerchantKey, FromAgencyId, ToAgencyId, _events.Add(next));
}
