using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Amqp;
using RegulatorHub.Messaging.Amqp;

namespace RegulatorHub.Messaging.Tests.Amqp;

/// <summary>Service Bus authentication pieces that cannot be exercised against Azure here: token, CBS request, connection string.</summary>
public sealed class ServiceBusAuthTests
{
    private const string Resource = "amqp://contoso.servicebus.windows.net/complaints";
    private const string KeyName = "RootManageSharedAccessKey";
    private const string Key = "c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seS0xMjM0NTY3ODk=";

    [Fact]
    public void CreateToken_MatchesTheDocumentedFormula()
    {
        var expiry = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

        var token = SharedAccessSignature.CreateToken(Resource, KeyName, Key, expiry);

        // Computed here from the documented recipe, independently of the production code:
        // sig = base64(HMAC-SHA256(key UTF-8, urlencode(resource) + "\n" + expiry)).
        var encodedResource = WebUtility.UrlEncode(Resource);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(Key));
        var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(encodedResource + "\n1700000000")));
        var expected = $"SharedAccessSignature sr={encodedResource}&sig={WebUtility.UrlEncode(signature)}&se=1700000000&skn={KeyName}";
        Assert.Equal(expected, token);
        Assert.DoesNotContain(Key, token, StringComparison.Ordinal);
    }

    [Fact]
    public void PutTokenRequest_HasTheCbsShape()
    {
        var expires = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);

        var request = CbsPutToken.CreateRequest("SharedAccessSignature sr=x", Resource, expires, "id-1", "cbs-reply-1");

        Assert.Equal("SharedAccessSignature sr=x", request.Body);
        Assert.Equal("id-1", request.Properties.MessageId);
        Assert.Equal("cbs-reply-1", request.Properties.ReplyTo);
        Assert.Equal("put-token", request.ApplicationProperties["operation"]);
        Assert.Equal("servicebus.windows.net:sastoken", request.ApplicationProperties["type"]);
        Assert.Equal(Resource, request.ApplicationProperties["name"]);
        Assert.Equal(expires.UtcDateTime, request.ApplicationProperties["expiration"]);
        Assert.Equal("$cbs", CbsPutToken.NodeAddress);

        // It must survive encoding as an AMQP message.
        var decoded = Message.Decode(request.Encode());
        Assert.Equal("put-token", decoded.ApplicationProperties["operation"]);
    }

    [Fact]
    public void ConnectionString_WithEntityPath_Parses()
    {
        var parsed = ServiceBusConnectionString.Parse(
            $"Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName={KeyName};SharedAccessKey={Key};EntityPath=complaints");

        Assert.Equal("contoso.servicebus.windows.net", parsed.Host);
        Assert.Equal(KeyName, parsed.SharedAccessKeyName);
        Assert.Equal(Key, parsed.SharedAccessKey);
        Assert.Equal("complaints", parsed.EntityPath);
        Assert.DoesNotContain(Key, parsed.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SharedAccessKeyName=a;SharedAccessKey=" + Key, "Endpoint")]
    [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKey=" + Key, "SharedAccessKeyName")]
    [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=a", "SharedAccessKey")]
    [InlineData("Endpoint=https://contoso/;SharedAccessKeyName=a;SharedAccessKey=" + Key, "Endpoint")]
    [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;garbage;SharedAccessKey=" + Key, "Part 2")]
    public void ConnectionString_Malformed_NamesThePartWithoutTheKey(string connectionString, string named)
    {
        Assert.False(ServiceBusConnectionString.TryParse(connectionString, out _, out var error));

        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Endpoint_ServiceBusSasToken_UsesTlsAnonymousSaslAndTheQueueAudience()
    {
        var endpoint = AmqpEndpoint.Resolve(new AmqpMessagingOptions
        {
            ConnectionString = $"Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName={KeyName};SharedAccessKey={Key};EntityPath=complaints",
        });

        Assert.Equal(5671, endpoint.Port);
        Assert.True(endpoint.UseTls);
        Assert.Null(endpoint.SaslUser);
        Assert.Equal(KeyName, endpoint.CbsKeyName);
        Assert.Equal(Resource, endpoint.CbsAudience);
        Assert.Equal("complaints/$deadletterqueue", endpoint.DeadLetterAddress);
    }
}
