namespace RegulatorHub.Dashboard.Charts;

/// <summary>The plotting area of a figure, inside the margins its axes' labels take.</summary>
/// <param name="Left">Left edge (where the count axis is).</param>
/// <param name="Right">Right edge.</param>
/// <param name="Top">Top edge.</param>
/// <param name="Bottom">Bottom edge (where the time axis is).</param>
public sealed record FigureArea(double Left, double Right, double Top, double Bottom);
