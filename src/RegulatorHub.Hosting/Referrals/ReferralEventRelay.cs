using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Referrals;

namespace RegulatorHub.Hosting.Referrals;

/// <summary>
/// Publishes again the referral changes whose publication failed (the broker was down when they were made), at start
/// and every <c>Referrals:RepublishInterval</c>, so the other deployment hears of every change.
/// </summary>
public sealed partial class ReferralEventRelay(
    ReferralService service, IOptions<ReferralOptions> options, TimeProvider time, ILogger<ReferralEventRelay> logger) : BackgroundService
{
    private const int PageSize = 100;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RepublishInterval, time);
        try
        {
            do
            {
                await RepublishAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is left is published after the next start.
        }
    }

    private async Task RepublishAsync(CancellationToken stoppingToken)
    {
        try
        {
            int published, total = 0;
            do
            {
                published = await service.RepublishPendingAsync(PageSize, stoppingToken);
                total += published;
            }
            while (published == PageSize);

            if (total > 0)
            {
                LogRepublished(logger, total);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogRepublishFailed(logger, options.Value.RepublishInterval, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Count} referral changes whose publication had failed.")]
    private static partial void LogRepublished(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing pending referral changes failed; trying again in {Interval}.")]
    private static partial void LogRepublishFailed(ILogger logger, TimeSpan interval, Exception exception);
}
