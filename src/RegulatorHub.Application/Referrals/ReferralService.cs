using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Calendar;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Application.Referrals;

/// <summary>
/// The referral use cases, the one place the dashboard, APIs and the bus go through: create a referral of a stored
/// complaint, act on one with optimistic concurrency, suggest where a complaint belongs, list, and measure an
/// agency's performance. Every change is stored, reported to the audit sink and published to the other deployments.
/// </summary>
/// <remarks>
/// <para>Expected failures (an unknown agency, a stale version, a refused action) are <see cref="ReferralOutcomeResult"/>s;
/// exceptions mean the store or a dependency failed.</para>
/// <para>Publication follows storage: a change is durable before anyone else hears of it. When publishing fails (the
/// broker is down), the change stays marked unpublished and <see cref="RepublishPendingAsync"/> sends it later.</para>
/// </remarks>
public sealed partial class ReferralService
{
    /// <summary>How long a change waits for the bus before it is left to the republisher.</summary>
    public static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);

    private readonly IReferralStore _store;
    private readonly IComplaintStore _complaints;
    private readonly IAgencyLookup _agencies;
    private readonly IJurisdictionLookup _jurisdictions;
    private readonly IReferralEventPublisher _publisher;
    private readonly IReferralAuditSink _audit;
    private readonly ReferralOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ReferralService> _logger;
    private readonly WorkingDayCalendar _calendar;

    /// <summary>Creates the service.</summary>
    /// <param name="store">The referral store.</param>
    /// <param name="complaints">The complaint store, where referred complaints are read.</param>
    /// <param name="agencies">The agency directory.</param>
    /// <param name="jurisdictions">Which agency covers a region.</param>
    /// <param name="publisher">The referral-events bus.</param>
    /// <param name="audit">Where actions are reported.</param>
    /// <param name="options">The <c>Referrals</c> options; <see cref="ReferralOptions.InstanceId"/> must be set.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="calendar">The working-day calendar; <see cref="WorkingDayCalendar.China"/> when <see langword="null"/>.</param>
    /// <exception cref="InvalidOperationException"><c>Referrals:InstanceId</c> has no value.</exception>
    public ReferralService(
        IReferralStore store,
        IComplaintStore complaints,
        IAgencyLookup agencies,
        IJurisdictionLookup jurisdictions,
        IReferralEventPublisher publisher,
        IReferralAuditSink audit,
        IOptions<ReferralOptions> options,
        TimeProvider time,
        ILogger<ReferralService> logger,
        WorkingDayCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _complaints = complaints;
        _agencies = agencies;
        _jurisdictions = jurisdictions;
        _publisher = publisher;
        _audit = audit;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _calendar = calendar ?? WorkingDayCalendar.China;
        InstanceId = _options.InstanceId
            ?? throw new InvalidOperationException($"{ReferralOptions.SectionName}:InstanceId has no value; the host sets a default from the data directory.");
    }

    /// <summary>This deployment's instance id on the bus.</summary>
    public string InstanceId { get; }

    /// <summary>The deadlines of referrals addressed to <paramref name="receivingAgencyId"/>.</summary>
    public ReferralDeadlines DeadlinesFor(string receivingAgencyId) => _options.DeadlinesFor(receivingAgencyId, _calendar);

    /// <summary>
    /// Refers the stored complaint <paramref name="complaint"/> to <paramref name="toAgencyId"/>. Refused, naming the
    /// field, when the target agency is unknown or the referring agency itself, the complaint is not stored, or the
    /// complaint already has an open referral to that agency (<see cref="ReferralOutcomeKind.Duplicate"/>).
    /// </summary>
    public async Task<ReferralOutcomeResult> CreateAsync(
        ReferralActor by, ComplaintReference complaint, string toAgencyId, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(complaint);
        var to = toAgencyId?.Trim();
        if (string.IsNullOrEmpty(to))
        {
            return Refused(ReferralErrorKind.MissingField, "The receiving agency is required to create a referral.", nameof(toAgencyId));
        }

        if (string.Equals(to, by.AgencyId, StringComparison.Ordinal))
        {
            return Refused(
                ReferralErrorKind.InvalidField,
                $"A referral must go to another agency: the receiving agency ({to}) is the referring agency.",
                nameof(toAgencyId));
        }

        if (!_agencies.Exists(to))
        {
            return Refused(ReferralErrorKind.InvalidField, $"Agency {to} is not in the agency directory: choose a known agency.", nameof(toAgencyId));
        }

        var found = await _complaints.FindAsync(complaint.Source, complaint.SourceCaseId, cancellationToken);
        if (found is null)
        {
            return ReferralOutcomeResult.Failure(
                ReferralOutcomeKind.NotFound,
                new ReferralError(ReferralErrorKind.InvalidField, $"Complaint {complaint} was not found.", nameof(complaint)));
        }

        var existing = (await _store.FindByComplaintAsync(complaint, cancellationToken))
            .FirstOrDefault(r => r.Referral.IsOpen && r.Referral.ToAgencyId == to);
        if (existing is not null)
        {
            return ReferralOutcomeResult.Failure(
                ReferralOutcomeKind.Duplicate,
                new ReferralError(
                    ReferralErrorKind.InvalidField,
                    string.Create(CultureInfo.InvariantCulture, $"Complaint {complaint} already has an open referral to {to} (referral {existing.Id:D}, {existing.Referral.State})."),
                    nameof(toAgencyId)),
                existing);
        }

        var now = _time.GetUtcNow();
        var created = Referral.Create(Guid.CreateVersion7(now), complaint, found.Merchant?.Key.Value, to, by, note, now, DeadlinesFor(to));
        if (!created.Succeeded)
        {
            return ReferralOutcomeResult.Failure(ReferralOutcomeKind.Refused, created.Error);
        }

        var stored = new StoredReferral(created.Referral, ReferralComplaintSnapshot.From(found), InstanceId);
        var write = await _store.CreateAsync(stored, cancellationToken);
        if (write.Status != ReferralWriteStatus.Created)
        {
            // A new version-7 GUID cannot be taken; if it is, the store is not what it claims to be.
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The store answered {write.Status} to the creation of new referral {stored.Id:D}."));
        }

        LogCreated(_logger, stored.Id, by.AgencyId, to);
        await CompleteChangeAsync(stored, created.Event, cancellationToken);
        return ReferralOutcomeResult.Success(stored, created.Event);
    }

    /// <summary>
    /// Takes <paramref name="command"/> on referral <paramref name="id"/>, which the caller read at
    /// <paramref name="expectedVersion"/>. When the referral changed since (here or by the other agency), nothing is
    /// written and the result is a <see cref="ReferralOutcomeKind.Conflict"/> with the current version, so the caller
    /// reloads, sees what changed and decides again; neither change is lost.
    /// </summary>
    public async Task<ReferralOutcomeResult> ActAsync(Guid id, int expectedVersion, ReferralCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var stored = await _store.FindAsync(id, cancellationToken);
        if (stored is null)
        {
            return NotFound(id);
        }

        // An agency outside the referral learns nothing about it, not even its version.
        if (stored.Referral.PartyOf(command.By.AgencyId) is null)
        {
            return Refused(
                ReferralErrorKind.NotAParty,
                $"Agency {command.By.AgencyId} is neither the referring agency nor the receiving agency of this referral.");
        }

        if (stored.Version != expectedVersion)
        {
            return Conflict(stored);
        }

        // Deployments' clocks differ a little; an action is never recorded before the event it follows.
        var now = _time.GetUtcNow();
        var at = now < stored.Referral.UpdatedAt ? stored.Referral.UpdatedAt : now;
        var applied = stored.Referral.Apply(command, at, DeadlinesFor(stored.Referral.ToAgencyId));
        if (!applied.Succeeded)
        {
            return ReferralOutcomeResult.Failure(ReferralOutcomeKind.Refused, applied.Error, stored);
        }

        var next = stored with { Referral = applied.Referral };
        var write = await _store.SaveAsync(next, expectedVersion, cancellationToken);
        switch (write.Status)
        {
            case ReferralWriteStatus.Saved:
                break;
            case ReferralWriteStatus.NotFound:
                return NotFound(id);
            default:
                var current = await _store.FindAsync(id, cancellationToken);
                return current is null ? NotFound(id) : Conflict(current);
        }

        LogActed(_logger, id, command.Action, command.By.AgencyId, next.Version);
        await CompleteChangeAsync(next, applied.Event, cancellationToken);
        return ReferralOutcomeResult.Success(next, applied.Event);
    }

    /// <summary>
    /// Suggests referring <paramref name="complaint"/> when its merchant's region falls under another agency than
    /// <paramref name="userAgencyId"/>: that agency and why. <see langword="null"/> when the merchant's region is
    /// unknown, no agency covers it, or the user's own agency does.
    /// </summary>
    public ReferralSuggestion? Suggest(Complaint complaint, string userAgencyId)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentException.ThrowIfNullOrWhiteSpace(userAgencyId);
        if (complaint.Merchant?.RegionCode is not { Length: > 0 } region
            || _jurisdictions.AgencyFor(region) is not { } agency
            || string.Equals(agency, userAgencyId, StringComparison.Ordinal))
        {
            return null;
        }

        var name = _agencies.NameOf(agency) ?? agency;
        return new ReferralSuggestion(
            agency,
            name,
            region,
            $"The merchant is located in region {region}, which is under the jurisdiction of {name} ({agency}) rather than {userAgencyId}: the regulator where the merchant operates handles the complaint.");
    }

    /// <summary>Referral <paramref name="id"/> when <paramref name="agencyId"/> is one of its parties; otherwise <see langword="null"/>.</summary>
    public async Task<StoredReferral?> FindAsync(Guid id, string agencyId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyId);
        var stored = await _store.FindAsync(id, cancellationToken);
        return stored?.Referral.PartyOf(agencyId) is null ? null : stored;
    }

    /// <summary>One page of an agency's inbox, outbox or both.</summary>
    public Task<ReferralPage> ListAsync(ReferralListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return _store.ListAsync(query, cancellationToken);
    }

    /// <summary>The other agencies holding open referrals on <paramref name="merchantKey"/> ("who else is looking").</summary>
    public async Task<IReadOnlyList<AgencyReferralCount>> WhoElseIsLookingAsync(string merchantKey, string agencyId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(merchantKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyId);
        var all = await _store.OpenByMerchantAsync(merchantKey, cancellationToken);
        return [.. all.Where(a => a.AgencyId != agencyId)];
    }

    /// <summary>Every referral of <paramref name="complaint"/>, oldest first (for the complaint page and complaint access).</summary>
    public Task<IReadOnlyList<StoredReferral>> ForComplaintAsync(ComplaintReference complaint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return _store.FindByComplaintAsync(complaint, cancellationToken);
    }

    /// <summary>How <paramref name="agencyId"/> handled referrals addressed to it from <paramref name="from"/> to <paramref name="to"/> (China days, inclusive).</summary>
    public async Task<ReferralPerformance> PerformanceAsync(string agencyId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyId);
        var since = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), ReferralDeadlines.UtcOffset);
        var referrals = await _store.ReceivedByAgencyAsync(agencyId, since, cancellationToken);
        var today = ReferralDeadlines.LocalDay(_time.GetUtcNow());
        return ReferralPerformance.Compute(agencyId, referrals, from, to, today, _calendar);
    }

    /// <summary>
    /// Publishes up to <paramref name="maxCount"/> changes whose publication failed before, oldest first, and marks
    /// them published. A failure propagates (the caller retries later); what was published before it stays marked.
    /// </summary>
    /// <returns>How many were published.</returns>
    public async Task<int> RepublishPendingAsync(int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        var pending = await _store.ListUnpublishedAsync(maxCount, cancellationToken);
        foreach (var referral in pending)
        {
            await _publisher.PublishAsync(new ReferralEventMessage(InstanceId, referral), cancellationToken);
            await _store.MarkPublishedAsync(referral.Id, referral.Version, cancellationToken);
        }

        return pending.Count;
    }

    private async Task CompleteChangeAsync(StoredReferral referral, ReferralEvent recorded, CancellationToken cancellationToken)
    {
        await PublishAsync(referral, cancellationToken);
        await _audit.RecordAsync(recorded.Actor, referral.Id, recorded.Action, cancellationToken);
    }

    private async Task PublishAsync(StoredReferral referral, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(PublishTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await _publisher.PublishAsync(new ReferralEventMessage(InstanceId, referral), linked.Token);
            await _store.MarkPublishedAsync(referral.Id, referral.Version, linked.Token);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The change is stored and still marked unpublished: RepublishPendingAsync sends it again, so the other
            // deployment hears of it late rather than never. The caller's action succeeded.
            LogPublishFailed(_logger, referral.Id, referral.Version, exception);
        }
    }

    private static ReferralOutcomeResult Refused(ReferralErrorKind kind, string message, string? field = null) =>
        ReferralOutcomeResult.Failure(ReferralOutcomeKind.Refused, new ReferralError(kind, message, field));

    private static ReferralOutcomeResult NotFound(Guid id) =>
        ReferralOutcomeResult.Failure(
            ReferralOutcomeKind.NotFound,
            new ReferralError(ReferralErrorKind.InvalidField, string.Create(CultureInfo.InvariantCulture, $"Referral {id:D} was not found."), "id"));

    private static ReferralOutcomeResult Conflict(StoredReferral current) =>
        ReferralOutcomeResult.Failure(
            ReferralOutcomeKind.Conflict,
            new ReferralError(
                ReferralErrorKind.InvalidField,
                string.Create(CultureInfo.InvariantCulture, $"This referral changed since you opened it (now version {current.Version}): reload to see what changed."),
                "expectedVersion"),
            current,
            current.Version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Referral {ReferralId} created by agency {From} to agency {To}.")]
    private static partial void LogCreated(ILogger logger, Guid referralId, string from, string to);

    [LoggerMessage(Level = LogLevel.Information, Message = "Referral {ReferralId}: {Action} by agency {AgencyId}, now version {Version}.")]
    private static partial void LogActed(ILogger logger, Guid referralId, ReferralAction action, string agencyId, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing referral {ReferralId} version {Version} failed; it is published again later.")]
    private static partial void LogPublishFailed(ILogger logger, Guid referralId, int version, Exception exception);
}
