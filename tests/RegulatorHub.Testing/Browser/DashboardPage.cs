using System.Text.Json;
using Microsoft.Playwright;

namespace RegulatorHub.Testing.Browser;

/// <summary>
/// Waits on the dashboard's page contract: <c>[data-testid=circuit][data-interactive=true]</c> once the Blazor
/// circuit is interactive; <c>form[data-testid=filter-bar][data-filter]</c> the canonical filter applied; every
/// <c>[data-widget]</c> with <c>data-state</c> (loading, ready, empty, error) and <c>data-filter</c> (what its data was
/// computed for). A page is settled when it is interactive and every widget shows data for the bar's filter.
/// </summary>
public static class DashboardPage
{
    /// <summary>How long the waits here allow by default.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan AddressPollInterval = TimeSpan.FromMilliseconds(20);

    // The settled check, run in the page: returns the widgets when settled, else null (keep polling).
    // arg.previous: when not null, the bar's filter must differ from it (a change was applied).
    // arg.expected: when not null, the bar's filter must equal it.
    // arg.required: widget names that must be on the page (after a navigation, the old page's widgets may still be up).
    private const string SettledScript = """
        arg => {
          const circuit = document.querySelector('[data-testid=circuit]');
          if (!circuit || circuit.getAttribute('data-interactive') !== 'true') return null;
          const bar = document.querySelector('form[data-testid=filter-bar]');
          const filter = bar ? (bar.getAttribute('data-filter') ?? '') : null;
          if (arg.previous !== null && filter === arg.previous) return null;
          if (arg.expected !== null && filter !== arg.expected) return null;
          const widgets = [...document.querySelectorAll('[data-widget]')];
          if (widgets.length < arg.minWidgets) return null;
          const names = new Set(widgets.map(w => w.getAttribute('data-widget')));
          if (arg.required.some(n => !names.has(n))) return null;
          const seen = [];
          for (const w of widgets) {
            const state = w.getAttribute('data-state') ?? '';
            const shownFor = w.getAttribute('data-filter') ?? '';
            if (state === 'loading' || state === '') return null;
            if (filter !== null && shownFor !== filter) return null;
            seen.push({ name: w.getAttribute('data-widget'), state, filter: shownFor, total: w.getAttribute('data-total') });
          }
          return { filter: filter ?? '', url: location.href, widgets: seen };
        }
        """;

    /// <summary>The demo account the browser tests and the ui benchmark sign in as (a regulator of the Hangzhou bureau).</summary>
    public const string DemoUser = "hz.regulator";

    /// <summary>
    /// Signs in through the sign-in form (<c>/account/login</c>) and waits until the browser has left it, so the
    /// page's context holds the session cookie. A demo account's password is its user name followed by <c>-demo</c>.
    /// </summary>
    /// <param name="page">A page of the context to sign in.</param>
    /// <param name="userName">The account; <see cref="DemoUser"/> by default.</param>
    /// <param name="password">Its password; the demo password by default.</param>
    /// <param name="returnUrl">Where to go afterwards (a local path); the overview by default.</param>
    /// <exception cref="InvalidOperationException">The sign-in was refused; the message holds the page's error.</exception>
    public static async Task SignInAsync(IPage page, string userName = DemoUser, string? password = null, string? returnUrl = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(returnUrl is null ? "/account/login" : "/account/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.FillAsync("[data-testid=login-user]", userName);
        await page.FillAsync("[data-testid=login-password]", password ?? userName + "-demo");
        var answer = page.WaitForResponseAsync(r => r.Request.Method == "POST" && new Uri(r.Url).AbsolutePath == "/account/login");
        await page.ClickAsync("[data-testid=login-submit]");
        if ((await answer).Status != 302)
        {
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            var error = await page.Locator("[data-testid=login-error]").TextContentAsync(new LocatorTextContentOptions { Timeout = 5_000 });
            throw new InvalidOperationException($"Signing in as {userName} was refused: {error}");
        }

        await WaitForAddressAsync(page, url => !IsSignInPage(url), "an address other than the sign-in page");
    }

    /// <summary>
    /// Waits until the page's address satisfies <paramref name="matches"/> and the page has loaded.
    /// </summary>
    /// <remarks>
    /// Polling the address sees a Blazor <c>NavigateTo</c> (a same-document history change) whenever it lands, with no
    /// gap between reading the address and listening for navigations to depend on.
    /// </remarks>
    /// <param name="page">The page.</param>
    /// <param name="matches">The condition on the whole address.</param>
    /// <param name="expected">What is awaited, for the failure message.</param>
    /// <param name="timeout">Default <see cref="DefaultTimeout"/>.</param>
    /// <exception cref="TimeoutException">The address did not match in time; the message names both addresses.</exception>
    public static async Task WaitForAddressAsync(IPage page, Func<string, bool> matches, string expected, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(matches);
        var deadline = TimeProvider.System.GetTimestamp() + (long)((timeout ?? DefaultTimeout).TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (!matches(page.Url))
        {
            if (TimeProvider.System.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"The page stayed at {page.Url}; expected {expected}.");
            }

            await Task.Delay(AddressPollInterval);
        }

        await page.WaitForLoadStateAsync(LoadState.Load, new PageWaitForLoadStateOptions { Timeout = Milliseconds(timeout) });
    }

    /// <summary>True when <paramref name="url"/> is the sign-in page.</summary>
    public static bool IsSignInPage(string url) => new Uri(url).AbsolutePath == "/account/login";

    /// <summary>Waits until the Blazor Server circuit is interactive.</summary>
    public static Task WaitForInteractiveAsync(IPage page, TimeSpan? timeout = null) =>
        page.Locator("[data-testid=circuit][data-interactive=true]")
            .WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = Milliseconds(timeout) });

    /// <summary>
    /// Waits until the page is interactive and every widget is ready (not loading) for the filter bar's filter.
    /// </summary>
    /// <param name="page">The page.</param>
    /// <param name="previousFilter">When given, also waits for the bar's filter to differ from it (a change applied).</param>
    /// <param name="expectedFilter">When given, also waits for the bar's filter to be exactly this.</param>
    /// <param name="minWidgets">At least this many widgets must be on the page.</param>
    /// <param name="requiredWidgets">Widgets that must be on the page, which also tells a new page from the one before.</param>
    /// <param name="timeout">Default <see cref="DefaultTimeout"/>.</param>
    /// <exception cref="TimeoutException">Not settled in time; the message says what each widget showed.</exception>
    public static async Task<PageWidgets> WaitForSettledAsync(
        IPage page,
        string? previousFilter = null,
        string? expectedFilter = null,
        int minWidgets = 1,
        IReadOnlyCollection<string>? requiredWidgets = null,
        TimeSpan? timeout = null)
    {
        try
        {
            var handle = await page.WaitForFunctionAsync(
                SettledScript,
                new { previous = previousFilter, expected = expectedFilter, minWidgets, required = requiredWidgets ?? [] },
                new PageWaitForFunctionOptions { PollingInterval = 10, Timeout = Milliseconds(timeout) });
            // Playwright's own deserializer wants settable properties; System.Text.Json builds the records.
            var json = await handle.JsonValueAsync<JsonElement>();
            return json.Deserialize<PageWidgets>() ?? throw new InvalidOperationException("The page answered null.");
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException(
                $"The page {page.Url} did not settle (previous filter '{previousFilter}', expected '{expectedFilter}'): {await DescribeAsync(page)}",
                exception);
        }
    }

    /// <summary>The filter bar's applied filter (<c>data-filter</c>), or null when the page has no filter bar.</summary>
    public static Task<string?> FilterAsync(IPage page) =>
        page.EvaluateAsync<string?>("() => document.querySelector('form[data-testid=filter-bar]')?.getAttribute('data-filter') ?? null");

    /// <summary>A one-line account of the circuit, the bar's filter and each widget's state, for failure messages.</summary>
    public static async Task<string> DescribeAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<string>("""
                () => {
                  const c = document.querySelector('[data-testid=circuit]');
                  const bar = document.querySelector('form[data-testid=filter-bar]');
                  const parts = [`interactive=${c ? c.getAttribute('data-interactive') : '(no circuit element)'}`,
                                 `bar=${bar ? JSON.stringify(bar.getAttribute('data-filter')) : '(no filter bar)'}`];
                  for (const w of document.querySelectorAll('[data-widget]'))
                    parts.push(`${w.getAttribute('data-widget')}:${w.getAttribute('data-state')}@${JSON.stringify(w.getAttribute('data-filter'))}`);
                  return parts.join(' ');
                }
                """);
        }
        catch (PlaywrightException exception)
        {
            return $"(page not readable: {exception.Message})";
        }
    }

    private static float Milliseconds(TimeSpan? timeout) => (float)(timeout ?? DefaultTimeout).TotalMilliseconds;
}
