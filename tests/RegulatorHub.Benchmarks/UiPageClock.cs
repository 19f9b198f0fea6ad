using Microsoft.Playwright;

namespace RegulatorHub.Benchmarks;

/// <summary>
/// Times the dashboard inside the page, on the browser's own clock: from navigation start, or from the user's input
/// event (<c>event.timeStamp</c> of the change or click), to the first painted frame in which the circuit is
/// interactive and every widget shows data for the filter bar's filter, its Plotly charts drawn. The driver's view of
/// the same moments adds Playwright's round trips and polling; both are reported.
/// </summary>
/// <remarks>
/// A widget's <c>data-state</c> turns ready when its markup arrives; a Plotly chart in it is drawn afterwards, by a
/// JavaScript call that Plotly.Blazor does not await (and, on a page's first chart, only once plotly.js has loaded).
/// So the clock wraps <c>Plotly.newPlot</c> and <c>Plotly.react</c> and counts a chart as showing a widget's filter
/// once a draw finished while the widget showed that filter.
/// </remarks>
internal static class UiPageClock
{
    // Installed before any page script runs. A MutationObserver re-checks the settled condition on every DOM change
    // (Blazor applies a render batch synchronously, so no state is missed); the time taken is that of the next
    // animation frame, i.e. once the browser has painted the update.
    private const string InitScript = """
        (() => {
          const rh = window.__rh = { inputAt: null, settledAt: null, settledFilter: null };
          const note = e => { if (rh.inputAt === null) rh.inputAt = e.timeStamp; };
          document.addEventListener('change', note, true);
          document.addEventListener('click', note, true);
          let wasSettled = false;
          let lastFilter = null;
          // Each Plotly chart element -> the filter its widget showed when a draw of it last finished.
          const drawnFor = new WeakMap();
          const chartsOf = widget => widget.querySelectorAll('.trend-chart > div[id]');
          const wrap = plotly => {
            for (const name of ['newPlot', 'react']) {
              const draw = plotly[name];
              plotly[name] = function (target, ...rest) {
                const drawing = draw.call(this, target, ...rest);
                Promise.resolve(drawing).then(() => {
                  const element = typeof target === 'string' ? document.getElementById(target) : target;
                  const widget = element?.closest('[data-widget]');
                  if (widget) { drawnFor.set(element, widget.getAttribute('data-filter') ?? ''); check(); }
                });
                return drawing;
              };
            }
          };
          // plotly.js publishes itself with `window.Plotly = Plotly`: wrap it as it arrives.
          let plotly;
          Object.defineProperty(window, 'Plotly', { configurable: true, get: () => plotly, set: value => { plotly = value; if (value) wrap(value); } });
          const settled = () => {
            const circuit = document.querySelector('[data-testid=circuit]');
            if (!circuit || circuit.getAttribute('data-interactive') !== 'true') return null;
            const bar = document.querySelector('form[data-testid=filter-bar]');
            if (!bar) return null;
            const filter = bar.getAttribute('data-filter') ?? '';
            const widgets = [...document.querySelectorAll('[data-widget]')];
            if (widgets.length === 0) return null;
            for (const w of widgets) {
              const state = w.getAttribute('data-state') ?? '';
              if (state === 'loading' || state === '' || (w.getAttribute('data-filter') ?? '') !== filter) return null;
              for (const chart of chartsOf(w)) if (drawnFor.get(chart) !== filter) return null;
            }
            return filter;
          };
          const check = () => {
            const filter = settled();
            // A cached answer can land in the same render batch as the filter itself: settled for the old filter,
            // then settled for the new one, with no unsettled state between. A new filter counts as a new settle.
            if (filter !== null && (!wasSettled || filter !== lastFilter)) {
              requestAnimationFrame(() => { rh.settledAt = performance.now(); rh.settledFilter = filter; });
              lastFilter = filter;
            }
            wasSettled = filter !== null;
          };
          const start = () => new MutationObserver(check).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
          if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
        })();
        """;

    /// <summary>Installs the clock in every page of <paramref name="context"/>.</summary>
    public static Task InstallAsync(IBrowserContext context) => context.AddInitScriptAsync(InitScript);

    /// <summary>Forgets the last input and settle, before the next action.</summary>
    public static Task ResetAsync(IPage page) =>
        page.EvaluateAsync("() => { window.__rh.inputAt = null; window.__rh.settledAt = null; window.__rh.settledFilter = null; }");

    /// <summary>Milliseconds from navigation start to the first settled frame for <paramref name="filter"/>.</summary>
    public static async Task<double> SinceNavigationAsync(IPage page, string filter) =>
        (await WaitAsync(page, filter)).SettledAt;

    /// <summary>Milliseconds from the last input event to the settled frame for <paramref name="filter"/>.</summary>
    public static async Task<double> SinceInputAsync(IPage page, string filter)
    {
        var (inputAt, settledAt) = await WaitAsync(page, filter);
        return inputAt is { } input ? settledAt - input : throw new InvalidOperationException("The page saw no input event.");
    }

    private static async Task<(double? InputAt, double SettledAt)> WaitAsync(IPage page, string filter)
    {
        await page.WaitForFunctionAsync(
            "f => window.__rh.settledFilter === f && window.__rh.settledAt !== null", filter,
            new PageWaitForFunctionOptions { PollingInterval = 10, Timeout = 60_000 });
        var times = await page.EvaluateAsync<double?[]>("() => [window.__rh.inputAt, window.__rh.settledAt]");
        return (times[0], times[1]!.Value);
    }
}
