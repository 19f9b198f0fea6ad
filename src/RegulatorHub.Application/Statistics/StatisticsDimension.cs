namespace RegulatorHub.Application.Statistics;

/// <summary>A dimension a statistics table can be broken down by or filtered on.</summary>
/// <remarks>
/// The API spells each value in lower case (<c>category</c>, <c>region</c>, …); that name is also the filter parameter
/// of the dimension. <see cref="Region"/> is the consumer's region at the definition's
/// <see cref="StatisticsDefinition.RegionLevel"/>.
/// </remarks>
public enum StatisticsDimension
{
    /// <summary>Taxonomy subject (what the complaint is about).</summary>
    Category = 1,

    /// <summary>Taxonomy issue nature (what went wrong).</summary>
    Issue = 2,

    /// <summary>The consumer's region at the definition's region level.</summary>
    Region = 3,

    /// <summary>The canonical merchant.</summary>
    Merchant = 4,

    /// <summary>The e-commerce platform.</summary>
    Platform = 5,

    /// <summary>The intake channel (a <c>ComplaintChannel</c> name).</summary>
    Channel = 6,

    /// <summary>The feed the complaint came from.</summary>
    Source = 7,
}
