namespace RegulatorHub.Domain.Regions;

/// <summary>Names one of the three free-text inputs of <see cref="RegionGazetteer.Resolve"/>.</summary>
public enum RegionInputField
{
    /// <summary>The province (or US state) input.</summary>
    Province,

    /// <summary>The city input.</summary>
    City,

    /// <summary>The county (district) input.</summary>
    County,
}
