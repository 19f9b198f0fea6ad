using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using RegulatorHub.Application.Analytics;
using RegulatorHub.Dashboard.Components.Widgets;
using RegulatorHub.Dashboard.Filtering;
using RegulatorHub.Dashboard.Live;
using RegulatorHub.Dashboard.Localization;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Dashboard.Components.Pages;

/// <summary>
/// A page of widgets over the global filter. When the filter in the URL changes, the running queries are cancelled and
/// every widget reloads at once, each re-rendering as soon as its own answer arrives; new complaints refresh the page
/// quietly (no loading state) at most every few seconds. Nothing is queried while prerendering: the static first paint
/// shows loading cards, and the interactive circuit fills them.
/// </summary>
public abstract partial class DashboardPage : ComponentBase, IDisposable
{
    private CancellationTokenSource? _loads;
    private string? _loadedKey;
    private bool _subscribed;

    [Inject]
    public required ComplaintAnalytics Analytics { get; init; }

    [Inject]
    public required RegionGazetteer Gazetteer { get; init; }

    [Inject]
    public required IStringLocalizer<Strings> L { get; init; }

    [Inject]
    public required ILoggerFactory LoggerFactory { get; init; }

    [Inject]
    public required LiveUpdates Live { get; init; }

    [Inject]
    public required WidgetAnswerCache Answers { get; init; }

    /// <summary>The filter in the URL, from the layout.</summary>
    [CascadingParameter]
    public DashboardFilter Filter { get; set; } = DashboardFilter.None;

    /// <summary>The scope of the last load; <see langword="null"/> before the first.</summary>
    protected DashboardScope? Scope { get; private set; }

    /// <summary>Canonical filter string of the current URL, for widgets still loading it.</summary>
    protected string FilterKey => Filter.ToQueryString();

    /// <summary>Starts every widget's query for <paramref name="scope"/>; each task records its own outcome.</summary>
    protected abstract IEnumerable<Task> Load(DashboardScope scope, bool quiet, CancellationToken cancellationToken);

    /// <summary>Extra state that forces a reload when it changes, beyond the filter (a route value, a page switch).</summary>
    protected virtual string LoadKey => FilterKey;

    /// <summary>Runs one widget's query and re-renders when its answer is recorded.</summary>
    /// <remarks>
    /// Answers are shared through <see cref="WidgetAnswerCache"/> by page, widget, filter and data watermark: the same
    /// view opened again (by anyone) before new complaints arrive is not recomputed.
    /// </remarks>
    protected async Task Run<T>(
        WidgetData<T> widget, DashboardScope scope, Func<CancellationToken, Task<T>> load, Func<T, bool> isEmpty, bool quiet, CancellationToken cancellationToken,
        [CallerArgumentExpression(nameof(widget))] string widgetName = "")
        where T : class
    {
        ArgumentNullException.ThrowIfNull(widget);
        ArgumentNullException.ThrowIfNull(scope);
        var logger = LoggerFactory.CreateLogger(GetType());
        var started = Stopwatch.GetTimestamp();
        var key = $"{GetType().FullName}|{widgetName}|{LoadKey}|{scope.Coverage.Watermark}|{scope.From:yyyy-MM-dd}|{scope.To:yyyy-MM-dd}";
        if (await widget.LoadAsync(scope.Key, ct => Answers.GetOrComputeAsync(key, load, ct), isEmpty, logger, quiet, cancellationToken))
        {
            var loaded = Stopwatch.GetElapsedTime(started);
            await InvokeAsync(StateHasChanged);
            if (logger.IsEnabled(LogLevel.Debug))
            {
                var dataType = typeof(T).Name;
                var rendered = Stopwatch.GetElapsedTime(started);
                LogWidgetLoaded(logger, dataType, loaded.TotalMilliseconds, rendered.TotalMilliseconds);
            }
        }
    }

    /// <summary>Reloads every widget (after an action on the page that changes what they show).</summary>
    protected Task ReloadAsync(bool quiet = false)
    {
        _loadedKey = null;
        return LoadIfChangedAsync(quiet);
    }

    /// <inheritdoc />
    protected override Task OnParametersSetAsync() => LoadIfChangedAsync(quiet: false);

    /// <inheritdoc />
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive && !_subscribed)
        {
            _subscribed = true;
            Live.Changed += OnNewComplaints;
        }
    }

    private async Task LoadIfChangedAsync(bool quiet)
    {
        if (!RendererInfo.IsInteractive || LoadKey == _loadedKey)
        {
            return;
        }

        _loadedKey = LoadKey;
        if (_loads is not null)
        {
            await _loads.CancelAsync();
            _loads.Dispose();
        }

        _loads = new CancellationTokenSource();
        var cancellationToken = _loads.Token;
        try
        {
            // Until the analytics store has caught up after start, counts would be partial: the cards keep loading.
            await Analytics.WhenReady.WaitAsync(cancellationToken);
            Scope = DashboardScope.For(Filter, Filter.ToFactFilter(Gazetteer), Analytics.Coverage());
            await Task.WhenAll(Load(Scope, quiet, cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A newer filter took over.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Widget data {DataType} loaded in {QueryMs:F1} ms, rendered by {RenderedMs:F1} ms")]
    private static partial void LogWidgetLoaded(ILogger logger, string dataType, double queryMs, double renderedMs);

    private void OnNewComplaints() => _ = InvokeAsync(() => ReloadAsync(quiet: true));

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Cancels running queries and stops listening for new complaints.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Live.Changed -= OnNewComplaints;
            _loads?.Cancel();
            _loads?.Dispose();
        }
    }
}
