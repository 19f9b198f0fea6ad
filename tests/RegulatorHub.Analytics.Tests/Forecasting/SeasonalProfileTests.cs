using RegulatorHub.Analytics.Forecasting;

namespace RegulatorHub.Analytics.Tests.Forecasting;

public sealed class SeasonalProfileTests
{
    private const double WeeksPerYear = 365.2425 / 7;

    [Fact]
    public void Fit_OnAWeeklySinusoid_RecoversTheProfile()
    {
        var y = Enumerable.Range(0, 312).Select(t => 100 * Truth(t)).ToArray();
        var index = new double[330];

        var harmonics = SeasonalProfile.Fit(y, 52, WeeksPerYear, index);

        Assert.InRange(harmonics, 1, SeasonalProfile.MaxHarmonics);
        for (var t = 0; t < index.Length; t++)
        {
            Assert.InRange(index[t] - Truth(t), -0.02, 0.02);
        }
    }

    [Fact]
    public void Fit_OnWhiteNoise_FindsNoSeasonality()
    {
        var random = new Random(7);
        var y = Enumerable.Range(0, 312).Select(_ => 50 + (10 * (random.NextDouble() - 0.5))).ToArray();
        var index = new double[312];

        Assert.Equal(0, SeasonalProfile.Fit(y, 52, WeeksPerYear, index));
        Assert.All(index, v => Assert.Equal(1, v));
    }

    [Fact]
    public void Fit_ShorterThanTwoSeasons_FindsNoSeasonality()
    {
        var y = Enumerable.Range(0, 100).Select(t => 100 * Truth(t)).ToArray();

        Assert.Equal(0, SeasonalProfile.Fit(y, 52, WeeksPerYear, new double[100]));
    }

    private static double Truth(int t) => 1 + (0.3 * Math.Cos(2 * Math.PI * t / WeeksPerYear)) + (0.1 * Math.Sin(4 * Math.PI * t / WeeksPerYear));
}
