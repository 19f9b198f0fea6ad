using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RegulatorHub.Hosting;

namespace RegulatorHub.Cli;

/// <summary>
/// Builds the same services the dashboard uses, configured from environment variables (e.g.
/// <c>Storage__DataDirectory</c>) and the command's own options, so the CLI and the dashboard share one store.
/// </summary>
internal static class CliHost
{
    /// <summary>Builds a host; <paramref name="runWorker"/> adds the ingestion worker for commands that publish.</summary>
    /// <param name="dataDirectory">The embedded store's folder, when given on the command line.</param>
    /// <param name="runWorker">Whether the host runs the ingestion worker.</param>
    /// <param name="settings">Further settings from the command's options (they win over the environment).</param>
    public static IHost Build(string? dataDirectory, bool runWorker, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            DisableDefaults = false,
            ContentRootPath = AppContext.BaseDirectory,
        });

        var overrides = new Dictionary<string, string?>
        {
            ["Ingestion:RunWorker"] = runWorker ? "true" : "false",
            ["Seed:OnFirstStart"] = "false",
        };
        if (dataDirectory is not null)
        {
            overrides["Storage:DataDirectory"] = dataDirectory;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(overrides);

        // The console belongs to the command's own output; the host only reports warnings.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddRegulatorHubCore(builder.Configuration);
        builder.Services.AddRegulatorHubIngestion(builder.Configuration);
        return builder.Build();
    }
}
