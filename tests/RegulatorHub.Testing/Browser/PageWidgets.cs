using System.Text.Json.Serialization;

namespace RegulatorHub.Testing.Browser;

/// <summary>What a settled page showed: the filter bar's filter ("" when none or no bar), the URL and each widget.</summary>
public sealed record PageWidgets(
    [property: JsonPropertyName("filter")] string Filter,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("widgets")] IReadOnlyList<WidgetState> Widgets)
{
    /// <summary>The widget named <paramref name="name"/>.</summary>
    /// <exception cref="InvalidOperationException">No such widget on the page.</exception>
    public WidgetState this[string name] =>
        Widgets.FirstOrDefault(w => w.Name == name)
        ?? throw new InvalidOperationException($"No widget '{name}' on {Url} (has {string.Join(", ", Widgets.Select(w => w.Name))}).");
}
