namespace RegulatorHub.Domain.Merchants;

/// <summary>Which evidence a merchant key was built from, strongest first.</summary>
public enum MerchantKeyKind
{
    /// <summary>The unified social credit code (GB 32100-2015): one legal entity.</summary>
    CreditCode = 1,

    /// <summary>A platform and its shop id: one shop on one platform.</summary>
    PlatformShop = 2,

    /// <summary>A normalized name plus region: the weakest key, used when nothing better is given.</summary>
    NameAndRegion = 3,
}
