namespace RegulatorHub.Analytics.Forecasting;

/// <summary>
/// A fitted additive-error exponential smoothing model without seasonality: ETS(A,N,N) (simple exponential
/// smoothing) or ETS(A,Ad,N) (damped trend), in the state-space form of Hyndman, Koehler, Ord &amp; Snyder (2008),
/// <i>Forecasting with Exponential Smoothing</i>, ch. 2 and 6.
/// </summary>
/// <param name="Damped">True for ETS(A,Ad,N).</param>
/// <param name="Alpha">Level smoothing, 0 &lt; α &lt; 1.</param>
/// <param name="Beta">Trend smoothing in error-correction form (0 &lt; β ≤ α); 0 without trend.</param>
/// <param name="Phi">Damping, 0.8 ≤ φ ≤ 0.98; 0 without trend.</param>
/// <param name="Level">Level after the last observation.</param>
/// <param name="Trend">Trend after the last observation; 0 without trend.</param>
/// <param name="Sigma2">Residual variance, SSE / (n − parameters), as R's <c>ets</c> reports it.</param>
/// <param name="Aicc">Corrected Akaike information criterion (Gaussian likelihood, constants dropped).</param>
internal readonly record struct EtsFit(bool Damped, double Alpha, double Beta, double Phi, double Level, double Trend, double Sigma2, double Aicc)
{
    /// <summary>Model label in the ETS(error, trend, season) taxonomy.</summary>
    public string Name => Damped ? "ETS(A,Ad,N)" : "ETS(A,N,N)";

    /// <summary>
    /// Point forecasts and forecast standard deviations for steps 1..<c>point.Length</c>.
    /// Means: ℓ + (φ + … + φ^h)·b. Variances (Hyndman et al. 2008, Table 6.1, class 1):
    /// σ²·[1 + Σ_{j=1}^{h−1} c_j²] with c_j = α for (A,N,N) and c_j = α + β·(φ + … + φ^j) for (A,Ad,N).
    /// </summary>
    public void Forecast(Span<double> point, Span<double> sd)
    {
        var phiSum = 0.0;
        var phiPower = 1.0;
        var cumulative = 0.0;
        for (var h = 0; h < point.Length; h++)
        {
            // cumulative holds Σ_{j=1}^{h} c_j² and phiSum = φ + … + φ^h (for the step h + 1 mean) before updating.
            if (Damped)
            {
                phiPower *= Phi;
                phiSum += phiPower;
            }

            point[h] = Level + (phiSum * Trend);
            sd[h] = Math.Sqrt(Sigma2 * (1 + cumulative));
            var c = Alpha + (Beta * phiSum);
            cumulative += c * c;
        }
    }
}
