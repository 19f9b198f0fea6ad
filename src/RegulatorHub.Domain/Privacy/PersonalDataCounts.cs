using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace RegulatorHub.Domain.Privacy;

/// <summary>
/// How many items of each kind of personal data were removed from a complaint's text on ingestion. Lets a
/// regulator see how much the scrubber did (and audit it) without anything removed being kept.
/// </summary>
/// <remarks>
/// The written form (<see cref="ToString"/>, <see cref="Parse"/>) is compact and stable, e.g.
/// <c>mobile:2,address:1</c>, so stores can keep it in one column and people can read it.
/// </remarks>
public sealed class PersonalDataCounts : IEquatable<PersonalDataCounts>
{
    private static readonly ImmutableArray<PersonalDataKind> s_kinds = [.. Enum.GetValues<PersonalDataKind>()];

    // Codes are part of the stored form, so they are spelled out rather than derived from the enum names.
    private static readonly Dictionary<PersonalDataKind, string> s_codeByKind = new()
    {
        [PersonalDataKind.ResidentId] = "resident-id",
        [PersonalDataKind.Mobile] = "mobile",
        [PersonalDataKind.Landline] = "landline",
        [PersonalDataKind.BankCard] = "bank-card",
        [PersonalDataKind.Email] = "email",
        [PersonalDataKind.QQ] = "qq",
        [PersonalDataKind.WeChatId] = "wechat-id",
        [PersonalDataKind.LicencePlate] = "licence-plate",
        [PersonalDataKind.Address] = "address",
        [PersonalDataKind.Name] = "name",
        [PersonalDataKind.UsSsn] = "us-ssn",
        [PersonalDataKind.UsPhone] = "us-phone",
    };

    private static readonly Dictionary<string, PersonalDataKind> s_kindByCode =
        s_codeByKind.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    private readonly ImmutableArray<int> _counts;

    private PersonalDataCounts(ImmutableArray<int> counts)
    {
        _counts = counts;
        Total = counts.Sum();
    }

    /// <summary>Nothing removed.</summary>
    public static PersonalDataCounts None { get; } = new(ImmutableArray.Create(new int[s_kinds.Length]));

    /// <summary>Items removed, all kinds together.</summary>
    public int Total { get; }

    /// <summary>Items of one kind removed.</summary>
    public int this[PersonalDataKind kind] => _counts[(int)kind];

    /// <summary>The kinds with a non-zero count, in declaration order.</summary>
    public IEnumerable<KeyValuePair<PersonalDataKind, int>> NonZero =>
        s_kinds.Where(k => _counts[(int)k] > 0).Select(k => KeyValuePair.Create(k, _counts[(int)k]));

    /// <summary>Counts from (kind, count) pairs; a kind listed twice is summed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static PersonalDataCounts From(IEnumerable<KeyValuePair<PersonalDataKind, int>> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var values = new int[s_kinds.Length];
        foreach (var (kind, count) in counts)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(counts));
            values[(int)kind] += count;
        }

        return values.All(v => v == 0) ? None : new PersonalDataCounts(ImmutableArray.Create(values));
    }

    /// <summary>Counts one item per element of <paramref name="kinds"/>.</summary>
    public static PersonalDataCounts Of(IEnumerable<PersonalDataKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var values = new int[s_kinds.Length];
        foreach (var kind in kinds)
        {
            values[(int)kind]++;
        }

        return values.All(v => v == 0) ? None : new PersonalDataCounts(ImmutableArray.Create(values));
    }

    /// <summary>The sum of two sets of counts (e.g. narrative and merchant name).</summary>
    public PersonalDataCounts Plus(PersonalDataCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Total == 0)
        {
            return this;
        }

        return Total == 0 ? other : From(NonZero.Concat(other.NonZero));
    }

    /// <summary>The stable code of a kind in the written form, e.g. <c>resident-id</c>.</summary>
    public static string CodeOf(PersonalDataKind kind) => s_codeByKind[kind];

    /// <summary>Reads the written form; empty or <see langword="null"/> is <see cref="None"/>.</summary>
    /// <exception cref="FormatException">An entry is not <c>code:count</c> with a known code and a count ≥ 0.</exception>
    public static PersonalDataCounts Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return None;
        }

        var pairs = new List<KeyValuePair<PersonalDataKind, int>>();
        foreach (var entry in text.Split(','))
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !s_kindByCode.TryGetValue(entry[..colon], out var kind) ||
                !int.TryParse(entry.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                throw new FormatException($"'{entry}' is not a personal-data count (expected code:count, e.g. mobile:2).");
            }

            pairs.Add(KeyValuePair.Create(kind, count));
        }

        return From(pairs);
    }

    /// <summary>The written form, e.g. <c>mobile:2,address:1</c>; empty when nothing was removed.</summary>
    public override string ToString()
    {
        if (Total == 0)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        foreach (var (kind, count) in NonZero)
        {
            sb.Append(sb.Length == 0 ? string.Empty : ",").Append(CodeOf(kind)).Append(':').Append(count.ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <inheritdoc />
    public bool Equals(PersonalDataCounts? other) => other is not null && _counts.SequenceEqual(other._counts);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PersonalDataCounts);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var c in _counts)
        {
            hash.Add(c);
        }

        return hash.ToHashCode();
    }
}
