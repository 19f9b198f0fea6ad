using RegulatorHub.Application.Configuration;
using RegulatorHub.Hosting;

// The ingestion worker host: pulls complaint feeds from the configured transport into the configured store.
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddRegulatorHubCore(builder.Configuration);
builder.Services.AddRegulatorHubIngestion(builder.Configuration);
builder.Services.AddRegulatorHubHealthChecks();

var host = builder.Build();

// The in-process queue can only be fed from inside this process, so a separate worker on it would wait forever;
// in embedded mode the dashboard runs the worker itself. Say so rather than idle silently.
var messaging = builder.Configuration[$"{MessagingOptions.SectionName}:Provider"] ?? MessagingOptions.InProcessProvider;
if (messaging == MessagingOptions.InProcessProvider)
{
    host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("RegulatorHub.Ingestion.Worker").LogWarning(
        "Messaging:Provider is InProcess: nothing outside this process can publish to it. In embedded mode the dashboard runs the ingestion worker; run this host with a brokered transport.");
}

host.Run();
