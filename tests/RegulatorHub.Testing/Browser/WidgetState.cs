using System.Text.Json.Serialization;

namespace RegulatorHub.Testing.Browser;

/// <summary>One <c>[data-widget]</c> element: its name, state, the filter its data was computed for and <c>data-total</c> if any.</summary>
public sealed record WidgetState(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("filter")] string Filter,
    [property: JsonPropertyName("total")] string? Total);
