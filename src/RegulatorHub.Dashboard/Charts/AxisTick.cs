namespace RegulatorHub.Dashboard.Charts;

/// <summary>A labelled mark on a chart axis.</summary>
/// <param name="Position">Where on the axis, in the figure's coordinates (x for the time axis, y for the count axis).</param>
/// <param name="Label">The text shown, already formatted for the reader's culture.</param>
public sealed record AxisTick(double Position, string Label);
