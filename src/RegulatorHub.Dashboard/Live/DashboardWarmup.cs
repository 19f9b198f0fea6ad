using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RegulatorHub.Application.Analytics;
using RegulatorHub.Dashboard.Components.Pages;
using RegulatorHub.Dashboard.Filtering;
using RegulatorHub.Dashboard.Localization;

namespace RegulatorHub.Dashboard.Live;

/// <summary>
/// Once the analytics store is ready, reads the filter bar's choices (cached for every page after) and renders the
/// overview once in-process (<see cref="WarmupRenderer"/>), in the default language and with its data, so the first
/// person to open the dashboard after a start does not wait for the code to be compiled and the answers to be computed.
/// Failures only cost that first visitor time, so they are logged, not thrown.
/// </summary>
/// <remarks>
/// A request for the page would not do: it needs a signed-in user, and a prerendered page loads no data; the widgets,
/// their queries and the chart's interop run only in an interactive render.
/// </remarks>
public sealed partial class DashboardWarmup(
    ComplaintAnalytics analytics, FilterChoiceProvider choices, IServiceScopeFactory scopes, ILoggerFactory loggerFactory, ILogger<DashboardWarmup> logger)
    : BackgroundService, IHealthCheck
{
    private volatile bool _finished;
    private int _renderErrors;

    /// <summary>Exceptions the overview's components raised during the warm-up render (0 when it went as a visit would).</summary>
    public int RenderErrors => Volatile.Read(ref _renderErrors);

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
            await RenderOverviewAsync();
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogWarmedUp(logger, elapsed.TotalMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping before the warm-up finished.
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or ArgumentException)
        {
            LogWarmupFailed(logger, exception.GetType().Name);
        }
        finally
        {
            _finished = true;
        }
    }

    private async Task RenderOverviewAsync()
    {
        // The culture flows into the render as it does into a request: most visitors see the default language.
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(DashboardCultures.Chinese);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await using var renderer = new WarmupRenderer(new WarmupServices(scope.ServiceProvider), loggerFactory);
            await renderer.RenderAsync<Home>();
            Volatile.Write(ref _renderErrors, renderer.Errors);
            if (renderer.Errors > 0)
            {
                LogRenderErrors(logger, renderer.Errors);
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dashboard warmed up in {ElapsedMs:F0} ms")]
    private static partial void LogWarmedUp(ILogger logger, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The warm-up render of the overview raised {Errors} errors; the first page view may be slower")]
    private static partial void LogRenderErrors(ILogger logger, int errors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dashboard warm-up failed ({ErrorType}); the first page view will be slower")]
    private static partial void LogWarmupFailed(ILogger logger, string errorType);
}
