namespace RegulatorHub.Synthetic.Vocabulary;

/// <summary>A storefront category of the <c>platform-category</c> crosswalk, with what each platform sells under it.</summary>
/// <param name="Label">The crosswalk label, e.g. 数码家电.</param>
/// <param name="SubjectCode">The taxonomy subject the crosswalk maps it to.</param>
/// <param name="Products">Goods or services consumers name.</param>
/// <param name="ShopWords">Words for invented shop names.</param>
/// <param name="PlatformWeights">Relative volume on each platform, in <see cref="PlatformCatalog.Platforms"/> order.</param>
/// <param name="TrendPerYear">Log growth per year of the category's share.</param>
/// <param name="TypeBoosts">Complaint-type multipliers, <c>label:factor</c> pairs.</param>
internal sealed record PlatformLabel(
    string Label,
    string SubjectCode,
    string[] Products,
    string[] ShopWords,
    double[] PlatformWeights,
    double TrendPerYear,
    string TypeBoosts = "")
{
    /// <summary>Local services: shops are branches named after their district (…（西湖店）).</summary>
    public bool IsLocal { get; init; }
}
