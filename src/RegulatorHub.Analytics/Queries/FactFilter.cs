using System.Collections.Frozen;
using RegulatorHub.Analytics.Facts;

namespace RegulatorHub.Analytics.Queries;

/// <summary>
/// Which facts a query counts: an inclusive date range and, per dimension, the keys allowed (a fact passes when its
/// value is one of them for every filtered dimension). Immutable.
/// </summary>
public sealed record FactFilter
{
    /// <summary>Everything.</summary>
    public static FactFilter All { get; } = new();

    /// <summary>First day counted (inclusive); <see langword="null"/> for no lower bound.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day counted (inclusive); <see langword="null"/> for no upper bound.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Allowed keys per filtered dimension (region keys are region codes at that dimension's level).</summary>
    public IReadOnlyDictionary<FactDimension, IReadOnlySet<string>> Keys { get; init; } =
        FrozenDictionary<FactDimension, IReadOnlySet<string>>.Empty;

    /// <summary>This filter restricted to an inclusive date range.</summary>
    /// <exception cref="ArgumentException"><paramref name="from"/> is after <paramref name="to"/>.</exception>
    public FactFilter Between(DateOnly from, DateOnly to) => from <= to
        ? this with { From = from, To = to }
        : throw new ArgumentException($"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd}).", nameof(from));

    /// <summary>This filter with <paramref name="dimension"/> restricted to <paramref name="keys"/> (replacing any earlier restriction).</summary>
    /// <exception cref="ArgumentException">No keys were given.</exception>
    public FactFilter Where(FactDimension dimension, params IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var set = keys.ToFrozenSet(StringComparer.Ordinal);
        if (set.Count == 0)
        {
            throw new ArgumentException($"A filter on {dimension} needs at least one key.", nameof(keys));
        }

        var all = new Dictionary<FactDimension, IReadOnlySet<string>>(Keys) { [dimension] = set };
        return this with { Keys = all.ToFrozenDictionary() };
    }

    /// <summary>This filter without any restriction on <paramref name="dimension"/> (for "share within the rest").</summary>
    public FactFilter Without(FactDimension dimension) =>
        Keys.ContainsKey(dimension) ? this with { Keys = Keys.Where(k => k.Key != dimension).ToFrozenDictionary() } : this;
}
