namespace RegulatorHub.Analytics.Forecasting;

/// <summary>
/// Forecast of one count series for periods 1..<see cref="Horizon"/> after its history, with 80% and 95% prediction
/// intervals, the model used for the series and how it did when backtested on the series itself.
/// All arrays have length <see cref="Horizon"/>; element <c>i</c> is the period <c>i + 1</c> steps after the last
/// observed one. Counts cannot be negative, so points and lower bounds are clamped at 0.
/// </summary>
public sealed record SeriesForecast
{
    /// <summary>How many periods ahead are forecast (≥ 1).</summary>
    public required int Horizon { get; init; }

    /// <summary>Point forecasts (the mean of the forecast distribution, clamped at 0).</summary>
    public required IReadOnlyList<double> Point { get; init; }

    /// <summary>Lower bound of the 80% prediction interval (≥ 0).</summary>
    public required IReadOnlyList<double> Lower80 { get; init; }

    /// <summary>Upper bound of the 80% prediction interval.</summary>
    public required IReadOnlyList<double> Upper80 { get; init; }

    /// <summary>Lower bound of the 95% prediction interval (≥ 0).</summary>
    public required IReadOnlyList<double> Lower95 { get; init; }

    /// <summary>Upper bound of the 95% prediction interval.</summary>
    public required IReadOnlyList<double> Upper95 { get; init; }

    /// <summary>
    /// The model used: the equal-weight mean of the listed members, e.g. <c>Mean(SNaive, ETS(A,N,N), Theta, SES-MTA)+Fourier(4)</c>
    /// (the smoothing members fitted to counts divided by a 4-harmonic seasonal profile) or <c>Mean(Croston-SBA, TSB, SES-MTA)</c>.
    /// </summary>
    public required string Model { get; init; }

    /// <summary>
    /// Mean absolute scaled error of <see cref="Model"/> over the series' own rolling-origin backtest (scaled by the
    /// in-sample MAE of seasonal naive, or of naive when the history is shorter than two seasons);
    /// <see cref="double.NaN"/> when the history was too short to backtest.
    /// </summary>
    public required double BacktestMase { get; init; }

    /// <summary>Symmetric MAPE (0–200, percent) of <see cref="Model"/> over the same backtest; NaN when not backtested.</summary>
    public required double BacktestSmape { get; init; }

    /// <summary>
    /// First day of each forecast period, when the caller gave the first day of the history; otherwise empty.
    /// </summary>
    public required IReadOnlyList<DateOnly> PeriodStarts { get; init; }
}
