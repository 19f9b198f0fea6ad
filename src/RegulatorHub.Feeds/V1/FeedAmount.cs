namespace RegulatorHub.Feeds.V1;

/// <summary>Amount in dispute in the currency's major unit.</summary>
public sealed class FeedAmount
{
    public decimal? Value { get; set; }

    /// <summary>ISO 4217 code; <c>CNY</c> when absent.</summary>
    public string? Currency { get; set; }
}
