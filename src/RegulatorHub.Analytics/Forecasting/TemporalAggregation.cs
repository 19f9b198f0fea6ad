using System.Buffers;

namespace RegulatorHub.Analytics.Forecasting;

/// <summary>
/// Simple exponential smoothing across temporal aggregation levels, the level component of MAPA (Kourentzes,
/// Petropoulos &amp; Trapero 2014, "Improving forecasting by estimating time series structural components across
/// multiple frequencies", IJF 30(2):291–302) and of its intermittent-demand form IMAPA (Petropoulos &amp; Kourentzes
/// 2015, JORS 66(6):914–924): the series is summed into non-overlapping blocks of k = 1, 2, …, K periods (aligned on
/// the last observation), ETS(A,N,N) is fitted at every level, each level's forecast is divided back by k, and the
/// levels are averaged with equal weights.
/// <para>
/// Why: at weekly or daily granularity a complaint count is mostly Poisson noise around a slowly moving level. A
/// smoothing constant estimated from one-step errors on such a series chases the noise; the sums over longer blocks
/// show the level with less noise, and averaging the levels' estimates shrinks the one-level estimate's parameter and
/// model uncertainty (the reason the combination is robust in both papers). K is the forecast horizon, the
/// aggregation ADIDA (Nikolopoulos et al. 2011, JORS 62(3):544–554) ties to the lead time.
/// </para>
/// </summary>
internal static class TemporalAggregation
{
    /// <summary>Fewest blocks a level needs to be fitted: fewer say too little about the level's dynamics.</summary>
    public const int MinBlocks = 8;

    /// <summary>
    /// Flat forecasts: the equal-weight mean over levels 1..<paramref name="maxLevel"/> (those with at least
    /// <see cref="MinBlocks"/> blocks) of each level's smoothed block sum divided by its block length. Standard deviations
    /// are those of ETS(A,N,N) at level 1 (<paramref name="single"/>); the forecaster calibrates them on its backtest.
    /// </summary>
    /// <param name="y">The (seasonally adjusted) series.</param>
    /// <param name="single">The ETS(A,N,N) fit of <paramref name="y"/> itself, which is level 1.</param>
    /// <param name="maxLevel">Longest block, K ≥ 1.</param>
    /// <param name="point">Point forecasts out.</param>
    /// <param name="sd">Standard deviations out.</param>
    /// <returns>The number of levels combined.</returns>
    public static int Forecast(ReadOnlySpan<double> y, in EtsFit single, int maxLevel, Span<double> point, Span<double> sd)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLevel, 1);
        single.Forecast(point, sd);
        var sum = single.Level;
        var levels = 1;
        var blocks = ArrayPool<double>.Shared.Rent(Math.Max(1, y.Length / 2));
        try
        {
            for (var k = 2; k <= maxLevel; k++)
            {
                var m = y.Length / k;
                if (m < MinBlocks)
                {
                    break;
                }

                var aggregated = blocks.AsSpan(0, m);
                Aggregate(y, k, aggregated);
                // A cold start for every level and window: a block series is short, and a search started from the
                // previous window's optimum with the smaller warm-start simplex stops early on it (backtest MASE worse).
                sum += ExponentialSmoothing.FitSimple(aggregated).Level / k;
                levels++;
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(blocks);
        }

        point.Fill(sum / levels);
        return levels;
    }

    /// <summary>
    /// Sums of consecutive blocks of <paramref name="k"/> periods, the last block ending at the last observation; the
    /// oldest y.Length mod k periods, which do not fill a block, are left out.
    /// </summary>
    internal static void Aggregate(ReadOnlySpan<double> y, int k, Span<double> blocks)
    {
        var m = y.Length / k;
        var first = y.Length - (m * k);
        for (var b = 0; b < m; b++)
        {
            double total = 0;
            var start = first + (b * k);
            for (var t = start; t < start + k; t++)
            {
                total += y[t];
            }

            blocks[b] = total;
        }
    }
}
