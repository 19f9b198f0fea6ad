namespace RegulatorHub.Dashboard.Maps;

/// <summary>
/// Sorts values into up to five quantile classes, each with a colour of a sequential palette (light = low,
/// dark = high), and gives zero and missing values colours of their own.
/// </summary>
/// <remarks>
/// <para>Why quantiles: complaint counts across provinces are very skewed (a few coastal provinces have more than the
/// rest together), so a linear scale would paint one province dark and every other one nearly white. Quantile classes
/// put about as many regions in each class, so the map ranks regions at a glance; the legend gives each class's
/// actual range so the reader is not misled about the gaps.</para>
/// <para>Zero is data ("no complaints") and gets a near-white fill distinct from the palette; a region with no value
/// at all gets grey, the same as land without a code, because nothing is known about it.</para>
/// <para>Classes are formed over distinct values, so ties never straddle two classes and there may be fewer than five
/// classes; the classes used are then spread over the whole palette so that the darkest class is always the darkest
/// colour.</para>
/// </remarks>
public sealed class ChoroplethScale
{
    /// <summary>Fill for regions with no value, and for land without a region code.</summary>
    public const string NoDataFill = "#d0d0d0";

    /// <summary>Fill for a value of exactly zero.</summary>
    public const string ZeroFill = "#fbfbf8";

    /// <summary>The sequential palette, lightest first: a single blue hue growing darker (our own choice of steps,
    /// each a clear step darker, readable by colour-blind viewers because only lightness changes).</summary>
    public static readonly IReadOnlyList<string> Palette = ["#d6e6f5", "#9cc3e4", "#5b9bd0", "#2b6cb0", "#123f78"];

    private readonly double[] _lowerBounds;

    private ChoroplethScale(double[] lowerBounds, IReadOnlyList<ChoroplethClass> classes)
    {
        _lowerBounds = lowerBounds;
        Classes = classes;
    }

    /// <summary>The classes in use, lowest first; empty when no value is non-zero.</summary>
    public IReadOnlyList<ChoroplethClass> Classes { get; }

    /// <summary>Builds the scale for a set of values; zero and non-finite values do not shape the classes.</summary>
    public static ChoroplethScale Create(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Where(v => double.IsFinite(v) && v != 0).Order().ToArray();
        if (sorted.Length == 0)
        {
            return new ChoroplethScale([], []);
        }

        var distinct = sorted.Distinct().ToArray();
        var classCount = Math.Min(Palette.Count, distinct.Length);

        // Lower bound of class i: the value at quantile i/k of all (non-distinct) values, moved up to a distinct value
        // so that the classes stay strictly increasing even when many regions share one value.
        var bounds = new List<double> { sorted[0] };
        for (var i = 1; i < classCount; i++)
        {
            var candidate = sorted[(int)((long)i * sorted.Length / classCount)];
            if (candidate <= bounds[^1])
            {
                // The quantile falls inside a run of equal values already in the previous class: start this class at
                // the next larger value instead, if there is one.
                var next = Array.BinarySearch(distinct, bounds[^1]) + 1;
                if (next >= distinct.Length)
                {
                    break;
                }

                candidate = distinct[next];
            }

            bounds.Add(candidate);
        }

        var lowerBounds = bounds.ToArray();
        var classes = new List<ChoroplethClass>(lowerBounds.Length);
        for (var c = 0; c < lowerBounds.Length; c++)
        {
            var upper = c + 1 < lowerBounds.Length ? lowerBounds[c + 1] : double.PositiveInfinity;
            var members = sorted.Where(v => v >= lowerBounds[c] && v < upper).ToArray();
            classes.Add(new ChoroplethClass(members[0], members[^1], Palette[PaletteIndex(c, lowerBounds.Length)], members.Length));
        }

        return new ChoroplethScale(lowerBounds, classes);
    }

    /// <summary>The fill for a region: grey without a value, <see cref="ZeroFill"/> for zero, else its class colour.</summary>
    public string FillFor(double? value)
    {
        if (value is not { } v || !double.IsFinite(v))
        {
            return NoDataFill;
        }

        if (v == 0 || _lowerBounds.Length == 0)
        {
            return ZeroFill;
        }

        // The last class whose lower bound is at or below the value; values below the first bound (only possible for
        // values not passed to Create) fall in the lowest class.
        var index = Array.BinarySearch(_lowerBounds, v);
        var classIndex = index >= 0 ? index : Math.Max(0, ~index - 1);
        return Classes[classIndex].Fill;
    }

    private static int PaletteIndex(int classIndex, int classCount) =>
        classCount == 1 ? Palette.Count - 1 : (int)Math.Round((double)classIndex * (Palette.Count - 1) / (classCount - 1));
}
