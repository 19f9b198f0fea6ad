namespace RegulatorHub.Feeds.V1;

/// <summary>Identifiers of the feed contract's versions.</summary>
public static class FeedSchema
{
    /// <summary>The value of <c>schema</c> in every v1 message.</summary>
    public const string V1 = "regulatorhub.complaint-feed/v1";

    /// <summary>Content type senders put on the transport message.</summary>
    public const string ContentType = "application/vnd.regulatorhub.complaint-feed.v1+json";
}
