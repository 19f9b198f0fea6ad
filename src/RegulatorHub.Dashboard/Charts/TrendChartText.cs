namespace RegulatorHub.Dashboard.Charts;

/// <summary>The words a trend chart shows, already in the reader's language.</summary>
/// <param name="History">Legend name of the observed counts.</param>
/// <param name="Forecast">Legend name of the point forecast.</param>
/// <param name="Interval80">Legend name of the 80% band.</param>
/// <param name="Interval95">Legend name of the 95% band.</param>
/// <param name="Partial">Legend name of the period still under way.</param>
public sealed record TrendChartText(string History, string Forecast, string Interval80, string Interval95, string Partial);
