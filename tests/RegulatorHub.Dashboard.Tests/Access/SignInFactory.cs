using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Application.Access;

namespace RegulatorHub.Dashboard.Tests.Access;

/// <summary>The dashboard without seeded complaints (sign-in needs none), its sign-in events recorded.</summary>
public sealed class SignInFactory : DashboardFactory
{
    /// <summary>What the dashboard reported.</summary>
    public RecordingSignInEvents Events { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Seed:OnFirstStart", "false");
        builder.ConfigureTestServices(services => services.AddSingleton<ISignInEvents>(Events));
    }
}
