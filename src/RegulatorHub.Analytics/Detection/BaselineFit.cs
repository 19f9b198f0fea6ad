namespace RegulatorHub.Analytics.Detection;

/// <summary>Result of fitting a baseline model at one period: what the threshold and the explanation need.</summary>
/// <param name="Succeeded">False when there was too little history or the model could not be fitted.</param>
/// <param name="Expected">Expected count at the assessed period.</param>
/// <param name="Dispersion">Quasi-Poisson dispersion φ ≥ 1.</param>
/// <param name="TrendIncluded">Whether the trend term was kept.</param>
/// <param name="Window">Periods the model was fitted on.</param>
/// <param name="BaselineMean">Unweighted mean count of those periods.</param>
/// <param name="LogExpectedVariance">Estimated variance of log <paramref name="Expected"/> (φ times the intercept's unscaled variance); 0 when unknown.</param>
internal readonly record struct BaselineFit(bool Succeeded, double Expected, double Dispersion, bool TrendIncluded, BaselineWindow Window, double BaselineMean, double LogExpectedVariance = 0)
{
    public static BaselineFit Failed(BaselineWindow window, double baselineMean) => new(false, double.NaN, double.NaN, false, window, baselineMean);
}
