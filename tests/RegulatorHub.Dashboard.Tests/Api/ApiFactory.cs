using Microsoft.AspNetCore.Hosting;

namespace RegulatorHub.Dashboard.Tests.Api;

/// <summary>The dashboard without the synthetic seed (the API tests need accounts, not complaints).</summary>
public class ApiFactory : DashboardFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Seed:OnFirstStart", "false");
    }
}
