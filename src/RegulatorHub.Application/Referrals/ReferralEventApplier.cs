using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Storage;
using RegulatorHub.Application.Validation;
using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Application.Referrals;

/// <summary>
/// Applies a referral event from another deployment to the local store: creates the referral when it is unknown and
/// replaces it when the incoming history extends the stored one. Idempotent: a re-delivered or older message changes
/// nothing.
/// </summary>
/// <remarks>
/// <para>Ignored: messages this deployment published (<c>Referrals:InstanceId</c>), and referrals neither of whose
/// agencies this deployment serves (<see cref="IAgencyLookup.Exists"/>).</para>
/// <para>Never dropped silently: a malformed message (not JSON, not of the schema, an impossible history) and a history
/// that does not extend the stored one (both deployments changed the referral at once) go to the quarantine with the
/// reason, the stored referral is kept, and a warning is logged. The stored referral is the one this deployment's
/// users acted on; an operator resolves the divergence from the quarantined copy.</para>
/// </remarks>
public sealed partial class ReferralEventApplier(
    IReferralStore store,
    IQuarantineStore quarantine,
    IAgencyLookup agencies,
    IOptions<ReferralOptions> options,
    TimeProvider time,
    ILogger<ReferralEventApplier> logger)
{
    // A concurrent local write between read and save is retried this often before the delivery is handed back.
    private const int MaxAttempts = 5;

    private readonly string _instanceId = options.Value.InstanceId
        ?? throw new InvalidOperationException($"{ReferralOptions.SectionName}:InstanceId has no value; the host sets a default from the data directory.");

    /// <summary>Applies the message <paramref name="body"/> received as <paramref name="messageId"/>.</summary>
    /// <returns>What was done; every outcome is durable when the task completes (the delivery may be settled).</returns>
    /// <exception cref="InvalidOperationException">The stored referral kept changing under this write (retry later).</exception>
    public async Task<ReferralApplyOutcome> ApplyAsync(string messageId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        ReferralEventMessage message;
        try
        {
            message = ReferralJson.DeserializeMessage(body);
        }
        catch (JsonException exception)
        {
            return await QuarantineAsync(messageId, body, null, QuarantineReason.Unparseable,
                new FieldError(JsonPath(exception), "json", "The body is not JSON."), cancellationToken);
        }
        catch (ReferralFormatException exception)
        {
            return await QuarantineAsync(messageId, body, null, QuarantineReason.Unparseable,
                new FieldError(exception.Path, "schema", exception.Message), cancellationToken);
        }
        catch (InvalidDataException exception)
        {
            return await QuarantineAsync(messageId, body, null, QuarantineReason.Invalid,
                new FieldError("$.referral.events", "history", exception.Message), cancellationToken);
        }

        if (message.OriginInstance == _instanceId)
        {
            return ReferralApplyOutcome.IgnoredOwn;
        }

        var incoming = message.Referral;
        var referral = incoming.Referral;
        if (!agencies.Exists(referral.FromAgencyId) && !agencies.Exists(referral.ToAgencyId))
        {
            return ReferralApplyOutcome.IgnoredNotServed;
        }

        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var local = await store.FindAsync(incoming.Id, cancellationToken);
            if (local is null)
            {
                var created = await store.CreateAsync(incoming, cancellationToken);
                if (created.Status == ReferralWriteStatus.Created)
                {
                    // Another deployment's change: it is not ours to publish again.
                    await store.MarkPublishedAsync(incoming.Id, incoming.Version, cancellationToken);
                    LogApplied(logger, incoming.Id, incoming.Version, message.OriginInstance, ReferralApplyOutcome.Created);
                    return ReferralApplyOutcome.Created;
                }

                continue;
            }

            if (!SameIdentity(local.Referral, referral))
            {
                return await DivergedAsync(messageId, body, message, local, "names other agencies, complaint or merchant than", cancellationToken);
            }

            if (incoming.Version <= local.Version)
            {
                return IsPrefix(referral.Events, local.Referral.Events)
                    ? ReferralApplyOutcome.IgnoredStale
                    : await DivergedAsync(messageId, body, message, local, "does not extend", cancellationToken);
            }

            if (!IsPrefix(local.Referral.Events, referral.Events))
            {
                return await DivergedAsync(messageId, body, message, local, "does not extend", cancellationToken);
            }

            var saved = await store.SaveAsync(incoming, local.Version, cancellationToken);
            if (saved.Status == ReferralWriteStatus.Saved)
            {
                await store.MarkPublishedAsync(incoming.Id, incoming.Version, cancellationToken);
                LogApplied(logger, incoming.Id, incoming.Version, message.OriginInstance, ReferralApplyOutcome.Updated);
                return ReferralApplyOutcome.Updated;
            }
        }

        throw new InvalidOperationException(string.Create(
            CultureInfo.InvariantCulture, $"Referral {incoming.Id:D} changed locally {MaxAttempts} times while version {incoming.Version} was being applied."));
    }

    private static bool SameIdentity(Referral local, Referral incoming) =>
        local.Complaint == incoming.Complaint
        && local.FromAgencyId == incoming.FromAgencyId
        && local.ToAgencyId == incoming.ToAgencyId
        && local.MerchantKey == incoming.MerchantKey;

    private static bool IsPrefix(IReadOnlyList<ReferralEvent> shorter, IReadOnlyList<ReferralEvent> longer)
    {
        if (shorter.Count > longer.Count)
        {
            return false;
        }

        for (var i = 0; i < shorter.Count; i++)
        {
            if (shorter[i] != longer[i])
            {
                return false;
            }
        }

        return true;
    }

    private async Task<ReferralApplyOutcome> DivergedAsync(
        string messageId, ReadOnlyMemory<byte> body, ReferralEventMessage message, StoredReferral local, string relation, CancellationToken cancellationToken)
    {
        var incoming = message.Referral;
        LogDiverged(logger, incoming.Id, incoming.Version, message.OriginInstance, local.Version);
        return await QuarantineAsync(
            messageId,
            body,
            incoming.Referral.Complaint,
            QuarantineReason.ReferralConflict,
            new FieldError(
                "$.referral.events",
                "history-diverged",
                string.Create(CultureInfo.InvariantCulture,
                    $"Version {incoming.Version} from instance {message.OriginInstance} {relation} the stored version {local.Version}; the stored referral was kept.")),
            cancellationToken);
    }

    private async Task<ReferralApplyOutcome> QuarantineAsync(
        string messageId, ReadOnlyMemory<byte> body, ComplaintReference? complaint, string reason, FieldError error, CancellationToken cancellationToken)
    {
        if (reason != QuarantineReason.ReferralConflict)
        {
            LogQuarantined(logger, messageId, reason, error.Field);
        }

        var entry = new QuarantineEntry(time.GetUtcNow(), messageId, complaint?.Source, complaint?.SourceCaseId, reason, [error], body.ToArray());
        await quarantine.AddAsync([entry], cancellationToken);
        return ReferralApplyOutcome.Quarantined;
    }

    private static string JsonPath(JsonException exception) =>
        string.IsNullOrEmpty(exception.Path) ? "$" : exception.Path;

    [LoggerMessage(Level = LogLevel.Information, Message = "Referral {ReferralId} version {Version} from instance {Origin}: {Outcome}.")]
    private static partial void LogApplied(ILogger logger, Guid referralId, int version, string origin, ReferralApplyOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Referral {ReferralId} version {Version} from instance {Origin} does not extend the stored version {StoredVersion}: kept the stored referral and quarantined the message.")]
    private static partial void LogDiverged(ILogger logger, Guid referralId, int version, string origin, int storedVersion);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Referral event {MessageId} quarantined ({Reason}) at {Field}.")]
    private static partial void LogQuarantined(ILogger logger, string messageId, string reason, string field);
}
