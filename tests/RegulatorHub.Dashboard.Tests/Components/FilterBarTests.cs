using Bunit;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Dashboard.Components.Controls;
using RegulatorHub.Dashboard.Filtering;

namespace RegulatorHub.Dashboard.Tests.Components;

public sealed class FilterBarTests : IDisposable
{
    private readonly DashboardComponentContext _context = new();
    private DashboardFilter? _changed;

    private static FilterChoices Choices => new(new Dictionary<FactDimension, IReadOnlyList<FilterOption>>
    {
        [FactDimension.Category] = [new("goods.appliances", null, 900), new("services.financial", null, 400)],
        [FactDimension.Province] = [new("330000", null, 700), new("US-CA", null, 10)],
        [FactDimension.Channel] = [new("Phone", null, 800)],
        [FactDimension.Merchant] = [new("m-1", "Acme Appliances", 50)],
    }, "42");

    [Fact]
    public void Lists_offer_the_data_s_keys_under_their_display_names()
    {
        var bar = Render(DashboardFilter.None);

        var categories = bar.FindAll("[data-testid=filter-category] option").Select(o => (o.GetAttribute("value"), o.TextContent)).ToList();
        Assert.Equal([("", "All"), ("goods.appliances", "Household appliances & electronics"), ("services.financial", "Financial services")], categories);
        var regions = bar.FindAll("[data-testid=filter-region] option").Select(o => o.TextContent).ToList();
        Assert.Equal(["All", "Zhejiang", "California"], regions);
    }

    [Fact]
    public void Choosing_an_option_raises_the_filter_with_that_value()
    {
        var bar = Render(DashboardFilter.None.With("channel", "Phone"));

        bar.Find("[data-testid=filter-category]").Change("services.financial");

        Assert.Equal("category=services.financial&channel=Phone", _changed?.ToQueryString());
    }

    [Fact]
    public void Choosing_all_clears_that_parameter_only()
    {
        var bar = Render(DashboardFilter.None.With("category", "goods.appliances").With("channel", "Phone"));

        bar.Find("[data-testid=filter-category]").Change("");

        Assert.Equal("channel=Phone", _changed?.ToQueryString());
    }

    [Fact]
    public void Dates_are_written_as_iso_dates()
    {
        var bar = Render(DashboardFilter.None);

        bar.Find("[data-testid=filter-from]").Change("2026-03-01");

        Assert.Equal(new DateOnly(2026, 3, 1), _changed?.From);
    }

    [Fact]
    public void A_merchant_picked_by_name_is_filtered_by_its_key()
    {
        var bar = Render(DashboardFilter.None);

        bar.Find("[data-testid=filter-merchant]").Change("Acme Appliances");

        Assert.Equal("m-1", _changed?.Merchant);
    }

    [Fact]
    public void A_linked_value_outside_the_lists_still_shows_as_selected()
    {
        var bar = Render(DashboardFilter.None.With("region", "330100"));

        var selected = bar.Find("[data-testid=filter-region] option[selected]");
        Assert.Equal("330100", selected.GetAttribute("value"));
        Assert.Equal("杭州市", selected.TextContent); // the gazetteer has no English name for cities: Chinese is shown
    }

    [Fact]
    public void The_bar_carries_the_canonical_filter_and_clear_resets_it()
    {
        var bar = Render(DashboardFilter.None.With("category", "goods.appliances"));

        Assert.Equal("category=goods.appliances", bar.Find("[data-testid=filter-bar]").GetAttribute("data-filter"));
        bar.Find("[data-testid=filter-clear]").Click();
        Assert.True(_changed?.IsEmpty);
    }

    [Fact]
    public void Clear_is_disabled_with_nothing_to_clear() =>
        Assert.True(Render(DashboardFilter.None).Find("[data-testid=filter-clear]").HasAttribute("disabled"));

    private IRenderedComponent<FilterBar> Render(DashboardFilter filter) => _context.Render<FilterBar>(p => p
        .Add(b => b.Filter, filter)
        .Add(b => b.Choices, Choices)
        .Add(b => b.OnChange, f => _changed = f));

    public void Dispose() => _context.Dispose();
}
