using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using RegulatorHub.Dashboard.Maps;

namespace RegulatorHub.Dashboard.Components.Controls;

/// <summary>
/// A choropleth map drawn as inline SVG on the server: one path per region, filled by the region's value, with a
/// legend and a hidden table for screen readers. Regions with a value can be selected with the mouse or the keyboard
/// (Tab, then Enter or Space), which raises <see cref="OnSelect"/>; drill-down is the page's business (show the same
/// component with <see cref="MapId"/> set to the selected province's code).
/// </summary>
/// <remarks>
/// Geometry comes from <see cref="MapCatalog"/>, already projected and cached; a render with new
/// <see cref="Values"/> only recomputes one fill and one label per region, and Blazor's diff then sends only the
/// attributes that changed.
/// </remarks>
public sealed partial class ChoroplethMap
{
    private const string NoData = "无数据 · no data";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private MapShape? _map;
    private RegionLook[] _looks = [];
    private ChoroplethScale _scale = ChoroplethScale.Create([]);
    private List<(string Name, string Value)> _tableRows = [];
    private bool _hasZero;
    private bool _hasNoData;

    /// <summary>The maps; injected.</summary>
    [Inject]
    public required MapCatalog Catalog { get; init; }

    /// <summary>Which map: <c>cn</c> (provinces), a province code such as <c>440000</c> (its cities or districts), or
    /// <c>us</c> (states).</summary>
    [Parameter]
    [EditorRequired]
    public string MapId { get; set; } = MapCatalog.China;

    /// <summary>Value per region code (complaints, a rate …). Regions without an entry are drawn grey as no data;
    /// entries for codes not on the map are ignored.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, double>? Values { get; set; }

    /// <summary>What the values are, e.g. <c>投诉 complaints</c>: shown above the legend and after each value.</summary>
    [Parameter]
    public string? ValueLabel { get; set; }

    /// <summary>Formats a value for tooltips, the legend and the table; by default whole numbers with thousands
    /// separators, others with two decimals.</summary>
    [Parameter]
    public Func<double, string>? FormatValue { get; set; }

    /// <summary>Raised with the region code when a region with a value is clicked, or focused and Enter or Space is
    /// pressed.</summary>
    [Parameter]
    public EventCallback<string> OnSelect { get; set; }

    /// <summary>The region to outline as selected, if any.</summary>
    [Parameter]
    public string? SelectedKey { get; set; }

    /// <summary>The map's accessible name, e.g. <c>各省投诉量 · Complaints by province</c>.</summary>
    [Parameter]
    [EditorRequired]
    public string Title { get; set; } = string.Empty;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (_map?.Id != MapId)
        {
            _map = Catalog.TryGet(MapId, out var map) ? map : null;
        }

        if (_map is null)
        {
            _looks = [];
            return;
        }

        // Only the regions on this map shape the classes: a province map is classed among its own cities.
        var values = Values ?? new Dictionary<string, double>();
        var features = _map.Features;
        var present = new double?[features.Count];
        for (var i = 0; i < features.Count; i++)
        {
            if (features[i].Key is { } key && values.TryGetValue(key, out var value) && double.IsFinite(value))
            {
                present[i] = value;
            }
        }

        _scale = ChoroplethScale.Create(present.Where(v => v.HasValue).Select(v => v!.Value));
        _looks = new RegionLook[features.Count];
        _hasZero = false;
        _hasNoData = false;
        var rows = new List<(string Name, double? Value)>();
        for (var i = 0; i < features.Count; i++)
        {
            var value = present[i];
            var label = $"{features[i].Name}: {(value is { } v ? WithUnit(v) : NoData)}";
            _looks[i] = new RegionLook(_scale.FillFor(value), label, Interactive: value.HasValue);
            _hasZero |= value == 0;
            _hasNoData |= value is null;
            if (features[i].Key is not null)
            {
                rows.Add((features[i].Name, value));
            }
        }

        _tableRows = [.. rows.OrderByDescending(r => r.Value ?? double.NegativeInfinity)
            .Select(r => (r.Name, r.Value is { } v ? WithUnit(v) : NoData))];
    }

    private string Format(double value) =>
        FormatValue?.Invoke(value) ?? value.ToString(value == Math.Floor(value) ? "N0" : "N2", Invariant);

    private string WithUnit(double value) => ValueLabel is null ? Format(value) : $"{Format(value)} {ValueLabel}";

    private string FormatRange(ChoroplethClass range) =>
        range.Min == range.Max ? Format(range.Min) : $"{Format(range.Min)} – {Format(range.Max)}";

    private Task SelectAsync(string key) => OnSelect.InvokeAsync(key);

    private Task OnKeyDownAsync(KeyboardEventArgs e, string key) =>
        e.Key is "Enter" or " " || e.Code == "Space" ? SelectAsync(key) : Task.CompletedTask;

    /// <summary>How one region is drawn for the current values.</summary>
    private readonly record struct RegionLook(string Fill, string Label, bool Interactive);
}
