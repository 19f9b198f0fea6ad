using RegulatorHub.Analytics.Facts;

namespace RegulatorHub.Analytics.Queries;

/// <summary>
/// A <see cref="FactFilter"/> turned into per-column look-up tables over dictionary codes: a row passes when every
/// table says yes for its code. Region filters at any level fold into one table over the finest region code.
/// </summary>
internal sealed class ResolvedFilter
{
    private ResolvedFilter(int dayLow, int dayHigh)
    {
        DayLow = dayLow;
        DayHigh = dayHigh;
    }

    /// <summary>First day code counted.</summary>
    public int DayLow { get; }

    /// <summary>Last day code counted (inclusive).</summary>
    public int DayHigh { get; }

    public bool[]? Category { get; private init; }

    public bool[]? Issue { get; private init; }

    public bool[]? Region { get; private init; }

    public bool[]? Merchant { get; private init; }

    public bool[]? Platform { get; private init; }

    public bool[]? Channel { get; private init; }

    public bool[]? Source { get; private init; }

    /// <summary>True when the filter can match nothing (empty date range).</summary>
    public bool MatchesNothing => DayLow > DayHigh;

    /// <summary>The same filter over another inclusive range of day codes (the masks are shared, not rebuilt).</summary>
    public ResolvedFilter WithDays(int low, int high) => new(low, high)
    {
        Category = Category,
        Issue = Issue,
        Region = Region,
        Merchant = Merchant,
        Platform = Platform,
        Channel = Channel,
        Source = Source,
    };

    public static ResolvedFilter Resolve(ComplaintFactStore store, FactFilter filter)
    {
        var low = filter.From is { } from ? FactDays.Clamp(from) : 0;
        var high = filter.To is { } to ? FactDays.Clamp(to) : ushort.MaxValue;
        if (filter.From is { } f && f > FactDays.Last || filter.To is { } t && t < FactDays.Epoch)
        {
            (low, high) = (1, 0);
        }

        bool[]? Mask(FactDimension dimension) =>
            filter.Keys.TryGetValue(dimension, out var keys) ? MaskOf(store, dimension, keys, store.DictionaryOf(dimension)?.Count ?? 256) : null;

        return new ResolvedFilter(low, high)
        {
            Category = Mask(FactDimension.Category),
            Issue = Mask(FactDimension.Issue),
            Region = RegionMask(store, filter),
            Merchant = Mask(FactDimension.Merchant),
            Platform = Mask(FactDimension.Platform),
            Channel = Mask(FactDimension.Channel),
            Source = Mask(FactDimension.Source),
        };
    }

    private static bool[] MaskOf(ComplaintFactStore store, FactDimension dimension, IReadOnlySet<string> keys, int size)
    {
        var mask = new bool[size];
        foreach (var key in keys)
        {
            var code = store.CodeOf(dimension, key);
            if (code >= 0 && code < size)
            {
                mask[code] = true;
            }
        }

        return mask;
    }

    private static bool[]? RegionMask(ComplaintFactStore store, FactFilter filter)
    {
        bool[]? combined = null;
        foreach (var level in (ReadOnlySpan<FactDimension>)[FactDimension.Province, FactDimension.City, FactDimension.County])
        {
            if (!filter.Keys.TryGetValue(level, out var keys))
            {
                continue;
            }

            var size = store.Regions.Codes.Count;
            var allowed = MaskOf(store, level, keys, size);
            var map = store.Regions.LevelOf(level);
            combined ??= Enumerable.Repeat(true, size).ToArray();
            for (var code = 0; code < combined.Length; code++)
            {
                combined[code] &= code < map.Length && allowed[map[code]];
            }
        }

        return combined;
    }
}
