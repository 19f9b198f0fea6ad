using System.Globalization;
using System.Text;

namespace RegulatorHub.Dashboard.Maps;

/// <summary>
/// Projects lon/lat rings into SVG path data: equirectangular, longitude scaled by the cosine of the layer's middle
/// latitude, fitted to a fixed width.
/// </summary>
/// <remarks>
/// A conic projection would be truer for the US and for China as a whole, but at dashboard size the difference is
/// small and this one needs no parameters per map, keeps north up and is trivially checked. Features listed as
/// <see cref="MapInset"/>s are projected on their own (with their own middle latitude) and fitted into their box.
/// </remarks>
internal static class MapProjection
{
    /// <summary>Every map's view box is this wide; its height follows the map's shape.</summary>
    public const double Width = 1000;

    private const double Padding = 6;

    /// <summary>
    /// Builds a <see cref="MapShape"/> from a decoded map file.
    /// </summary>
    /// <param name="file">The map's features, rings in degrees.</param>
    /// <param name="name">The display name of each feature.</param>
    /// <param name="insets">Features to draw in boxes of their own; others are ignored if the map lacks them.</param>
    public static MapShape Project(MapDataFile file, Func<MapDataFeature, string> name, IReadOnlyList<MapInset> insets)
    {
        var insetOf = insets.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var main = file.Features.Where(f => f.Key is null || !insetOf.ContainsKey(f.Key)).ToList();
        var mainBounds = Bounds.Of(main);
        var inner = Width - (2 * Padding);
        var scale = inner / mainBounds.ProjectedWidth;
        var mainHeight = mainBounds.ProjectedHeight * scale;
        var height = mainHeight + (2 * Padding);

        var paths = new Dictionary<MapDataFeature, string>();
        var frames = new StringBuilder();
        foreach (var feature in main)
        {
            paths[feature] = ToPath(feature, mainBounds, scale, Padding, Padding);
        }

        foreach (var feature in file.Features.Where(f => f.Key is not null && insetOf.ContainsKey(f.Key)))
        {
            var box = insetOf[feature.Key!];
            var bounds = Bounds.Of([feature]);
            var boxWidth = box.Width * inner;
            var boxHeight = box.Height * mainHeight;
            var insetScale = Math.Min(boxWidth / bounds.ProjectedWidth, boxHeight / bounds.ProjectedHeight);

            // Centre the feature in its box, then grow the view box if the box reaches below the main layer.
            var left = Padding + (box.Left * inner) + ((boxWidth - (bounds.ProjectedWidth * insetScale)) / 2);
            var top = Padding + (box.Top * mainHeight) + ((boxHeight - (bounds.ProjectedHeight * insetScale)) / 2);
            paths[feature] = ToPath(feature, bounds, insetScale, left, top);

            // A thin frame round the inset says "not to position" without words.
            const double margin = 4;
            frames.Append(string.Create(CultureInfo.InvariantCulture,
                $"M{left - margin:0.#} {top - margin:0.#}h{(bounds.ProjectedWidth * insetScale) + (2 * margin):0.#}v{(bounds.ProjectedHeight * insetScale) + (2 * margin):0.#}h{-((bounds.ProjectedWidth * insetScale) + (2 * margin)):0.#}Z"));
            height = Math.Max(height, top + (bounds.ProjectedHeight * insetScale) + margin + 1);
        }

        var features = file.Features.Select(f => new MapFeature(f.Key, name(f), paths[f])).ToList();
        return new MapShape(file.Id, Width, Math.Ceiling(height), features, frames.ToString());
    }

    private static string ToPath(MapDataFeature feature, Bounds bounds, double scale, double left, double top)
    {
        // One decimal of a 1000-wide box is finer than a screen pixel; more would only lengthen the markup.
        var path = new StringBuilder();
        foreach (var ring in feature.Rings)
        {
            var start = path.Length;
            var written = 0;
            string? previous = null;
            for (var i = 0; i + 1 < ring.Length; i += 2)
            {
                var x = left + ((ring[i] - bounds.MinLon) * bounds.CosLat * scale);
                var y = top + ((bounds.MaxLat - ring[i + 1]) * scale);
                var point = string.Create(CultureInfo.InvariantCulture, $"{x:0.#} {y:0.#}");
                if (point == previous)
                {
                    continue;
                }

                path.Append(written == 0 ? 'M' : 'L').Append(point);
                previous = point;
                written++;
            }

            if (written < 3)
            {
                // Rounded away to a line or a dot: drop it rather than draw a hairline.
                path.Length = start;
                continue;
            }

            path.Append('Z');
        }

        return path.ToString();
    }

    /// <summary>A layer's lon/lat bounds and the scale of a degree of longitude at its middle latitude.</summary>
    private readonly record struct Bounds(double MinLon, double MaxLon, double MinLat, double MaxLat)
    {
        public double CosLat => Math.Cos((MinLat + MaxLat) / 2 * Math.PI / 180);

        // Guard against a degenerate layer (one point): never divide by zero.
        public double ProjectedWidth => Math.Max((MaxLon - MinLon) * CosLat, 1e-6);

        public double ProjectedHeight => Math.Max(MaxLat - MinLat, 1e-6);

        public static Bounds Of(IEnumerable<MapDataFeature> features)
        {
            double minLon = double.PositiveInfinity, maxLon = double.NegativeInfinity;
            double minLat = double.PositiveInfinity, maxLat = double.NegativeInfinity;
            foreach (var ring in features.SelectMany(f => f.Rings))
            {
                for (var i = 0; i + 1 < ring.Length; i += 2)
                {
                    minLon = Math.Min(minLon, ring[i]);
                    maxLon = Math.Max(maxLon, ring[i]);
                    minLat = Math.Min(minLat, ring[i + 1]);
                    maxLat = Math.Max(maxLat, ring[i + 1]);
                }
            }

            return double.IsInfinity(minLon) ? new Bounds(0, 1, 0, 1) : new Bounds(minLon, maxLon, minLat, maxLat);
        }
    }
}
