using System.Text;
using Amqp;
using Amqp.Framing;
using RegulatorHub.Application.Messaging;
using RegulatorHub.Messaging.Amqp;

namespace RegulatorHub.Messaging.Tests.Amqp;

/// <summary>The wire mapping of feed messages.</summary>
public sealed class AmqpFeedMessagesTests
{
    [Fact]
    public void ToAmqp_WritesDataBodyIdContentTypeCreationTimeDurable()
    {
        var createdAt = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);

        var message = Message.Decode(AmqpFeedMessages.ToAmqp(new OutboundFeedMessage("cfpb:1", "{}"u8.ToArray(), "application/json"), createdAt).Encode());

        Assert.Equal("{}"u8.ToArray(), Assert.IsType<Data>(message.BodySection).Binary);
        Assert.Equal("cfpb:1", AmqpFeedMessages.MessageIdOf(message));
        Assert.Equal("application/json", AmqpFeedMessages.ContentTypeOf(message));
        Assert.Equal(createdAt, AmqpFeedMessages.CreationTimeOf(message));
        Assert.True(message.Header.Durable);
    }

    [Fact]
    public void BodyOf_AmqpValueStringOrBinary_IsAccepted()
    {
        Assert.Equal("héllo"u8.ToArray(), AmqpFeedMessages.BodyOf(new Message("héllo")).ToArray());
        Assert.Equal(new byte[] { 1, 2 }, AmqpFeedMessages.BodyOf(new Message(new byte[] { 1, 2 })).ToArray());
    }

    [Fact]
    public void MessageIdOf_Missing_GivesASyntheticId()
    {
        var id = AmqpFeedMessages.MessageIdOf(new Message("x"));

        Assert.StartsWith(AmqpFeedMessages.SyntheticIdPrefix, id, StringComparison.Ordinal);
    }

    [Fact]
    public void ToDeadLetterCopy_KeepsIdBodyContentTypeAndCarriesTheReason()
    {
        var original = AmqpFeedMessages.ToAmqp(new OutboundFeedMessage("cfpb:2", Encoding.UTF8.GetBytes("{}"), "application/json"), DateTimeOffset.UnixEpoch.AddDays(1));
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var copy = Message.Decode(AmqpFeedMessages.ToDeadLetterCopy(original, "{}"u8.ToArray(), "invalid", "field x", at).Encode());

        Assert.Equal("cfpb:2", AmqpFeedMessages.MessageIdOf(copy));
        Assert.Equal("invalid", AmqpFeedMessages.ApplicationPropertyOf(copy, DeadLetterProperties.RabbitMqReason));
        Assert.Equal("field x", AmqpFeedMessages.ApplicationPropertyOf(copy, DeadLetterProperties.RabbitMqDescription));
        Assert.Equal(at, AmqpFeedMessages.TimestampPropertyOf(copy, DeadLetterProperties.RabbitMqDeadLetteredAt));
        Assert.Equal(AmqpFeedMessages.CreationTimeOf(original), AmqpFeedMessages.CreationTimeOf(copy));
    }
}
