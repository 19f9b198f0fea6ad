using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Hosting;
using RegulatorHub.Hosting.Health;
using RegulatorHub.Hosting.Telemetry;

// The ingestion worker host: pulls complaint feeds from the configured transport into the configured store, and
// serves its health on /healthz (broker connection, store, lag) for the orchestrator's probes.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.AddRegulatorHubCore(builder.Configuration);
builder.Services.AddRegulatorHubIngestion(builder.Configuration);
builder.Services.AddRegulatorHubReferrals(builder.Configuration);
builder.Services.AddRegulatorHubHealthChecks();
builder.Services.AddRegulatorHubTelemetry(builder.Configuration, "regulatorhub-ingestion-worker");

// Drain in-flight batches on SIGTERM: a batch takes well under a second to store; allow for a slow store.
builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(30));

var app = builder.Build();
app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });

// The in-process queue can only be fed from inside this process, so a separate worker on it would wait forever;
// in embedded mode the dashboard runs the worker itself. Say so rather than idle silently.
var messaging = builder.Configuration[$"{MessagingOptions.SectionName}:Provider"] ?? MessagingOptions.InProcessProvider;
if (messaging == MessagingOptions.InProcessProvider)
{
    app.Logger.LogWarning(
        "Messaging:Provider is InProcess: nothing outside this process can publish to it. In embedded mode the dashboard runs the ingestion worker; run this host with a brokered transport.");
}

app.Run();
