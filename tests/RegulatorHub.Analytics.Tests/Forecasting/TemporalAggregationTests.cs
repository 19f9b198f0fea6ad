using RegulatorHub.Analytics.Forecasting;

namespace RegulatorHub.Analytics.Tests.Forecasting;

/// <summary>The temporal-aggregation model against values worked out by hand.</summary>
public sealed class TemporalAggregationTests
{
    [Fact]
    public void Aggregate_BlocksEndAtTheLastObservationAndDropTheIncompleteOldestBlock()
    {
        Span<double> blocks = stackalloc double[3];

        // 7 periods in blocks of 2: the oldest (1) is left over; 2+3, 4+5, 6+7.
        TemporalAggregation.Aggregate([1, 2, 3, 4, 5, 6, 7], 2, blocks);

        Assert.Equal([5, 9, 13], blocks.ToArray());
    }

    [Fact]
    public void Forecast_AveragesEachLevelsSmoothedBlockSumPerPeriod()
    {
        // Level 1 is the given SES fit (level 10); a constant series of 4s gives level k a block sum of 4k, so 4 per
        // period. Two levels are used (k = 2 has 10 blocks, k = 3 only 6 < 8): (10 + 4) / 2 = 7.
        var y = Enumerable.Repeat(4.0, 20).ToArray();
        var single = new EtsFit(false, 0.5, 0, 0, 10, 0, 1, 0);
        Span<double> point = stackalloc double[3];
        Span<double> sd = stackalloc double[3];

        var levels = TemporalAggregation.Forecast(y, single, 13, point, sd);

        Assert.Equal(2, levels);
        Assert.Equal(7, point[0], 6);
        Assert.Equal(7, point[2], 6);
        Assert.Equal(Math.Sqrt(1.25), sd[1], 10); // ETS(A,N,N) at level 1: σ²(1 + α²)
    }

    [Fact]
    public void Forecast_LevelOneOnly_IsTheSingleFit()
    {
        var single = new EtsFit(false, 0.2, 0, 0, 3.5, 0, 1, 0);
        Span<double> point = stackalloc double[2];
        Span<double> sd = stackalloc double[2];

        var levels = TemporalAggregation.Forecast([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], single, 1, point, sd);

        Assert.Equal(1, levels);
        Assert.Equal([3.5, 3.5], point.ToArray());
    }
}
