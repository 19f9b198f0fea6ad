namespace RegulatorHub.Analytics.Forecasting;

/// <summary>How <see cref="SeriesForecaster"/> selects models and sizes intervals.</summary>
public sealed record SeriesForecasterOptions
{
    /// <summary>The defaults: three backtest origins, calibrated intervals.</summary>
    public static SeriesForecasterOptions Default { get; } = new();

    /// <summary>
    /// Forecast origins in each series' own backtest (0–10), one horizon apart, ending at the last observation. The
    /// backtest measures the combined forecast's MASE and sMAPE and calibrates its intervals; more origins calibrate
    /// better but cost one fit of every member each. 0 turns it off: the same forecast with uncalibrated intervals.
    /// </summary>
    public int BacktestOrigins { get; init; } = 3;

    /// <summary>
    /// When true (the default), interval widths are rescaled per series so that the backtest errors of the combined
    /// forecast would have been covered at the nominal rates; when false the models' own (analytical) intervals are used.
    /// Model intervals assume the model is right and under-cover in practice (M4: nominal 95% covered 71–87%).
    /// </summary>
    public bool CalibrateIntervals { get; init; } = true;
}
