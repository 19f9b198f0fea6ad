using System.Globalization;
using Amqp;
using Amqp.Framing;

namespace RegulatorHub.Messaging.Amqp;

/// <summary>
/// Service Bus claims-based security: a SAS token is "put" on the <c>$cbs</c> node with a request/response pair of
/// links before any entity link is attached, and again before it expires. Used only by the
/// <see cref="AmqpProfile.AzureServiceBus"/> profile with <see cref="ServiceBusAuthentication.SasToken"/>.
/// </summary>
internal static class CbsPutToken
{
    public const string NodeAddress = "$cbs";
    public const string Operation = "put-token";
    public const string TokenType = "servicebus.windows.net:sastoken";

    /// <summary>The put-token request: the token as an AmqpValue string, what it is for in application properties.</summary>
    public static Message CreateRequest(string token, string audience, DateTimeOffset expiresAt, string messageId, string replyTo)
    {
        var request = new Message(token)
        {
            Properties = new Properties { MessageId = messageId, ReplyTo = replyTo },
            ApplicationProperties = new ApplicationProperties(),
        };
        request.ApplicationProperties["operation"] = Operation;
        request.ApplicationProperties["type"] = TokenType;
        request.ApplicationProperties["name"] = audience;
        request.ApplicationProperties["expiration"] = expiresAt.UtcDateTime;
        return request;
    }

    /// <summary>Signs a token for <paramref name="endpoint"/>'s audience valid for <paramref name="lifetime"/> and puts it.</summary>
    /// <returns>When the token expires.</returns>
    /// <exception cref="UnauthorizedAccessException">Service Bus refused the token (status and description, never the token).</exception>
    public static async Task<DateTimeOffset> PutAsync(Session session, AmqpEndpoint endpoint, DateTimeOffset now, TimeSpan lifetime, TimeSpan timeout)
    {
        var expiresAt = now + lifetime;
        var token = SharedAccessSignature.CreateToken(endpoint.CbsAudience, endpoint.CbsKeyName!, endpoint.CbsKey!, expiresAt);
        var id = Guid.NewGuid().ToString("N");
        var replyTo = "cbs-reply-" + id;
        var sender = new SenderLink(session, "cbs-sender-" + id, NodeAddress);
        var receiver = new ReceiverLink(session, "cbs-receiver-" + id,
            new Attach { Source = new Source { Address = NodeAddress }, Target = new Target { Address = replyTo } }, null);
        try
        {
            await sender.SendAsync(CreateRequest(token, endpoint.CbsAudience, expiresAt, id, replyTo), timeout);
            var response = await receiver.ReceiveAsync(timeout)
                ?? throw new TimeoutException($"Service Bus did not answer the CBS put-token request within {timeout}.");
            receiver.Accept(response);
            var status = Convert.ToInt32(response.ApplicationProperties?["status-code"] ?? 0, CultureInfo.InvariantCulture);
            if (status is not (200 or 202))
            {
                var description = response.ApplicationProperties?["status-description"];
                throw new UnauthorizedAccessException(
                    $"Service Bus refused the SAS token for {endpoint.CbsAudience}: {status.ToString(CultureInfo.InvariantCulture)} {description}.");
            }

            return expiresAt;
        }
        finally
        {
            await sender.CloseAsync();
            await receiver.CloseAsync();
        }
    }
}
