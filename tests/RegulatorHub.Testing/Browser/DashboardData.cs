using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Hosting;
using RegulatorHub.Hosting.Seeding;

namespace RegulatorHub.Testing.Browser;

/// <summary>
/// Fills a dashboard data folder (embedded SQLite) with the deterministic synthetic dataset, through the same
/// <see cref="SyntheticSeeder"/> and feed path the dashboard uses on first start and <c>regulatorhub seed</c> runs.
/// </summary>
public static class DashboardData
{
    /// <summary>Seeds <paramref name="dataDirectory"/> unless it already holds a completed seeding.</summary>
    /// <param name="dataDirectory">The folder the dashboard is then started on (created if missing).</param>
    /// <param name="complaints">How many complaints to generate.</param>
    /// <param name="end">Last day of the dataset: fixed, so the data (and what a page shows) does not move with the clock.</param>
    /// <param name="randomSeed">Generator seed.</param>
    /// <param name="cancellationToken">Stops publishing.</param>
    public static async Task<SeedResult> SeedAsync(string dataDirectory, int complaints, DateOnly end, int randomSeed = 2315, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(dataDirectory);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Ingestion:RunWorker"] = "true",
            ["Seed:OnFirstStart"] = "false",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddRegulatorHubCore(builder.Configuration);
        builder.Services.AddRegulatorHubIngestion(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        try
        {
            var options = new SeedOptions { Complaints = complaints, RandomSeed = randomSeed, EndDate = end };
            return await host.Services.GetRequiredService<SyntheticSeeder>().SeedAsync(options, force: true, progress: null, cancellationToken);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
            // The dashboard process opens the same database next; let go of pooled connections.
            SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>A folder name for a dataset, so a cache of seeded folders can be keyed by what they hold.</summary>
    public static string Key(int complaints, DateOnly end, int randomSeed = 2315) =>
        string.Create(CultureInfo.InvariantCulture, $"n{complaints}-seed{randomSeed}-end{end:yyyyMMdd}");
}
