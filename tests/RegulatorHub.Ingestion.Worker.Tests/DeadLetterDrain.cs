using Amqp;
using Amqp.Framing;
using RegulatorHub.Messaging.Amqp;
using RegulatorHub.Testing.Brokers;

namespace RegulatorHub.Ingestion.Worker.Tests;

/// <summary>
/// Takes every message off a RabbitMQ dead-letter queue with a plain AMQP receiver, independently of the adapter
/// under test, and returns each one's message id and the reason it carries.
/// </summary>
internal static class DeadLetterDrain
{
    public static async Task<List<(string MessageId, string? Reason, string? Description)>> DrainAsync(RabbitMqBroker broker, string queue, int expected)
    {
        var connection = await Connection.Factory.CreateAsync(new Address(broker.AmqpUri));
        try
        {
            var session = new Session(connection);
            var receiver = new ReceiverLink(session, "test-dlq-drain", "/amq/queue/" + RabbitMqBroker.DeadLetterQueueOf(queue));
            receiver.SetCredit(500, autoRestore: true);
            var drained = new List<(string, string?, string?)>();
            while (drained.Count < expected)
            {
                var message = await receiver.ReceiveAsync(TimeSpan.FromSeconds(30))
                    ?? throw new TimeoutException($"Only {drained.Count} of {expected} dead letters arrived.");
                receiver.Accept(message);
                var properties = message.ApplicationProperties?.Map;
                drained.Add((
                    message.Properties?.MessageId ?? "(none)",
                    properties?[DeadLetterProperties.RabbitMqReason] as string,
                    properties?[DeadLetterProperties.RabbitMqDescription] as string));
            }

            // Anything beyond the expected count (a duplicate copy) arrives well within this wait.
            if (await receiver.ReceiveAsync(TimeSpan.FromSeconds(2)) is { } extra)
            {
                receiver.Accept(extra);
                drained.Add((extra.Properties?.MessageId ?? "(none)", null, null));
            }

            await receiver.CloseAsync();
            await session.CloseAsync();
            return drained;
        }
        finally
        {
            await connection.CloseAsync();
        }
    }
}
