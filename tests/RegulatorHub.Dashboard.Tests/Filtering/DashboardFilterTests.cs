using RegulatorHub.Analytics.Facts;
using RegulatorHub.Dashboard.Filtering;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Dashboard.Tests.Filtering;

public sealed class DashboardFilterTests
{
    [Fact]
    public void Parse_reads_every_parameter_and_writes_them_back_in_canonical_order()
    {
        var filter = DashboardFilter.Parse(
            "?source=12315&channel=Phone&platform=tmall&merchant=m%2042&region=330100&issue=quality&category=food&to=2026-06-30&from=2026-01-01&page=2",
            out var errors);

        Assert.Empty(errors);
        Assert.Equal(new DateOnly(2026, 1, 1), filter.From);
        Assert.Equal("m 42", filter.Merchant);
        Assert.Equal(
            "from=2026-01-01&to=2026-06-30&category=food&issue=quality&region=330100&merchant=m%2042&platform=tmall&channel=Phone&source=12315",
            filter.ToQueryString());
    }

    [Fact]
    public void An_empty_query_is_no_filter()
    {
        var filter = DashboardFilter.Parse("", out var errors);

        Assert.Empty(errors);
        Assert.True(filter.IsEmpty);
        Assert.Equal(string.Empty, filter.ToQueryString());
    }

    [Fact]
    public void A_malformed_date_is_ignored_and_reported_by_its_parameter_name()
    {
        var filter = DashboardFilter.Parse("from=01/02/2026&category=food", out var errors);

        Assert.Null(filter.From);
        Assert.Equal("food", filter.Category);
        var error = Assert.Single(errors);
        Assert.StartsWith("from must be a date written yyyy-MM-dd", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reversed_date_range_is_dropped_with_an_error_naming_both_ends()
    {
        var filter = DashboardFilter.Parse("from=2026-06-30&to=2026-01-01", out var errors);

        Assert.Null(filter.From);
        Assert.Null(filter.To);
        Assert.Contains("from (2026-06-30) is after to (2026-01-01)", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void An_overlong_value_is_refused_without_echoing_it()
    {
        var pasted = new string('x', 500);

        var filter = DashboardFilter.Parse($"merchant={pasted}", out var errors);

        Assert.Null(filter.Merchant);
        Assert.DoesNotContain(pasted, Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void With_sets_and_clears_one_parameter()
    {
        var filter = DashboardFilter.None.With("category", "food").With("region", "330000");

        Assert.Equal("category=food&region=330000", filter.ToQueryString());
        Assert.Equal("region=330000", filter.With("category", "").ToQueryString());
        Assert.Throws<ArgumentException>(() => filter.With("from", "yesterday"));
    }

    [Theory]
    [InlineData("330000", FactDimension.Province)]
    [InlineData("330100", FactDimension.City)]
    [InlineData("330106", FactDimension.County)]
    [InlineData("US-CA", FactDimension.Province)]
    public void The_region_filters_the_dimension_of_its_level(string region, FactDimension expected)
    {
        var facts = DashboardFilter.None.With("region", region).With("channel", "Phone").ToFactFilter(RegionGazetteer.Default);

        Assert.Equal([region], facts.Keys[expected]);
        Assert.Equal(["Phone"], facts.Keys[FactDimension.Channel]);
        Assert.Equal(2, facts.Keys.Count);
    }

    [Theory]
    [InlineData(null, FactDimension.Province)]
    [InlineData("330000", FactDimension.City)]
    [InlineData("110000", FactDimension.County)]
    [InlineData("330100", FactDimension.County)]
    [InlineData("US-CA", FactDimension.Province)]
    public void Breakdowns_drill_one_level_below_the_region_filter(string? region, FactDimension expected) =>
        Assert.Equal(expected, RegionDrill.Below(region, RegionGazetteer.Default));

    [Fact]
    public void A_hotspot_series_becomes_the_filter_that_shows_it()
    {
        var keys = new Dictionary<FactDimension, string?> { [FactDimension.Category] = "food", [FactDimension.City] = "330100", [FactDimension.Merchant] = null };

        var filter = HotspotFilter.Apply(DashboardFilter.None.With("channel", "Phone"), keys);

        Assert.Equal("category=food&region=330100&channel=Phone", filter.ToQueryString());
    }
}
