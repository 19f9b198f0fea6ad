namespace RegulatorHub.Testing.Browser;

/// <summary>What <see cref="DashboardServer.StartAsync"/> runs and how.</summary>
public sealed class DashboardServerOptions
{
    /// <summary>The built <c>RegulatorHub.Dashboard.dll</c>; see <see cref="DashboardServer.LocateAssembly"/>.</summary>
    public required string AssemblyPath { get; init; }

    /// <summary>The embedded store's folder (<c>Storage:DataDirectory</c>), usually seeded beforehand.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>File receiving the dashboard's console output (created, appended to).</summary>
    public required string LogPath { get; init; }

    /// <summary>
    /// Further settings as configuration keys (<c>Analytics:SaveInterval</c>); passed as environment variables
    /// (<c>Analytics__SaveInterval</c>). <c>Seed:OnFirstStart</c> is <c>false</c> unless given here.
    /// </summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// <c>ASPNETCORE_ENVIRONMENT</c> of the dashboard. Development by default: a build output (not a publish) serves
    /// its static web assets (<c>_framework/blazor.web.js</c>, <c>app.css</c>) only in Development.
    /// </summary>
    public string Environment { get; init; } = "Development";

    /// <summary>How long to wait for <c>/healthz</c> to report healthy (analytics store caught up).</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromMinutes(2);
}
