using RegulatorHub.Analytics.Facts;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Analytics.Queries;

/// <summary>
/// How rows map to groups for up to three dimensions: per dimension a table from the column's code to the group's
/// ordinal along that dimension, and the key each ordinal stands for.
/// </summary>
internal sealed class GroupPlan
{
    public const int MaxDimensions = 3;

    private GroupPlan(FactDimension[] dimensions, int[][] maps, int[] sizes, Func<int, string?>[] keys)
    {
        Dimensions = dimensions;
        Maps = maps;
        Sizes = sizes;
        Keys = keys;
    }

    public FactDimension[] Dimensions { get; }

    /// <summary>Column code → ordinal, per dimension.</summary>
    public int[][] Maps { get; }

    /// <summary>Ordinals per dimension.</summary>
    public int[] Sizes { get; }

    /// <summary>Ordinal → key, per dimension (null for "not stated").</summary>
    public Func<int, string?>[] Keys { get; }

    /// <summary>Number of distinct groups (product of the sizes).</summary>
    public long GroupCount => Sizes.Aggregate(1L, (product, size) => product * size);

    public static GroupPlan For(ComplaintFactStore store, IReadOnlyList<FactDimension> dimensions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        if (dimensions.Count > MaxDimensions)
        {
            throw new ArgumentException($"Count by at most {MaxDimensions} dimensions (was {dimensions.Count}).", nameof(dimensions));
        }

        if (dimensions.Distinct().Count() != dimensions.Count)
        {
            throw new ArgumentException("Each dimension may appear once.", nameof(dimensions));
        }

        var maps = new int[dimensions.Count][];
        var sizes = new int[dimensions.Count];
        var keys = new Func<int, string?>[dimensions.Count];
        for (var d = 0; d < dimensions.Count; d++)
        {
            (maps[d], sizes[d], keys[d]) = PlanFor(store, dimensions[d]);
        }

        return new GroupPlan([.. dimensions], maps, sizes, keys);
    }

    private static (int[] Map, int Size, Func<int, string?> Key) PlanFor(ComplaintFactStore store, FactDimension dimension)
    {
        switch (dimension)
        {
            case FactDimension.Channel:
            {
                // Ordinals are the enum values themselves: a handful, so cubes by channel stay small and dense.
                var size = Enum.GetValues<ComplaintChannel>().Max(c => (int)c) + 1;
                var map = new int[256];
                for (var code = 0; code < size; code++)
                {
                    map[code] = code;
                }

                return (map, size, static code => code == 0 ? null : ((ComplaintChannel)code).ToString());
            }

            case FactDimension.Province or FactDimension.City or FactDimension.County:
            {
                // Region codes of every level share one dictionary of thousands; number only the ancestors that occur
                // at this level, so a cube by province has ~35 ordinals, not one per region code.
                var codes = store.Regions.Codes.Count;
                var level = store.Regions.LevelOf(dimension);
                var values = store.Regions.Codes.Values;
                var map = new int[codes];
                var ordinalOf = new Dictionary<int, int> { [0] = 0 };
                var keys = new List<string?> { null };
                for (var code = 1; code < Math.Min(codes, level.Length); code++)
                {
                    var ancestor = level[code];
                    if (!ordinalOf.TryGetValue(ancestor, out var ordinal))
                    {
                        ordinalOf[ancestor] = ordinal = keys.Count;
                        keys.Add(values[ancestor]);
                    }

                    map[code] = ordinal;
                }

                var keyArray = keys.ToArray();
                return (map, keyArray.Length, ordinal => keyArray[ordinal]);
            }

            default:
            {
                var dictionary = store.DictionaryOf(dimension)!;
                var size = dictionary.Count;
                var values = dictionary.Values;
                return (Identity(size), size, code => values[code]);
            }
        }
    }

    private static int[] Identity(int size)
    {
        var map = new int[size];
        for (var i = 0; i < size; i++)
        {
            map[i] = i;
        }

        return map;
    }
}
