using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Hotspots;
using RegulatorHub.Analytics.Queries;
using RegulatorHub.Analytics.Time;
using RegulatorHub.Application.Analytics;
using RegulatorHub.Dashboard.Filtering;

namespace RegulatorHub.Dashboard.Live;

/// <summary>
/// Once the analytics store is ready, reads the filter bar's choices (cached for every page after) and runs the
/// overview's queries and page once, so the first person to open the dashboard after a start does not wait for the
/// code to be compiled and the caches to fill. Failures only cost that first visitor time, so they are logged, not thrown.
/// </summary>
public sealed partial class DashboardWarmup(
    ComplaintAnalytics analytics, FilterChoiceProvider choices, IServer server, ILogger<DashboardWarmup> logger) : BackgroundService, IHealthCheck
{
    private volatile bool _finished;

    /// <summary>Degraded until the warm-up has run (or failed): pages answer, only the first views are slower.</summary>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_finished ? HealthCheckResult.Healthy("Warmed up.") : HealthCheckResult.Degraded("Warming up after start."));

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await analytics.WhenReady.WaitAsync(stoppingToken);
            var started = Stopwatch.GetTimestamp();
            await choices.GetAsync(stoppingToken);
            await RunOverviewQueriesAsync(stoppingToken);
            await RequestOverviewAsync(stoppingToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogWarmedUp(logger, elapsed.TotalMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping before the warm-up finished.
        }
        catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException or IOException)
        {
            LogWarmupFailed(logger, exception.GetType().Name);
        }
        finally
        {
            _finished = true;
        }
    }

    private async Task RunOverviewQueriesAsync(CancellationToken cancellationToken)
    {
        var scope = DashboardScope.For(DashboardFilter.None, FactFilter.All, analytics.Coverage());
        await Task.WhenAll(
            analytics.TopAsync(new TopQuery(FactDimension.Category, scope.From, scope.To, scope.Facts, 10), cancellationToken),
            analytics.RepeatComplainantsAsync(scope.InPeriod, cancellationToken),
            analytics.TrendAsync(new TrendQuery(scope.InPeriod, scope.Granularity, 13), cancellationToken),
            analytics.HotspotsAsync(new HotspotQuery([FactDimension.Category, FactDimension.Province], TimeGranularity.Week, scope.Facts, AsOf: scope.To, Top: 10), cancellationToken));
    }

    // The prerendered page compiles the components and loads the text resources.
    private async Task RequestOverviewAsync(CancellationToken cancellationToken)
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null || !Uri.TryCreate(address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal).Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal), UriKind.Absolute, out var baseAddress))
        {
            return;
        }

        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dashboard warmed up in {ElapsedMs:F0} ms")]
    private static partial void LogWarmedUp(ILogger logger, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dashboard warm-up failed ({ErrorType}); the first page view will be slower")]
    private static partial void LogWarmupFailed(ILogger logger, string errorType);
}
