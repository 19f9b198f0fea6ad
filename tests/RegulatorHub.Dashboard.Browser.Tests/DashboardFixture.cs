using System.Globalization;
using Microsoft.Playwright;
using RegulatorHub.Testing.Browser;

namespace RegulatorHub.Dashboard.Browser.Tests;

/// <summary>
/// One seeded data folder, one dashboard process and one headless Chromium shared by every browser test; all three
/// are stopped and removed when the collection ends, also when tests failed. Each test gets a fresh browser context.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    /// <summary>Complaints seeded: enough for every widget to have data, small enough to seed in seconds.</summary>
    public const int Complaints = 20_000;

    /// <summary>Fixed last day of the data, so what the pages show does not depend on today's date.</summary>
    public static readonly DateOnly EndDate = new(2026, 6, 30);

    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("regulatorhub-browser-tests-");
    private DashboardServer? _server;
    private Chromium? _chromium;
    private string? _signedIn;

    /// <summary>The running dashboard.</summary>
    public DashboardServer Server => _server ?? throw new InvalidOperationException("The fixture is not started.");

    /// <summary>The browser.</summary>
    public Chromium Chromium => _chromium ?? throw new InvalidOperationException("The fixture is not started.");

    /// <summary>The cookies of a session signed in as <see cref="DashboardPage.DemoUser"/>, for a context a test makes itself.</summary>
    public string SignedInState => _signedIn ?? throw new InvalidOperationException("The fixture is not started.");

    /// <summary>Where screenshots go: <c>artifacts/test-results/screenshots</c>.</summary>
    public static string ScreenshotDirectory => TestResults.Subdirectory("screenshots");

    public async Task InitializeAsync()
    {
        try
        {
            await DashboardData.SeedAsync(_dataDirectory.FullName, Complaints, EndDate);
            _server = await DashboardServer.StartAsync(new DashboardServerOptions
            {
                AssemblyPath = DashboardServer.LocateAssembly(typeof(DashboardFixture).Assembly),
                DataDirectory = _dataDirectory.FullName,
                LogPath = Path.Combine(TestResults.Directory, "dashboard-browser-tests.log"),
            });
            _chromium = await Chromium.LaunchAsync();
            _signedIn = await SignInOnceAsync(_chromium, _server.BaseUrl);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (_chromium is not null)
            {
                await _chromium.DisposeAsync();
            }
        }
        finally
        {
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }

            if (_dataDirectory.Exists)
            {
                _dataDirectory.Delete(recursive: true);
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="test"/> on a new page in a fresh context, signed in as <see cref="DashboardPage.DemoUser"/>
    /// unless <paramref name="signedIn"/> is false, and saves a full-page screenshot afterwards: <c>{name}.png</c> when
    /// it passed, <c>{name}-failed.png</c> (with the widgets' states added to the error) when not.
    /// </summary>
    /// <param name="name">The test's name, used for the screenshot file.</param>
    /// <param name="test">The test body.</param>
    /// <param name="locale">The browser's language.</param>
    /// <param name="signedIn">Start with the session signed in once at fixture start; false for an anonymous browser.</param>
    public async Task RunAsync(string name, Func<IPage, Task> test, string locale = "zh-CN", bool signedIn = true)
    {
        var context = await Chromium.NewContextAsync(Server.BaseUrl, locale, signedIn ? _signedIn : null);
        try
        {
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(30_000);
            var errors = new List<string>();
            page.PageError += (_, message) => errors.Add(message);
            try
            {
                await test(page);
            }
            catch (Exception exception)
            {
                await ScreenshotAsync(page, name + "-failed");
                var state = await DashboardPage.DescribeAsync(page);
                var pageErrors = errors.Count == 0 ? string.Empty : $" Page errors: {string.Join(" | ", errors)}";
                throw new InvalidOperationException(
                    string.Create(CultureInfo.InvariantCulture, $"{exception.Message}{Environment.NewLine}Page {page.Url}: {state}.{pageErrors}{Environment.NewLine}Dashboard log tail:{Environment.NewLine}{Server.LogTail()}"),
                    exception);
            }

            await ScreenshotAsync(page, name);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    // Signs in once through the form; every test context starts from the saved cookies, so tests pay no sign-in.
    private static async Task<string> SignInOnceAsync(Chromium chromium, Uri baseUrl)
    {
        var context = await chromium.NewContextAsync(baseUrl);
        try
        {
            await DashboardPage.SignInAsync(await context.NewPageAsync());
            return await context.StorageStateAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
        }
        catch (PlaywrightException)
        {
            // A page that crashed cannot be photographed; the failure itself is reported.
        }
    }
}
