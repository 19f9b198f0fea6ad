using Microsoft.Playwright;

namespace RegulatorHub.Testing.Browser;

/// <summary>
/// Headless Debian Chromium (<c>/usr/bin/chromium</c>, <c>apt-get install chromium</c>) driven by Playwright's own
/// node driver from the NuGet package. Playwright never downloads a browser here: the executable is always given.
/// Disposing closes the browser and the driver.
/// </summary>
/// <example>
/// <code>
/// await using var chromium = await Chromium.LaunchAsync();
/// var context = await chromium.NewContextAsync(server.BaseUrl);
/// var page = await context.NewPageAsync();
/// await page.GotoAsync("/");
/// </code>
/// </example>
public sealed class Chromium : IAsyncDisposable
{
    /// <summary>Where Debian's <c>chromium</c> package installs the browser.</summary>
    public const string DefaultExecutablePath = "/usr/bin/chromium";

    /// <summary>
    /// Command-line switches of every launch. The background-networking ones matter: without them Chromium keeps
    /// calling Google services, which on a closed network means a flood of failing connections.
    /// </summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--no-sandbox", // runs as root in containers, where the setuid sandbox is unavailable
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        Playwright = playwright;
        Browser = browser;
    }

    /// <summary>The Playwright driver.</summary>
    public IPlaywright Playwright { get; }

    /// <summary>The launched browser.</summary>
    public IBrowser Browser { get; }

    /// <summary>Starts the driver and launches headless Chromium.</summary>
    /// <param name="executablePath">The browser; Debian's by default.</param>
    /// <exception cref="InvalidOperationException">The browser is not installed.</exception>
    public static async Task<Chromium> LaunchAsync(string executablePath = DefaultExecutablePath)
    {
        if (!File.Exists(executablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {executablePath}: run `apt-get install -y --no-install-recommends chromium` (eng/test.sh does this). Playwright's own browser download is not used.");
        }

        // Belt and braces: nothing in this process may make the driver fetch a browser.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executablePath,
                Headless = true,
                Args = Arguments,
                Timeout = 60_000,
            });
            return new Chromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A fresh context (own cookies and cache) whose relative URLs resolve against <paramref name="baseUrl"/>.</summary>
    /// <param name="baseUrl">The dashboard's address.</param>
    /// <param name="locale">The browser's language (Accept-Language), e.g. <c>zh-CN</c>.</param>
    /// <param name="storageState">
    /// Cookies and storage to start with, as <c>IBrowserContext.StorageStateAsync</c> saved them (e.g. a signed-in
    /// session); <see langword="null"/> for none.
    /// </param>
    public Task<IBrowserContext> NewContextAsync(Uri baseUrl, string locale = "zh-CN", string? storageState = null) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
            StorageState = storageState,
        });

    /// <summary>Closes the browser and stops the driver.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await Browser.CloseAsync();
        }
        finally
        {
            Playwright.Dispose();
        }
    }
}
