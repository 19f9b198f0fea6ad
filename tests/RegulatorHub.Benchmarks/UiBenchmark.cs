using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using RegulatorHub.Testing;
using RegulatorHub.Testing.Browser;

namespace RegulatorHub.Benchmarks;

/// <summary>
/// <c>ui --complaints N [--changes C] [--loads L] [--end yyyy-MM-dd] [--seed S]</c>: the dashboard as a user sees it,
/// in headless Debian Chromium against the Release-built dashboard process over N seeded complaints, signed in as the
/// demo regulator before anything is timed. Measures the
/// time to first interactive (from navigation start to the first painted frame with an interactive circuit and every
/// widget ready, a fresh page each time) and the latency of C filter changes made through the filter bar (from the
/// input event to the first painted frame in which every widget shows data for the new filter), both on the browser's
/// clock (<see cref="UiPageClock"/>); the driver's view, with Playwright's round trips, is reported beside them. The seeded data folder is cached under the temp folder by count, seed and end date, and
/// keeps the analytics snapshot the dashboard saves on stop, so reruns start in seconds. Starts and stops its own
/// dashboard and browser.
/// </summary>
internal static class UiBenchmark
{
    // The overview's widgets.
    private static readonly string[] s_overviewWidgets = ["headline", "trend", "top-categories", "top-regions", "top-merchants", "hotspots"];

    // Filter changes cycle through these; clearing comes last, so the filter is never empty when it is cleared.
    private static readonly string[] s_cycle = ["category", "region", "channel", "clear"];

    public static async Task<int> RunAsync(BenchmarkArguments arguments)
    {
        var count = arguments.GetInt("complaints", 1_000_000);
        var changes = arguments.GetInt("changes", 40);
        var loads = arguments.GetInt("loads", 5);
        var seed = arguments.GetInt("seed", 2315);
        var endText = arguments.GetString("end", "2026-06-30");
        if (!DateOnly.TryParseExact(endText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            throw new ArgumentException($"--end must be a date written yyyy-MM-dd (was '{endText}').");
        }

        if (count < 1_000 || changes < 4 || loads < 1)
        {
            throw new ArgumentException("--complaints must be ≥ 1000, --changes ≥ 4, --loads ≥ 1.");
        }

        await Prerequisites.EnsureAsync(Prerequisites.Chromium);
        var cache = Path.Combine(Path.GetTempPath(), "regulatorhub-bench-ui", DashboardData.Key(count, end, seed));
        var dataDirectory = Path.Combine(cache, "data");
        Console.WriteLine($"Data folder {dataDirectory}: seeding {count:N0} complaints ending {end:yyyy-MM-dd} unless already seeded…");
        var clock = Stopwatch.StartNew();
        var seeded = await DashboardData.SeedAsync(dataDirectory, count, end, seed);
        Console.WriteLine(seeded.Skipped ? "  already seeded (cached)" : $"  seeded {seeded.Stored:N0} in {clock.Elapsed.TotalSeconds:F0} s");

        DashboardServer? server = null;
        Chromium? chromium = null;
        try
        {
            Console.WriteLine("Starting the dashboard (Release build) and waiting for its analytics store…");
            clock.Restart();
            server = await DashboardServer.StartAsync(new DashboardServerOptions
            {
                AssemblyPath = DashboardServer.LocateAssembly(typeof(UiBenchmark).Assembly),
                DataDirectory = dataDirectory,
                LogPath = Path.Combine(cache, "dashboard.log"),
                StartTimeout = TimeSpan.FromMinutes(15),
            });
            var startSeconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"  healthy after {startSeconds:F1} s at {server.BaseUrl} (log {Path.Combine(cache, "dashboard.log")})");

            chromium = await Chromium.LaunchAsync();
            var context = await chromium.NewContextAsync(server.BaseUrl);
            await UiPageClock.InstallAsync(context);
            try
            {
                // Signed in once, before any timing: the figures are the pages', not the sign-in's. It returns to a page
                // without widgets, so the first measured load of the overview is still the first.
                var signIn = await context.NewPageAsync();
                await DashboardPage.SignInAsync(signIn, returnUrl: "/exports");
                await signIn.CloseAsync();
                Console.WriteLine($"Signed in as {DashboardPage.DemoUser}.");

                Console.WriteLine($"Time to first interactive, {loads} loads of / (fresh page each)…");
                var (firstInteractive, driverLoads, widgets) = await MeasureLoadsAsync(context, loads);
                Console.WriteLine($"  in page {Join(firstInteractive)} ms; seen by the driver {Join(driverLoads)} ms");

                Console.WriteLine($"Filter changes through the filter bar ({changes})…");
                var (changeTimes, driverChanges, firstVisits, errors) = await MeasureChangesAsync(context, changes);
                var sortedFirstVisits = firstVisits.Order().ToList();
                var sortedLoads = firstInteractive.Order().ToList();
                var sortedChanges = changeTimes.Order().ToList();
                var sortedDriverChanges = driverChanges.Order().ToList();
                Console.WriteLine($"  in page p50 {Percentile(sortedChanges, 0.50):F0} ms, p95 {Percentile(sortedChanges, 0.95):F0} ms, max {sortedChanges[^1]:F0} ms");
                Console.WriteLine($"  seen by the driver p50 {Percentile(sortedDriverChanges, 0.50):F0} ms, p95 {Percentile(sortedDriverChanges, 0.95):F0} ms");

                var figures = new Dictionary<string, object>
                {
                    ["benchmark"] = "ui",
                    ["complaints"] = count,
                    ["end"] = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["dashboardStartSec"] = Math.Round(startSeconds, 1),
                    ["loads"] = loads,
                    ["firstInteractiveMsCold"] = Math.Round(firstInteractive[0]),
                    ["firstInteractiveMsP50"] = Math.Round(Percentile(sortedLoads, 0.50)),
                    ["firstInteractiveMsMax"] = Math.Round(sortedLoads[^1]),
                    ["filterChangeMsP50"] = Math.Round(Percentile(sortedChanges, 0.50)),
                    ["filterChangeMsP95"] = Math.Round(Percentile(sortedChanges, 0.95)),
                    ["filterChangeMsMax"] = Math.Round(sortedChanges[^1]),
                    ["firstVisitChanges"] = firstVisits.Count,
                    ["firstVisitChangeMsP50"] = Math.Round(Percentile(sortedFirstVisits, 0.50)),
                    ["firstVisitChangeMsP95"] = Math.Round(Percentile(sortedFirstVisits, 0.95)),
                    ["driverFirstInteractiveMsP50"] = Math.Round(Percentile(driverLoads.Order().ToList(), 0.50)),
                    ["driverFilterChangeMsP50"] = Math.Round(Percentile(sortedDriverChanges, 0.50)),
                    ["driverFilterChangeMsP95"] = Math.Round(Percentile(sortedDriverChanges, 0.95)),
                    ["changes"] = changes,
                    ["widgets"] = widgets,
                    ["widgetErrors"] = errors,
                };
                Console.WriteLine(JsonSerializer.Serialize(figures));
                return errors == 0 ? 0 : 1;
            }
            finally
            {
                await context.CloseAsync();
            }
        }
        finally
        {
            if (chromium is not null)
            {
                await chromium.DisposeAsync();
            }

            if (server is not null)
            {
                // A graceful stop saves the analytics snapshot into the cached folder for the next run.
                await server.DisposeAsync();
            }
        }
    }

    private static async Task<(List<double> Times, List<double> DriverTimes, int Widgets)> MeasureLoadsAsync(IBrowserContext context, int loads)
    {
        var times = new List<double>(loads);
        var driverTimes = new List<double>(loads);
        var widgets = 0;
        for (var i = 0; i < loads; i++)
        {
            var page = await context.NewPageAsync();
            try
            {
                var clock = Stopwatch.StartNew();
                await page.GotoAsync("/", new PageGotoOptions { Timeout = 120_000 });
                var shown = await DashboardPage.WaitForSettledAsync(page, requiredWidgets: s_overviewWidgets, timeout: TimeSpan.FromMinutes(2));
                driverTimes.Add(clock.Elapsed.TotalMilliseconds);
                times.Add(await UiPageClock.SinceNavigationAsync(page, shown.Filter));
                widgets = shown.Widgets.Count;
            }
            finally
            {
                await page.CloseAsync();
            }
        }

        return (times, driverTimes, widgets);
    }

    private static async Task<(List<double> Times, List<double> DriverTimes, List<double> FirstVisitTimes, int Errors)> MeasureChangesAsync(IBrowserContext context, int changes)
    {
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync("/", new PageGotoOptions { Timeout = 120_000 });
            var shown = await DashboardPage.WaitForSettledAsync(page, requiredWidgets: s_overviewWidgets, timeout: TimeSpan.FromMinutes(2));

            // The lists are filled once the circuit is interactive; wait until each has options beyond "all".
            foreach (var parameter in s_cycle.Where(p => p != "clear"))
            {
                await page.WaitForFunctionAsync(
                    "selector => document.querySelector(selector)?.options.length > 2",
                    $"select[data-testid=filter-{parameter}]");
            }

            var times = new List<double>(changes);
            var driverTimes = new List<double>(changes);
            var firstVisitTimes = new List<double>(changes);
            var visited = new HashSet<string>(StringComparer.Ordinal) { shown.Filter };
            var errors = 0;
            var turns = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < changes; i++)
            {
                var action = s_cycle[i % s_cycle.Length];
                var previous = shown.Filter;
                await UiPageClock.ResetAsync(page);
                Stopwatch clock;
                if (action == "clear")
                {
                    clock = Stopwatch.StartNew();
                    await page.ClickAsync("button[data-testid=filter-clear]");
                }
                else
                {
                    var select = page.Locator($"select[data-testid=filter-{action}]");
                    var index = await NextIndexAsync(select, turns.GetValueOrDefault(action));
                    turns[action] = turns.GetValueOrDefault(action) + 1;
                    clock = Stopwatch.StartNew();
                    await select.SelectOptionAsync(new SelectOptionValue { Index = index });
                }

                shown = await DashboardPage.WaitForSettledAsync(page, previousFilter: previous, requiredWidgets: s_overviewWidgets, timeout: TimeSpan.FromMinutes(1));
                driverTimes.Add(clock.Elapsed.TotalMilliseconds);
                times.Add(await UiPageClock.SinceInputAsync(page, shown.Filter));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {action,-8} {times[^1],6:F0} ms  {shown.Filter}"));

                // Widget answers are cached by filter and data watermark: a filter seen before (the cleared one) is
                // answered from the cache, so first visits are also reported on their own.
                if (visited.Add(shown.Filter))
                {
                    firstVisitTimes.Add(times[^1]);
                }
                errors += shown.Widgets.Count(w => w.State == "error");
            }

            return (times, driverTimes, firstVisitTimes, errors);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static string Join(IEnumerable<double> times) => string.Join(", ", times.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)));

    // Cycles through a list's options after "all" (index 0), skipping the one selected now so the filter changes.
    // Reads the list as it is now, since choosing a value outside the list adds it.
    private static async Task<int> NextIndexAsync(ILocator select, int turn)
    {
        var (length, selected) = await select.EvaluateAsync<int[]>("s => [s.options.length, s.selectedIndex]") switch
        {
            [var l, var s] => (l, s),
            _ => throw new InvalidOperationException("Unexpected answer for a select's options."),
        };
        var choices = length - 1;
        var index = 1 + (turn % choices);
        return index != selected ? index : choices > 1 ? 1 + ((turn + 1) % choices) : 0;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
