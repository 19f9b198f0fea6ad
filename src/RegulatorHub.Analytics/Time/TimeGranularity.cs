namespace RegulatorHub.Analytics.Time;

/// <summary>Width of the periods a series is counted in.</summary>
public enum TimeGranularity
{
    /// <summary>Calendar days.</summary>
    Day = 1,

    /// <summary>ISO weeks, Monday to Sunday.</summary>
    Week = 2,

    /// <summary>Calendar months.</summary>
    Month = 3,
}
