using RegulatorHub.Analytics.Time;
using RegulatorHub.Application.Statistics;

namespace RegulatorHub.Exports.Tests.Statistics;

public sealed class StatisticsDefinitionTests
{
    private static readonly StatisticsDefinition s_full = new()
    {
        Dimensions = [StatisticsDimension.Region, StatisticsDimension.Category, StatisticsDimension.Channel],
        RegionLevel = StatisticsRegionLevel.City,
        Granularity = TimeGranularity.Week,
        From = new DateOnly(2026, 1, 5),
        To = new DateOnly(2026, 6, 28),
        Filters = new Dictionary<StatisticsDimension, IReadOnlyList<string>>
        {
            [StatisticsDimension.Region] = ["330000"],
            [StatisticsDimension.Merchant] = ["m,2", "m-1", "商家&1"],
            [StatisticsDimension.Channel] = ["Phone", "Web"],
        },
    };

    [Fact]
    public void TryParse_AllParametersInAnyCase_ReadsTheDefinition()
    {
        var ok = StatisticsDefinitionParser.TryParse(
            "?Dimensions=region,CATEGORY&regionlevel=county&GRANULARITY=month&from=2026-01-01&to=2026-03-31&channel=phone,web&page=2&format=csv",
            out var definition,
            out var errors);

        Assert.True(ok, string.Join("; ", errors));
        Assert.NotNull(definition);
        Assert.Equal([StatisticsDimension.Region, StatisticsDimension.Category], definition.Dimensions);
        Assert.Equal(StatisticsRegionLevel.County, definition.RegionLevel);
        Assert.Equal(TimeGranularity.Month, definition.Granularity);
        Assert.Equal(["Phone", "Web"], definition.Filters[StatisticsDimension.Channel]);
    }

    [Fact]
    public void TryParse_ManyProblems_NamesEveryParameter()
    {
        var ok = StatisticsDefinitionParser.TryParse(
            "dimensions=category,colour&regionLevel=street&granularity=hourly&from=2026-13-01&category=",
            out _,
            out var errors);

        Assert.False(ok);
        Assert.Equal(
            ["category", "dimensions", "from", "granularity", "regionLevel", "to"],
            errors.Select(e => e.Parameter).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("dimensions=category,category&from=2026-01-01&to=2026-01-31", "dimensions")]
    [InlineData("dimensions=category,issue,region,merchant&from=2026-01-01&to=2026-01-31", "dimensions")]
    [InlineData("from=2026-02-01&to=2026-01-31", "from")]
    [InlineData("from=2010-01-01&to=2026-01-31", "to")]
    [InlineData("from=2026-01-01&to=2026-01-31&channel=Pigeon", "channel")]
    [InlineData("from=2026-01-01&to=2026-01-31&region=330000,330100", "region")]
    [InlineData("from=2026-01-01&to=2026-01-31&region=Zhejiang", "region")]
    public void TryParse_InvalidDefinition_NamesTheParameter(string query, string parameter)
    {
        var ok = StatisticsDefinitionParser.TryParse(query, out _, out var errors);

        Assert.False(ok);
        Assert.Contains(errors, e => e.Parameter == parameter);
    }

    [Fact]
    public void Validate_TooManyFilterKeys_NamesTheFilter()
    {
        var definition = s_full with { Filters = new Dictionary<StatisticsDimension, IReadOnlyList<string>> { [StatisticsDimension.Merchant] = [.. Enumerable.Range(0, 201).Select(i => $"m-{i}")] } };

        var errors = definition.Validate();

        Assert.Equal("merchant", Assert.Single(errors).Parameter);
    }

    [Fact]
    public void ToQueryString_FullDefinition_RoundTripsAndIsCanonical()
    {
        var query = StatisticsDefinitionParser.ToQueryString(s_full);

        Assert.True(StatisticsDefinitionParser.TryParse(query, out var parsed, out var errors), string.Join("; ", errors));
        Assert.Equal(s_full, parsed);
        Assert.Equal(query, StatisticsDefinitionParser.ToQueryString(parsed));
        Assert.Equal(
            "dimensions=region,category,channel&regionLevel=city&granularity=week&from=2026-01-05&to=2026-06-28&region=330000&merchant=m%2C2,m-1,%E5%95%86%E5%AE%B6%261&channel=Phone,Web",
            query);
    }

    [Fact]
    public void Json_FullDefinition_RoundTripsAndIsCanonical()
    {
        var json = StatisticsDefinitionJson.Serialize(s_full);

        Assert.True(StatisticsDefinitionJson.TryParse(json, out var parsed, out var error), error);
        Assert.Equal(s_full, parsed);
        Assert.Equal(json, StatisticsDefinitionJson.Serialize(parsed));
        Assert.StartsWith("{\"schema\":\"statistics-definition/v1\",\"dimensions\":[\"region\",\"category\",\"channel\"],\"regionLevel\":\"city\",\"granularity\":\"week\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_TotalsWithoutDimensions_RoundTrips()
    {
        var definition = new StatisticsDefinition { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 1, 1) };

        Assert.True(StatisticsDefinitionJson.TryParse(StatisticsDefinitionJson.Serialize(definition), out var parsed, out var error), error);
        Assert.Equal(definition, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{\"schema\":\"statistics-definition/v2\",\"from\":\"2026-01-01\",\"to\":\"2026-01-02\"}")]
    [InlineData("{\"schema\":\"statistics-definition/v1\",\"from\":\"2026-01-01\"}")]
    [InlineData("{\"schema\":\"statistics-definition/v1\",\"from\":\"2026-01-03\",\"to\":\"2026-01-02\"}")]
    [InlineData("{\"schema\":\"statistics-definition/v1\",\"from\":\"2026-01-01\",\"to\":\"2026-01-02\",\"filters\":{\"colour\":[\"red\"]}}")]
    [InlineData("{not json")]
    public void Json_InvalidDocument_IsRefusedWithAReason(string json)
    {
        var ok = StatisticsDefinitionJson.TryParse(json, out var definition, out var error);

        Assert.False(ok);
        Assert.Null(definition);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }
}
