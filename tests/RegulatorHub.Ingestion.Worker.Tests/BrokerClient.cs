using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RegulatorHub.Application.Messaging;
using RegulatorHub.Hosting;
using RegulatorHub.Hosting.Publishing;
using RegulatorHub.Testing.Brokers;

namespace RegulatorHub.Ingestion.Worker.Tests;

/// <summary>A sender's and an operator's view of the broker, through the same AMQP adapter the CLI uses.</summary>
internal sealed class BrokerClient : IDisposable
{
    private readonly IHost _host;

    public BrokerClient(RabbitMqBroker broker, string queue)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(BrokerSettings(broker, queue).ToDictionary(p => p.Key, p => (string?)p.Value));
        builder.Configuration["Ingestion:RunWorker"] = "false";
        builder.Configuration["Seed:OnFirstStart"] = "false";
        builder.Configuration["Storage:DataDirectory"] = Path.Combine(Path.GetTempPath(), "regulatorhub-broker-client-unused");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddRegulatorHubCore(builder.Configuration);
        _host = builder.Build();
    }

    public IDeadLetterQueue DeadLetters => _host.Services.GetRequiredService<IDeadLetterQueue>();

    /// <summary>The settings that point a RegulatorHub host at <paramref name="queue"/> on <paramref name="broker"/>.</summary>
    public static Dictionary<string, string> BrokerSettings(RabbitMqBroker broker, string queue) => new()
    {
        ["Messaging:Provider"] = "Amqp",
        ["Messaging:Amqp:Profile"] = "RabbitMq",
        ["Messaging:Amqp:ConnectionString"] = broker.AmqpUri,
        ["Messaging:Amqp:QueueName"] = queue,
    };

    /// <summary>Sends every message and returns once the broker accepted all of them.</summary>
    public Task<long> PublishAsync(IAsyncEnumerable<OutboundFeedMessage> messages) =>
        new FeedSender(_host.Services.GetRequiredService<IFeedPublisher>()).SendAsync(messages, ratePerSecond: null, progress: null, CancellationToken.None);

    public void Dispose() => _host.Dispose();
}
