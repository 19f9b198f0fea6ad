namespace RegulatorHub.Analytics.Detection;

/// <summary>
/// The span of periods an expected count was estimated from, as indices into the series passed to the detector
/// (both bounds inclusive). Periods inside the span may be left out (Farrington uses only some of them).
/// </summary>
/// <param name="Start">First period index used, inclusive.</param>
/// <param name="End">Last period index used, inclusive.</param>
/// <param name="PeriodsUsed">How many periods of the span entered the estimate; 0 when there was no baseline.</param>
public readonly record struct BaselineWindow(int Start, int End, int PeriodsUsed)
{
    /// <summary>No baseline at all (the series had no usable history).</summary>
    public static BaselineWindow Empty => new(0, -1, 0);
}
