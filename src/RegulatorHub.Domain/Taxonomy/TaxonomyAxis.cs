namespace RegulatorHub.Domain.Taxonomy;

/// <summary>The two independent axes a complaint is classified on.</summary>
public enum TaxonomyAxis
{
    /// <summary>What the complaint is about: a kind of goods or service.</summary>
    Subject = 1,

    /// <summary>What went wrong: quality, contract, price, …</summary>
    Issue = 2,
}
