using RegulatorHub.Hosting;

// The ingestion worker host: pulls complaint feeds from the configured transport into the configured store.
// With the embedded in-process transport only this process can publish, so in embedded mode the worker runs
// inside the dashboard instead; this host is for brokered transports (Messaging:Provider).
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddRegulatorHubCore(builder.Configuration);
builder.Services.AddRegulatorHubIngestion(builder.Configuration);
builder.Services.AddRegulatorHubHealthChecks();

var host = builder.Build();
host.Run();
