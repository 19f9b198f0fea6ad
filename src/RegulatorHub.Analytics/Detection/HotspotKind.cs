namespace RegulatorHub.Analytics.Detection;

/// <summary>What sort of unusual activity an assessment found.</summary>
public enum HotspotKind
{
    /// <summary>Nothing unusual, or the series could not be assessed.</summary>
    None = 0,

    /// <summary>The current period alone is above its expected count.</summary>
    Spike = 1,

    /// <summary>A series with (almost) no history is suddenly active: a new merchant, issue or region.</summary>
    Emerging = 2,

    /// <summary>The total over the last few periods is above expectation with every one of them above expected: a sustained rise.</summary>
    Growing = 3,
}
