namespace RegulatorHub.Dashboard.Charts;

/// <summary>One period of a trend figure: its value and where it is drawn.</summary>
/// <param name="Period">First day of the period.</param>
/// <param name="Value">Complaints counted (or forecast) for the period.</param>
/// <param name="X">Horizontal position in the figure's coordinates.</param>
/// <param name="Y">Vertical position in the figure's coordinates (0 at the top).</param>
public sealed record TrendFigurePoint(DateOnly Period, double Value, double X, double Y);
