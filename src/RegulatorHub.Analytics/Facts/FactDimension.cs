namespace RegulatorHub.Analytics.Facts;

/// <summary>A dimension complaint facts can be counted by or filtered on.</summary>
/// <remarks>
/// Province, City and County are the consumer's region at each level of the hierarchy; a US state counts as a
/// province. Keys are region codes (<c>330000</c>, <c>330100</c>, <c>330106</c>, <c>US-CA</c>).
/// </remarks>
public enum FactDimension
{
    /// <summary>Taxonomy subject (what the complaint is about).</summary>
    Category = 1,

    /// <summary>Taxonomy issue nature (what went wrong).</summary>
    Issue = 2,

    /// <summary>Consumer's province (or US state).</summary>
    Province = 3,

    /// <summary>Consumer's prefecture-level city.</summary>
    City = 4,

    /// <summary>Consumer's county-level region.</summary>
    County = 5,

    /// <summary>Merchant key.</summary>
    Merchant = 6,

    /// <summary>E-commerce platform.</summary>
    Platform = 7,

    /// <summary>Channel the complaint came through (the <c>ComplaintChannel</c> name).</summary>
    Channel = 8,

    /// <summary>Feed source id.</summary>
    Source = 9,
}
