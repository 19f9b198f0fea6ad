namespace RegulatorHub.Synthetic;

/// <summary>Kinds of number-like text in narratives that are not personal data, for measuring a scrubber's precision.</summary>
public enum LookAlikeKind
{
    /// <summary>A platform order number (12–22 characters of digits, sometimes with a dash).</summary>
    OrderNumber,

    /// <summary>A courier tracking number.</summary>
    TrackingNumber,

    /// <summary>An amount of money as written (1299元, ¥89.90, ￥1,299.00).</summary>
    Amount,

    /// <summary>A calendar date (2024年3月2日, 2024-03-02, 3月2日).</summary>
    Date,

    /// <summary>A time of day (15:20, 下午3点).</summary>
    Time,

    /// <summary>A company service number (400-xxx-xxxx, 95xxx) or the 12315 hotline itself.</summary>
    ServiceNumber,

    /// <summary>A product model number.</summary>
    ModelNumber,

    /// <summary>A merchant's unified social credit code (18 characters; identifies a business, not a person).</summary>
    CreditCode,
}
