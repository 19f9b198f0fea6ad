using System.Diagnostics.CodeAnalysis;

namespace RegulatorHub.Dashboard.Maps;

/// <summary>
/// A map ready to draw: every feature's outline already projected into SVG path data in a fixed view box. Built once
/// per map by <see cref="MapCatalog"/> and shared; immutable, so renders with new values never touch geometry.
/// </summary>
public sealed class MapShape
{
    private readonly Dictionary<string, MapFeature> _byKey;

    /// <summary>Creates a map from projected features.</summary>
    /// <param name="id">The map id (<c>cn</c>, a province code, <c>us</c>).</param>
    /// <param name="width">View box width.</param>
    /// <param name="height">View box height.</param>
    /// <param name="features">Features in drawing order; keys, where present, are unique.</param>
    /// <param name="insetFrames">SVG path data framing the insets (features drawn away from their true place); empty
    /// when the map has none.</param>
    /// <exception cref="ArgumentException">Two features have the same key.</exception>
    public MapShape(string id, double width, double height, IReadOnlyList<MapFeature> features, string insetFrames = "")
    {
        ArgumentNullException.ThrowIfNull(insetFrames);
        InsetFrames = insetFrames;
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(features);
        Id = id;
        Width = width;
        Height = height;
        Features = features;
        _byKey = new Dictionary<string, MapFeature>(StringComparer.Ordinal);
        foreach (var feature in features)
        {
            if (feature.Key is { } key && !_byKey.TryAdd(key, feature))
            {
                throw new ArgumentException($"Map '{id}' has two features with key '{key}'.", nameof(features));
            }
        }

        ViewBox = FormattableString.Invariant($"0 0 {width:0.#} {height:0.#}");
    }

    /// <summary>The map id: <c>cn</c>, a province code such as <c>440000</c>, or <c>us</c>.</summary>
    public string Id { get; }

    /// <summary>View box width, in the units of the features' path data.</summary>
    public double Width { get; }

    /// <summary>View box height, in the units of the features' path data.</summary>
    public double Height { get; }

    /// <summary>The SVG <c>viewBox</c> attribute, <c>0 0 width height</c>.</summary>
    public string ViewBox { get; }

    /// <summary>All features, keyed or not, in drawing order.</summary>
    public IReadOnlyList<MapFeature> Features { get; }

    /// <summary>SVG path data framing the insets (Alaska, Hawaii, 三沙市); empty when the map has none.</summary>
    public string InsetFrames { get; }

    /// <summary>The keys of the keyed features.</summary>
    public IEnumerable<string> Keys => _byKey.Keys;

    /// <summary>Looks a feature up by its region code.</summary>
    public bool TryGetFeature(string key, [NotNullWhen(true)] out MapFeature? feature)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _byKey.TryGetValue(key, out feature);
    }
}
