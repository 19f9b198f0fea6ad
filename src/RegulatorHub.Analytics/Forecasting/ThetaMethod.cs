namespace RegulatorHub.Analytics.Forecasting;

/// <summary>
/// The Theta method of Assimakopoulos &amp; Nikolopoulos (2000) in the form Hyndman &amp; Billah (2003) showed it to be:
/// simple exponential smoothing with a drift equal to half the slope b of a least-squares line through the data,
/// ŷ_{n+h} = ℓ_n + (b/2)·[(h − 1) + (1 − (1 − α)^n)/α]. Intervals are those of the underlying ETS(A,N,N), as in
/// R's <c>forecast::thetaf</c>.
/// </summary>
internal static class ThetaMethod
{
    /// <summary>Theta forecasts from an already fitted ETS(A,N,N) of the same series.</summary>
    /// <param name="y">The (seasonally adjusted) series the SES model was fitted to.</param>
    /// <param name="ses">Its ETS(A,N,N) fit.</param>
    /// <param name="point">Point forecasts out.</param>
    /// <param name="sd">Forecast standard deviations out.</param>
    public static void Forecast(ReadOnlySpan<double> y, in EtsFit ses, Span<double> point, Span<double> sd)
    {
        ses.Forecast(point, sd);
        var (_, slope) = ExponentialSmoothing.InitialLine(y);
        var alpha = ses.Alpha;
        var offset = (1 - Math.Pow(1 - alpha, y.Length)) / alpha;
        for (var h = 0; h < point.Length; h++)
        {
            point[h] += slope / 2 * (h + offset);
        }
    }
}
