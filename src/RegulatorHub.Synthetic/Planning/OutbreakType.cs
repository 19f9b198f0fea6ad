namespace RegulatorHub.Synthetic.Planning;

/// <summary>The kinds of outbreak the planner injects; each mirrors a pattern regulators see in real complaint data.</summary>
internal enum OutbreakType
{
    /// <summary>One platform shop draws a burst of counterfeit, misdescription, delivery or refund complaints.</summary>
    PlatformShop,

    /// <summary>A product defect: one shop (with a credit code) draws quality or safety complaints.</summary>
    ProductDefect,

    /// <summary>A subscription service starts renewing without consent.</summary>
    AutoRenewal,

    /// <summary>A gym, school or salon closes with customers' prepaid balances (跑路): one county, one merchant.</summary>
    PrepaidCollapse,

    /// <summary>A food-safety incident: food safety complaints in one county.</summary>
    FoodSafety,

    /// <summary>A provincial telecom billing error: price complaints about telecom in one province.</summary>
    TelecomProvince,
}
