namespace RegulatorHub.Benchmarks;

/// <summary>
/// Accuracy of one method over many (series, origin) forecasts, all scored the same way: MASE scaled by the
/// training window's in-sample seasonal-naive (lag 52) MAE, relative MASE as the geometric mean of
/// MASE / MASE(seasonal naive) over forecasts (Hyndman &amp; Koehler 2006; Davydenko &amp; Fildes 2013), sMAPE
/// (0–200), and the share of actuals inside the 80% and 95% intervals.
/// </summary>
internal sealed class ForecastEvalScore(string method)
{
    private double _logRatioSum;
    private int _ratios;
    private double _maseSum;
    private double _smapeSum;
    private int _forecasts;
    private int _points;
    private int _inside80;
    private int _inside95;

    public string Method { get; } = method;

    public double RelativeMase => _ratios > 0 ? Math.Exp(_logRatioSum / _ratios) : double.NaN;

    public double Mase => _forecasts > 0 ? _maseSum / _forecasts : double.NaN;

    public double Smape => _points > 0 ? _smapeSum / _points : double.NaN;

    public double Coverage80 => _points > 0 ? 100.0 * _inside80 / _points : double.NaN;

    public double Coverage95 => _points > 0 ? 100.0 * _inside95 / _points : double.NaN;

    /// <summary>Scores one forecast; <paramref name="naiveMase"/> is seasonal naive's MASE on the same forecast.</summary>
    public void Add(ReadOnlySpan<double> actual, ReadOnlySpan<double> point, ReadOnlySpan<double> lo80, ReadOnlySpan<double> hi80, ReadOnlySpan<double> lo95, ReadOnlySpan<double> hi95, double scale, double naiveMase)
    {
        double absolute = 0;
        for (var h = 0; h < actual.Length; h++)
        {
            var e = Math.Abs(actual[h] - point[h]);
            absolute += e;
            var denominator = Math.Abs(actual[h]) + Math.Abs(point[h]);
            _smapeSum += denominator > 0 ? 200 * e / denominator : 0;
            _inside80 += actual[h] >= lo80[h] && actual[h] <= hi80[h] ? 1 : 0;
            _inside95 += actual[h] >= lo95[h] && actual[h] <= hi95[h] ? 1 : 0;
            _points++;
        }

        var mase = absolute / actual.Length / scale;
        _maseSum += mase;
        _forecasts++;

        // A forecast where either MASE is 0 has no finite log ratio; it is left out of the geometric mean (counted in Mase).
        if (mase > 0 && naiveMase > 0)
        {
            _logRatioSum += Math.Log(mase / naiveMase);
            _ratios++;
        }
    }

    public override string ToString() =>
        FormattableString.Invariant($"{Method,-12} relMASE {RelativeMase,6:F3}  MASE {Mase,6:F3}  sMAPE {Smape,6:F2}  cover80 {Coverage80,5:F1}%  cover95 {Coverage95,5:F1}%");
}
