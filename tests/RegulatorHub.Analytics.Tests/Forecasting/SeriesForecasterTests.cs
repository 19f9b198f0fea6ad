using RegulatorHub.Analytics.Forecasting;
using RegulatorHub.Analytics.Time;

namespace RegulatorHub.Analytics.Tests.Forecasting;

public sealed class SeriesForecasterTests
{
    private static readonly SeriesForecaster s_forecaster = new();

    [Fact]
    public void Forecast_PureDailySeasonalSeries_RepeatsTheWeekExactly()
    {
        double[] week = [10, 12, 11, 13, 9, 3, 2];
        var history = Enumerable.Range(0, 140).Select(t => week[t % 7]).ToArray();

        var forecast = s_forecaster.Forecast(history, TimeGranularity.Day, 14);

        for (var h = 0; h < 14; h++)
        {
            Assert.Equal(week[(140 + h) % 7], forecast.Point[h], 6);
        }

        Assert.Equal(0, forecast.BacktestMase, 6);
    }

    [Fact]
    public void Forecast_PureWeeklyAnnualSeasonalSeries_RecoversTheSeasonalShape()
    {
        // An annual cycle of 365.2425/7 weeks, which a 52-week seasonal naive gets slightly wrong.
        const double Period = 365.2425 / 7;
        static double Truth(int t) => 200 * (1 + (0.4 * Math.Sin(2 * Math.PI * t / Period)));
        var history = Enumerable.Range(0, 300).Select(Truth).ToArray();

        var forecast = s_forecaster.Forecast(history, TimeGranularity.Week, 13);

        for (var h = 0; h < 13; h++)
        {
            Assert.InRange(forecast.Point[h] / Truth(300 + h), 0.97, 1.03);
        }
    }

    [Fact]
    public void Forecast_IntervalsAreNestedAndNonNegative()
    {
        var random = new Random(11);
        var history = Enumerable.Range(0, 200).Select(t => (double)random.Next(0, 8) + (t % 52 < 4 ? 6 : 0)).ToArray();

        var forecast = s_forecaster.Forecast(history, TimeGranularity.Week, 13);

        for (var h = 0; h < 13; h++)
        {
            Assert.True(forecast.Lower95[h] >= 0);
            Assert.True(forecast.Lower95[h] <= forecast.Lower80[h]);
            Assert.True(forecast.Lower80[h] <= forecast.Point[h]);
            Assert.True(forecast.Point[h] <= forecast.Upper80[h]);
            Assert.True(forecast.Upper80[h] <= forecast.Upper95[h]);
        }

        Assert.True(forecast.Upper95[0] > forecast.Lower95[0]);
        Assert.True(double.IsFinite(forecast.BacktestMase) && double.IsFinite(forecast.BacktestSmape));
    }

    [Fact]
    public void Forecast_IntermittentSeries_AveragesTheIntermittentDemandModels()
    {
        var random = new Random(3);
        var history = Enumerable.Range(0, 150).Select(_ => random.NextDouble() < 0.7 ? 0.0 : random.Next(1, 4)).ToArray();

        var forecast = s_forecaster.Forecast(history, TimeGranularity.Week, 13);

        Assert.Equal("Mean(Croston-SBA, TSB, SES-MTA)", forecast.Model);
        Assert.InRange(forecast.Point[0], 0.1, 2);
    }

    [Fact]
    public void Forecast_IntermittentDailySeriesWithAWeekdayCycle_KeepsWeekendsLow()
    {
        // Zero every weekend, 0–2 on weekdays: intermittent (ADI ≈ 2) yet strongly weekly. A flat Croston/TSB rate
        // would forecast weekends like weekdays.
        var random = new Random(17);
        var start = new DateOnly(2024, 1, 1); // a Monday
        var history = Enumerable.Range(0, 280).Select(t => t % 7 >= 5 ? 0.0 : random.Next(0, 3)).ToArray();

        var forecast = s_forecaster.Forecast(history, TimeGranularity.Day, 14, start);

        var weekend = Enumerable.Range(0, 14).Where(h => forecast.PeriodStarts[h].DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday).Average(h => forecast.Point[h]);
        var weekday = Enumerable.Range(0, 14).Where(h => forecast.PeriodStarts[h].DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).Average(h => forecast.Point[h]);
        Assert.DoesNotContain("Croston", forecast.Model, StringComparison.Ordinal);
        Assert.DoesNotContain("TSB", forecast.Model, StringComparison.Ordinal);
        Assert.True(weekend < 0.3 * weekday, $"weekend {weekend:F2} vs weekday {weekday:F2} ({forecast.Model})");
    }

    [Fact]
    public void Forecast_SmoothSeries_IsTheMeanOfTheSmoothingMembers()
    {
        var random = new Random(5);
        var history = Enumerable.Range(0, 120).Select(_ => (double)random.Next(20, 31)).ToArray();

        var forecast = s_forecaster.Forecast(history, TimeGranularity.Week, 4);

        // No seasonal cycle and no zeros: ETS (simple or damped by AICc), Theta and SES across aggregation levels.
        Assert.Contains(forecast.Model, new[] { "Mean(ETS(A,N,N), Theta, SES-MTA)", "Mean(ETS(A,Ad,N), Theta, SES-MTA)" });
        Assert.InRange(forecast.Point[0], 22, 28);
    }

    [Fact]
    public void Forecast_WithHistoryStart_DatesThePeriodsAfterTheHistory()
    {
        var history = Enumerable.Range(0, 30).Select(t => 10.0 + (t % 3)).ToArray();

        // 2026-01-07 is a Wednesday in the ISO week starting Monday 2026-01-05; 30 weeks later is 2026-08-03.
        var forecast = s_forecaster.Forecast(history, TimeGranularity.Week, 3, new DateOnly(2026, 1, 7));

        Assert.Equal([new DateOnly(2026, 8, 3), new DateOnly(2026, 8, 10), new DateOnly(2026, 8, 17)], forecast.PeriodStarts);
        Assert.Empty(s_forecaster.Forecast(history, TimeGranularity.Week, 3).PeriodStarts);
    }

    [Fact]
    public void Forecast_ShortHistory_StillForecastsWithoutBacktest()
    {
        var forecast = s_forecaster.Forecast([4, 6, 5, 7], TimeGranularity.Week, 13);

        Assert.Equal(13, forecast.Point.Count);
        Assert.True(double.IsNaN(forecast.BacktestMase));
        Assert.All(forecast.Point, p => Assert.InRange(p, 3, 9));
    }

    [Fact]
    public void Forecast_CancelledToken_Throws()
    {
        var history = Enumerable.Range(0, 100).Select(t => (double)(t % 5)).ToArray();

        Assert.Throws<OperationCanceledException>(() => s_forecaster.Forecast(history, TimeGranularity.Week, 13, new CancellationToken(canceled: true)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(SeriesForecaster.MaxHorizon + 1)]
    public void Forecast_HorizonOutOfRange_Throws(int horizon) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => s_forecaster.Forecast([1, 2, 3], TimeGranularity.Week, horizon));

    [Fact]
    public void Forecast_NegativeOrNaNCount_Throws()
    {
        Assert.Throws<ArgumentException>(() => s_forecaster.Forecast([1, -2, 3], TimeGranularity.Week, 2));
        Assert.Throws<ArgumentException>(() => s_forecaster.Forecast([1, double.NaN, 3], TimeGranularity.Week, 2));
    }

    [Fact]
    public void Forecast_ConcurrentCalls_GiveTheSameResultsAsSequentialOnes()
    {
        var series = Enumerable.Range(0, 64)
            .Select(s => Enumerable.Range(0, 260).Select(t => 20 + (s % 7) + (5 * Math.Sin(t / 8.3)) + ((t * s) % 5)).ToArray())
            .ToArray();
        var sequential = series.Select(y => s_forecaster.Forecast(y, TimeGranularity.Week, 13)).ToArray();
        var parallel = new SeriesForecast[series.Length];

        Parallel.For(0, series.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = s_forecaster.Forecast(series[i], TimeGranularity.Week, 13));

        for (var i = 0; i < series.Length; i++)
        {
            Assert.Equal(sequential[i].Model, parallel[i].Model);
            Assert.Equal(sequential[i].Point, parallel[i].Point);
            Assert.Equal(sequential[i].Upper95, parallel[i].Upper95);
        }
    }

    [Fact]
    public void CalibrationFactors_UseTheConformalOrderStatistic()
    {
        // 11 scores k·c, k = 0..10. Conformal 80%: the ⌈.8·12⌉ = 10th smallest = 9c, with c chosen so that 9c is twice
        // the normal 1.2816. 95%: ⌈.95·12⌉ = 12 > 11, so the largest, 10c; 10c/1.96 ≈ 1.45 is raised to f80 so that
        // the 95% interval is never the narrower.
        var c = 2 * 1.2815515655446004 / 9;
        var errors = Enumerable.Range(0, 11).Select(k => k * c).ToArray();

        var (f80, f95) = SeriesForecaster.CalibrationFactors(errors);

        Assert.Equal(2, f80, 9);
        Assert.Equal(2, f95, 9);
    }

    [Fact]
    public void CalibrationFactors_HeavyTail_WidensThe95IntervalMoreThanThe80()
    {
        // 39 scores: 35 equal to 1, then 3, 4, 5, 6. 80%: 32nd smallest = 1; 95%: 38th smallest = 5.
        var errors = Enumerable.Repeat(1.0, 35).Concat([3.0, 4.0, 5.0, 6.0]).ToArray();

        var (f80, f95) = SeriesForecaster.CalibrationFactors(errors);

        Assert.Equal(1 / 1.2815515655446004, f80, 9);
        Assert.Equal(5 / 1.959963984540054, f95, 9);
    }

    [Fact]
    public void Forecast_WithoutCalibration_UsesTheModelIntervals()
    {
        var random = new Random(5);
        var history = Enumerable.Range(0, 200).Select(_ => 50 + (random.NextDouble() * 20)).ToArray();
        var plain = new SeriesForecaster(new SeriesForecasterOptions { CalibrateIntervals = false }).Forecast(history, TimeGranularity.Week, 13);
        var calibrated = s_forecaster.Forecast(history, TimeGranularity.Week, 13);

        Assert.Equal(plain.Point, calibrated.Point);
        Assert.NotEqual(plain.Upper95[0], calibrated.Upper95[0]);
    }
}
