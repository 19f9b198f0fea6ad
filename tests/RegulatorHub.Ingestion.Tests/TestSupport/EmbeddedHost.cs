using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RegulatorHub.Application.Messaging;
using RegulatorHub.Feeds.V1;
using RegulatorHub.Hosting;
using RegulatorHub.Ingestion.Pipeline;

namespace RegulatorHub.Ingestion.Tests.TestSupport;

/// <summary>The embedded default (SQLite in a temp folder + in-process queue + worker), as the dashboard runs it.</summary>
internal sealed class EmbeddedHost : IAsyncDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly IHost _host;

    private EmbeddedHost(Action<IServiceCollection>? configure, int batchSize)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = _directory.Path,
            ["Seed:OnFirstStart"] = "false",
            ["Ingestion:BatchSize"] = batchSize.ToString(CultureInfo.InvariantCulture),
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        configure?.Invoke(builder.Services);
        builder.Services.AddRegulatorHubCore(builder.Configuration);
        builder.Services.AddRegulatorHubIngestion(builder.Configuration);
        _host = builder.Build();
    }

    public IServiceProvider Services => _host.Services;

    public string DataDirectory => _directory.Path;

    public static async Task<EmbeddedHost> StartAsync(Action<IServiceCollection>? configure = null, int batchSize = 500)
    {
        var host = new EmbeddedHost(configure, batchSize);
        await host._host.StartAsync();
        return host;
    }

    public ValueTask PublishAsync(FeedMessage message) => PublishAsync(FeedMessageSerializer.MessageIdFor(message.Source ?? "?", message.CaseId ?? "?"), FeedMessageSerializer.Serialize(message));

    public ValueTask PublishAsync(string messageId, byte[] body) =>
        Services.GetRequiredService<IFeedPublisher>().PublishAsync(new OutboundFeedMessage(messageId, body, FeedSchema.ContentType), CancellationToken.None);

    /// <summary>Waits until the worker has settled <paramref name="count"/> messages (or fails after a minute).</summary>
    public async Task WaitForSettledAsync(long count)
    {
        var counters = Services.GetRequiredService<IngestionCounters>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (counters.Snapshot().Settled < count)
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        _directory.Dispose();
    }
}
