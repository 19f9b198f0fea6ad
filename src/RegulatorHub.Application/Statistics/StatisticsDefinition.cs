using System.Collections.Frozen;
using System.Globalization;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Time;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Application.Statistics;

/// <summary>What an analyst asks for: the breakdown, the periods, the date range and the filters of a statistics table.</summary>
/// <remarks>
/// Immutable. Construction does not validate (a definition read from a request must be able to report every problem at
/// once); call <see cref="Validate"/> before use. Equality compares contents: the order of <see cref="Dimensions"/>
/// matters (it is the row nesting order), the order of filter keys does not.
/// </remarks>
public sealed record StatisticsDefinition
{
    /// <summary>The most dimensions a table can be broken down by.</summary>
    public const int MaxDimensions = 3;

    /// <summary>The most keys one filter may list.</summary>
    public const int MaxFilterKeys = 200;

    /// <summary>The longest key a filter may list, in characters.</summary>
    public const int MaxKeyLength = 200;

    /// <summary>The longest date range, in years.</summary>
    public const int MaxSpanYears = 10;

    /// <summary>The dimensions of the breakdown, 0–3 distinct, outermost first.</summary>
    public IReadOnlyList<StatisticsDimension> Dimensions { get; init; } = [];

    /// <summary>The level of <see cref="StatisticsDimension.Region"/>; province by default.</summary>
    public StatisticsRegionLevel RegionLevel { get; init; } = StatisticsRegionLevel.Province;

    /// <summary>Period width, or <see langword="null"/> for totals over the whole range.</summary>
    public TimeGranularity? Granularity { get; init; }

    /// <summary>First received date counted (inclusive).</summary>
    public required DateOnly From { get; init; }

    /// <summary>Last received date counted (inclusive); not before <see cref="From"/>, at most 10 years after it.</summary>
    public required DateOnly To { get; init; }

    /// <summary>
    /// Allowed keys per filtered dimension (a complaint counts when its value is one of them for every filtered
    /// dimension). Region keys are region codes of one level (province <c>330000</c>, city <c>330100</c>, county
    /// <c>330106</c>, US state <c>US-CA</c>), independent of <see cref="RegionLevel"/>; channel keys are channel names.
    /// </summary>
    public IReadOnlyDictionary<StatisticsDimension, IReadOnlyList<string>> Filters { get; init; } =
        FrozenDictionary<StatisticsDimension, IReadOnlyList<string>>.Empty;

    /// <summary>Every problem of the definition, each naming the API parameter; empty when it is valid.</summary>
    public IReadOnlyList<StatisticsParameterError> Validate()
    {
        var errors = new List<StatisticsParameterError>();
        if (Dimensions is null)
        {
            errors.Add(new(StatisticsParameters.Dimensions, "dimensions must be a list (it may be empty)."));
        }
        else
        {
            if (Dimensions.Count > MaxDimensions)
            {
                errors.Add(new(StatisticsParameters.Dimensions, Invariant($"At most {MaxDimensions} dimensions are allowed (were {Dimensions.Count}).")));
            }

            if (Dimensions.Any(d => !Enum.IsDefined(d)))
            {
                errors.Add(new(StatisticsParameters.Dimensions, "dimensions holds an unknown dimension."));
            }

            var repeated = Dimensions.Where(Enum.IsDefined).GroupBy(d => d).Where(g => g.Count() > 1).Select(g => StatisticsParameters.NameOf(g.Key)).ToList();
            if (repeated.Count > 0)
            {
                errors.Add(new(StatisticsParameters.Dimensions, $"Each dimension may appear once; repeated: {string.Join(", ", repeated)}."));
            }
        }

        if (!Enum.IsDefined(RegionLevel))
        {
            errors.Add(new(StatisticsParameters.RegionLevel, "regionLevel must be province, city or county."));
        }

        if (Granularity is { } granularity && !Enum.IsDefined(granularity))
        {
            errors.Add(new(StatisticsParameters.Granularity, "granularity must be day, week, month or none."));
        }

        if (From == default)
        {
            errors.Add(new(StatisticsParameters.From, "from is required (YYYY-MM-DD)."));
        }

        if (To == default)
        {
            errors.Add(new(StatisticsParameters.To, "to is required (YYYY-MM-DD)."));
        }

        if (From != default && To != default)
        {
            if (From > To)
            {
                errors.Add(new(StatisticsParameters.From, Invariant($"from ({From:yyyy-MM-dd}) is after to ({To:yyyy-MM-dd}).")));
            }
            else if (To > From.AddYears(MaxSpanYears))
            {
                errors.Add(new(StatisticsParameters.To, Invariant($"The range from {From:yyyy-MM-dd} to {To:yyyy-MM-dd} is longer than {MaxSpanYears} years.")));
            }
        }

        if (Filters is null)
        {
            errors.Add(new(StatisticsParameters.Dimensions, "filters must be a map (it may be empty)."));
            return errors;
        }

        foreach (var (dimension, keys) in Filters.OrderBy(f => f.Key))
        {
            if (!Enum.IsDefined(dimension))
            {
                errors.Add(new(StatisticsParameters.Dimensions, "A filter names an unknown dimension."));
                continue;
            }

            var name = StatisticsParameters.NameOf(dimension);
            ValidateFilter(dimension, name, keys, errors);
        }

        return errors;
    }

    /// <summary>The fact dimension a statistics dimension counts by, at this definition's region level.</summary>
    public FactDimension FactDimensionOf(StatisticsDimension dimension) => dimension switch
    {
        StatisticsDimension.Category => FactDimension.Category,
        StatisticsDimension.Issue => FactDimension.Issue,
        StatisticsDimension.Region => RegionLevel switch
        {
            StatisticsRegionLevel.City => FactDimension.City,
            StatisticsRegionLevel.County => FactDimension.County,
            _ => FactDimension.Province,
        },
        StatisticsDimension.Merchant => FactDimension.Merchant,
        StatisticsDimension.Platform => FactDimension.Platform,
        StatisticsDimension.Channel => FactDimension.Channel,
        StatisticsDimension.Source => FactDimension.Source,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown statistics dimension."),
    };

    /// <summary>The level a region filter key names, judged by the shape of the code; <see langword="null"/> when it is no region code.</summary>
    public static StatisticsRegionLevel? RegionLevelOfCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length == 5 && code.StartsWith("US-", StringComparison.Ordinal) && char.IsAsciiLetterUpper(code[3]) && char.IsAsciiLetterUpper(code[4]))
        {
            return StatisticsRegionLevel.Province;
        }

        if (code.Length != 6 || !code.All(char.IsAsciiDigit) || code.StartsWith("00", StringComparison.Ordinal))
        {
            return null;
        }

        return code.EndsWith("0000", StringComparison.Ordinal) ? StatisticsRegionLevel.Province
            : code.EndsWith("00", StringComparison.Ordinal) ? StatisticsRegionLevel.City
            : StatisticsRegionLevel.County;
    }

    /// <inheritdoc />
    public bool Equals(StatisticsDefinition? other) =>
        other is not null
        && RegionLevel == other.RegionLevel
        && Granularity == other.Granularity
        && From == other.From
        && To == other.To
        && Dimensions.SequenceEqual(other.Dimensions)
        && Filters.Count == other.Filters.Count
        && Filters.All(f => other.Filters.TryGetValue(f.Key, out var keys) && keys.ToHashSet(StringComparer.Ordinal).SetEquals(f.Value));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(RegionLevel);
        hash.Add(Granularity);
        hash.Add(From);
        hash.Add(To);
        foreach (var dimension in Dimensions)
        {
            hash.Add(dimension);
        }

        foreach (var dimension in Filters.Keys.Order())
        {
            hash.Add(dimension);
            hash.Add(Filters[dimension].Distinct(StringComparer.Ordinal).Count());
        }

        return hash.ToHashCode();
    }

    private static void ValidateFilter(StatisticsDimension dimension, string name, IReadOnlyList<string>? keys, List<StatisticsParameterError> errors)
    {
        if (keys is null || keys.Count == 0)
        {
            errors.Add(new(name, $"{name} needs at least one key when given."));
            return;
        }

        if (keys.Count > MaxFilterKeys)
        {
            errors.Add(new(name, Invariant($"{name} lists {keys.Count} keys; at most {MaxFilterKeys} are allowed.")));
        }

        if (keys.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add(new(name, $"{name} holds an empty key."));
            return;
        }

        if (keys.Any(k => k.Length > MaxKeyLength))
        {
            errors.Add(new(name, Invariant($"{name} holds a key longer than {MaxKeyLength} characters.")));
        }

        if (dimension == StatisticsDimension.Channel)
        {
            var unknown = keys.Where(k => !IsChannelName(k)).Take(3).ToList();
            if (unknown.Count > 0)
            {
                errors.Add(new(name, $"{name} holds unknown channels ({string.Join(", ", unknown)}); known: {string.Join(", ", Enum.GetNames<ComplaintChannel>())}."));
            }
        }

        if (dimension == StatisticsDimension.Region)
        {
            var levels = keys.Select(RegionLevelOfCode).ToList();
            if (levels.Any(level => level is null))
            {
                errors.Add(new(name, $"{name} holds a key that is not a region code (like 330000, 330100, 330106 or US-CA)."));
            }
            else if (levels.Distinct().Count() > 1)
            {
                errors.Add(new(name, $"{name} mixes region levels; list provinces, cities or counties, not a mixture."));
            }
        }
    }

    private static bool IsChannelName(string key) =>
        !int.TryParse(key, CultureInfo.InvariantCulture, out _) && Enum.TryParse<ComplaintChannel>(key, ignoreCase: false, out var channel) && Enum.IsDefined(channel);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
