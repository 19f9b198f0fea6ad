using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace RegulatorHub.Dashboard.Tests;

/// <summary>The dashboard on the embedded default in a fresh data folder, seeding a small synthetic dataset.</summary>
public class DashboardFactory : WebApplicationFactory<Program>
{
    public const int SeedComplaints = 3_000;

    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("regulatorhub-dashboard-");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataDirectory", _dataDirectory.FullName);
        builder.UseSetting("Seed:Complaints", SeedComplaints.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Seed:EndDate", "2026-06-30");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (_dataDirectory.Exists)
        {
            _dataDirectory.Delete(recursive: true);
        }
    }
}
