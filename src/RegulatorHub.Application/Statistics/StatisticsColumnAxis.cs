namespace RegulatorHub.Application.Statistics;

/// <summary>What the columns of a <see cref="StatisticsTable"/> are.</summary>
public enum StatisticsColumnAxis
{
    /// <summary>One column per period (a granularity is set); rows are the combinations of all dimensions.</summary>
    Periods = 1,

    /// <summary>One column per value of the last dimension (no granularity, two or more dimensions).</summary>
    LastDimension = 2,

    /// <summary>A single "Complaints" column (no granularity, at most one dimension); there is no separate total column.</summary>
    Complaints = 3,
}
