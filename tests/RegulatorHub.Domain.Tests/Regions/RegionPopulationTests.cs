using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Domain.Tests.Regions;

/// <summary>The embedded population datasets and their loader.</summary>
public sealed class RegionPopulationTests
{
    [Fact]
    public void Default_UsStates_HaveCensus2020ResidentCounts()
    {
        var population = RegionPopulation.Default;

        Assert.Equal(51 + 31, population.Count);
        Assert.Equal(2020, population.YearByCountry["US"]);
        Assert.True(population.TryGetPopulation("US-CA", out var california, out var year));
        Assert.Equal(39_538_223, california);
        Assert.Equal(2020, year);
        Assert.True(population.TryGetPopulation("US-WY", out var wyoming));
        Assert.Equal(576_851, wyoming);
        Assert.True(population.TryGetPopulation("US-DC", out var dc));
        Assert.Equal(689_545, dc);
    }

    [Fact]
    public void Default_UsTotal_MatchesPublishedResidentPopulation()
    {
        var population = RegionPopulation.Default;
        long total = 0;
        foreach (var state in RegionGazetteer.Default.UsStates)
        {
            Assert.True(population.TryGetPopulation(state.Code, out var residents), state.Code);
            total += residents;
        }

        Assert.Equal(331_449_281, total);
    }

    [Fact]
    public void Default_ChineseProvinces_HaveCensus2020ResidentCounts()
    {
        var population = RegionPopulation.Default;

        Assert.Equal(2020, population.YearByCountry["CN"]);
        Assert.True(population.TryGetPopulation("440000", out var guangdong, out var year));
        Assert.Equal(126_012_510, guangdong);
        Assert.Equal(2020, year);
    }

    [Fact]
    public void Default_ChineseProvinceTotal_MatchesPublishedCensusTotal()
    {
        // The census total (1,411,778,724) includes 2,000,000 active servicemen counted in no province; Taiwan, Hong
        // Kong and Macao are reported separately.
        long total = 0;
        foreach (var province in RegionGazetteer.Default.Provinces.Where(p => p.Code is not ("710000" or "810000" or "820000")))
        {
            Assert.True(RegionPopulation.Default.TryGetPopulation(province.Code, out var residents), province.Code);
            total += residents;
        }

        Assert.Equal(1_411_778_724 - 2_000_000, total);
    }

    [Fact]
    public void TryGetPopulation_CityOrUnknownCode_ReturnsFalse()
    {
        Assert.False(RegionPopulation.Default.TryGetPopulation("330100", out var residents));
        Assert.Equal(0, residents);
        Assert.False(RegionPopulation.Default.TryGetPopulation("810000", out _));
        Assert.False(RegionPopulation.Default.TryGetPopulation("US-XX", out _));
    }

    [Fact]
    public void Load_TwoDatasets_KeepsYearPerCountry()
    {
        using var us = new StringReader("code,residents,year\nUS-CA,39538223,2020\n");
        using var cn = new StringReader("code,residents,year\n330000,1234567,2023\n");

        var population = RegionPopulation.Load(us, cn);

        Assert.Equal(2020, population.YearByCountry["US"]);
        Assert.Equal(2023, population.YearByCountry["CN"]);
        Assert.True(population.TryGetPopulation("330000", out var residents, out var year));
        Assert.Equal(1_234_567, residents);
        Assert.Equal(2023, year);
    }

    [Theory]
    [InlineData("code,residents,year\nUS-CA,0,2020")]                      // not positive
    [InlineData("code,residents,year\nUS-CA,-5,2020")]
    [InlineData("code,residents,year\nUS-CA,1e6,2020")]
    [InlineData("code,residents,year\nCalifornia,1,2020")]                 // not a code
    [InlineData("code,residents,year\nUS-CA,1,2020\nUS-CA,2,2020")]        // duplicate
    [InlineData("code,residents,year\nUS-CA,1,2020\nUS-TX,2,2021")]        // two years
    [InlineData("code,residents,year\nUS-CA,1,2020\n330000,2,2020")]       // two countries
    [InlineData("code,residents\nUS-CA,1")]                                // no year column
    public void Load_MalformedDataset_ThrowsInvalidData(string csv)
    {
        using var reader = new StringReader(csv);

        Assert.Throws<InvalidDataException>(() => RegionPopulation.Load(reader));
    }

    [Fact]
    public void Load_SameCountryTwice_ThrowsInvalidData()
    {
        using var a = new StringReader("code,residents,year\nUS-CA,1,2020\n");
        using var b = new StringReader("code,residents,year\nUS-TX,1,2020\n");

        Assert.Throws<InvalidDataException>(() => RegionPopulation.Load(a, b));
    }
}
