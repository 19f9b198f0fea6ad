using System.Text;
using RegulatorHub.Application.Messaging;
using RegulatorHub.Messaging.Amqp;

namespace RegulatorHub.Messaging.Tests.Amqp;

/// <summary>What only the broker adapter has to survive: broker restarts and poison messages RabbitMQ does not count.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class AmqpResilienceTests(RabbitMqFixture rabbit) : IClassFixture<RabbitMqFixture>
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(25);

    [Fact]
    public async Task BrokerRestart_PublisherAndReceiverKeepWorking_NothingLost()
    {
        var queue = await rabbit.DeclareFreshQueueAsync("restart");
        await using var adapter = AmqpAdapter.Create(AmqpAdapter.OptionsFor(rabbit.Broker, queue));
        await PublishAsync(adapter.Publisher, "before", 5);
        var received = await ReceiveIdsAsync(adapter.Receiver, 5);
        Assert.True(adapter.Connection.IsConnected);

        // Published, not yet received: durable messages in a durable queue must survive the restart.
        await PublishAsync(adapter.Publisher, "waiting", 3);
        await rabbit.Broker.WaitForMessageCountAsync(queue, 3, s_timeout);
        await rabbit.Broker.RestartAsync();
        await PublishAsync(adapter.Publisher, "after", 5);
        received.UnionWith(await ReceiveIdsAsync(adapter.Receiver, 8));

        var expected = Ids("before", 5).Concat(Ids("waiting", 3)).Concat(Ids("after", 5));
        Assert.Superset(expected.ToHashSet(), received);
        Assert.Subset(expected.ToHashSet(), received);
        Assert.True(adapter.Metrics.Reconnects >= 1, $"reconnects: {adapter.Metrics.Reconnects}");
        Assert.True(adapter.Connection.IsConnected);
    }

    [Fact]
    public async Task Abandoned_MaxDeliveryCountTimes_IsDeadLetteredWithTheReason()
    {
        var queue = await rabbit.DeclareFreshQueueAsync("poison");
        var options = AmqpAdapter.OptionsFor(rabbit.Broker, queue);
        options.MaxDeliveryCount = 2;
        await using var adapter = AmqpAdapter.Create(options);
        await adapter.Publisher.PublishAsync(new OutboundFeedMessage("cfpb:poison", "{}"u8.ToArray(), "application/json"), CancellationToken.None);

        for (var expectedCount = 0; expectedCount < 2; expectedCount++)
        {
            using var timeout = new CancellationTokenSource(s_timeout);
            var delivery = Assert.Single(await adapter.Receiver.ReceiveAsync(1, timeout.Token));
            Assert.Equal(expectedCount, delivery.DeliveryCount);
            await delivery.AbandonAsync(CancellationToken.None);
        }

        // The third arrival is not handed out but dead-lettered; receiving therefore only times out.
        using (var quiet = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => adapter.Receiver.ReceiveAsync(1, quiet.Token).AsTask());
        }

        var deadLettered = Assert.Single(await adapter.DeadLetters.PeekAsync(10, CancellationToken.None));
        Assert.Equal("cfpb:poison", deadLettered.MessageId);
        Assert.Equal(DeadLetterProperties.MaxDeliveryCountExceeded, deadLettered.Reason);
        Assert.Contains("Messaging:Amqp:MaxDeliveryCount", deadLettered.Description, StringComparison.Ordinal);
        Assert.NotNull(deadLettered.DeadLetteredAt);
    }

    [Fact]
    public async Task Publish_ManyWithoutAwaitingEach_AllAccepted()
    {
        var queue = await rabbit.DeclareFreshQueueAsync("pipeline");
        var options = AmqpAdapter.OptionsFor(rabbit.Broker, queue);
        options.MaxInFlightSends = 50;
        await using var adapter = AmqpAdapter.Create(options);

        var sends = Ids("bulk", 500)
            .Select(id => adapter.Publisher.PublishAsync(new OutboundFeedMessage(id, Encoding.UTF8.GetBytes(id), "application/json"), CancellationToken.None).AsTask())
            .ToList();
        await Task.WhenAll(sends);

        await rabbit.Broker.WaitForMessageCountAsync(queue, 500, s_timeout);
        Assert.Equal(0, adapter.Publisher.InFlight);
    }

    [Fact]
    public async Task Health_ConnectedAfterFirstUse_ReportsTheLastLag()
    {
        var queue = await rabbit.DeclareFreshQueueAsync("health");
        await using var adapter = AmqpAdapter.Create(AmqpAdapter.OptionsFor(rabbit.Broker, queue));
        var check = new AmqpMessagingHealthCheck(adapter.Connection, adapter.Metrics, TimeProvider.System);
        var before = await check.CheckHealthAsync(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext());

        await PublishAsync(adapter.Publisher, "lag", 1);
        await ReceiveIdsAsync(adapter.Receiver, 1);
        var after = await check.CheckHealthAsync(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext());

        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded, before.Status);
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, after.Status);
        Assert.True(after.Data.ContainsKey("lastEndToEndLagMs"));
        Assert.DoesNotContain(after.Data.Values, value => value.ToString()!.Contains("guest", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Ids(string prefix, int count) => Enumerable.Range(0, count).Select(i => $"test:{prefix}-{i}");

    private static async Task PublishAsync(AmqpFeedPublisher publisher, string prefix, int count)
    {
        using var timeout = new CancellationTokenSource(s_timeout);
        foreach (var id in Ids(prefix, count))
        {
            await publisher.PublishAsync(new OutboundFeedMessage(id, Encoding.UTF8.GetBytes(id), "application/json"), timeout.Token);
        }
    }

    /// <summary>Receives and completes until <paramref name="distinct"/> different ids arrived (re-sends may duplicate).</summary>
    private static async Task<HashSet<string>> ReceiveIdsAsync(AmqpFeedReceiver receiver, int distinct)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var timeout = new CancellationTokenSource(s_timeout);
        while (ids.Count < distinct)
        {
            foreach (var delivery in await receiver.ReceiveAsync(distinct, timeout.Token))
            {
                ids.Add(delivery.MessageId);
                await delivery.CompleteAsync(CancellationToken.None);
            }
        }

        return ids;
    }
}
