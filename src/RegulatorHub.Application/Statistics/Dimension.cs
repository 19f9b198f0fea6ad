namespace RegulatorHub.Application.Statistics;

/// <summary>A dimension complaints can be counted by.</summary>
public enum Dimension
{
    /// <summary>Subject category (taxonomy axis 1).</summary>
    Category = 1,

    /// <summary>Issue nature (taxonomy axis 2).</summary>
    Issue = 2,

    /// <summary>The consumer's province (or US state).</summary>
    Province = 3,

    /// <summary>The consumer's most specific region.</summary>
    Region = 4,

    /// <summary>The canonical merchant.</summary>
    Merchant = 5,

    /// <summary>The e-commerce platform.</summary>
    Platform = 6,

    /// <summary>The intake channel.</summary>
    Channel = 7,

    /// <summary>The feed.</summary>
    Source = 8,
}
