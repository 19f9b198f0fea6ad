using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Messaging;
using RegulatorHub.Application.Referrals;
using RegulatorHub.Application.Storage;
using RegulatorHub.Application.Validation;

namespace RegulatorHub.Hosting.Referrals;

/// <summary>
/// Applies other deployments' referral events to the local store (<see cref="ReferralEventApplier"/>), one delivery
/// at a time, settling each only once its outcome is durable: at-least-once, made harmless by the applier's
/// idempotency. Runs when <c>Referrals:ConsumeEvents</c> is true (the default).
/// </summary>
/// <remarks>
/// A delivery that fails for a transient reason (the store unavailable) is handed back and retried with backoff;
/// after <c>Referrals:MaxDeliveryCount</c> deliveries it is set aside in the quarantine with reason
/// <see cref="QuarantineReason.DeliveryLimit"/>, so one bad message cannot hold up the others.
/// </remarks>
public sealed partial class ReferralEventConsumer(
    IReferralEventReceiver receiver,
    ReferralEventApplier applier,
    IReferralStore store,
    IQuarantineStore quarantine,
    IOptions<ReferralOptions> options,
    TimeProvider time,
    ILogger<ReferralEventConsumer> logger) : BackgroundService
{
    private const int BatchSize = 32;
    private static readonly TimeSpan s_firstBackoff = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan s_maxBackoff = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await store.InitializeAsync(stoppingToken);
        var backoff = s_firstBackoff;
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<IFeedDelivery> deliveries;
            try
            {
                deliveries = await receiver.ReceiveAsync(BatchSize, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            for (var i = 0; i < deliveries.Count; i++)
            {
                if (await HandleAsync(deliveries[i]))
                {
                    backoff = s_firstBackoff;
                    continue;
                }

                try
                {
                    await Task.Delay(backoff, time, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    // Stopping: what this batch still holds goes back to the subscription for the next start.
                    foreach (var left in deliveries.Skip(i + 1))
                    {
                        await left.AbandonAsync(CancellationToken.None);
                    }

                    return;
                }

                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, s_maxBackoff.Ticks));
            }
        }
    }

    // Settlement and the store writes use no token: work taken from the subscription is finished even while stopping.
    private async Task<bool> HandleAsync(IFeedDelivery delivery)
    {
        try
        {
            await applier.ApplyAsync(delivery.MessageId, delivery.Body, CancellationToken.None);
            await delivery.CompleteAsync(CancellationToken.None);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogApplyFailed(logger, delivery.MessageId, delivery.DeliveryCount, exception);
            if (delivery.DeliveryCount + 1 >= options.Value.MaxDeliveryCount && await TryQuarantineAsync(delivery, exception))
            {
                await delivery.CompleteAsync(CancellationToken.None);
            }
            else
            {
                await delivery.AbandonAsync(CancellationToken.None);
            }

            return false;
        }
    }

    private async Task<bool> TryQuarantineAsync(IFeedDelivery delivery, Exception failure)
    {
        var limit = options.Value.MaxDeliveryCount;
        var entry = new QuarantineEntry(
            time.GetUtcNow(),
            delivery.MessageId,
            null,
            null,
            QuarantineReason.DeliveryLimit,
            [new FieldError("$", "delivery-limit", $"Not applied after {limit} deliveries; last failure: {failure.GetType().Name}.")],
            delivery.Body.ToArray());
        try
        {
            await quarantine.AddAsync([entry], CancellationToken.None);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The quarantine lives in the same store that just failed: hand the message back rather than lose it.
            LogQuarantineFailed(logger, delivery.MessageId, exception);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Applying referral event {MessageId} failed (delivery {DeliveryCount}); it is retried.")]
    private static partial void LogApplyFailed(ILogger logger, string messageId, int deliveryCount, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Setting referral event {MessageId} aside in the quarantine failed; it is handed back.")]
    private static partial void LogQuarantineFailed(ILogger logger, string messageId, Exception exception);
}
