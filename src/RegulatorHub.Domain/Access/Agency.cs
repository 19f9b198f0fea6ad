namespace RegulatorHub.Domain.Access;

/// <summary>
/// A market-regulation agency and the regions it has jurisdiction over.
/// </summary>
/// <remarks>
/// <para>Invariants, checked by the constructor:</para>
/// <list type="bullet">
/// <item><see cref="Id"/> is 1–64 characters of lower-case ASCII letters, digits and <c>-</c> (<c>samr-hz</c>).</item>
/// <item><see cref="Name"/> is non-empty without surrounding white space.</item>
/// <item><see cref="Jurisdictions"/> holds at least one region code, each non-empty, without duplicates. Whether the
/// codes name known regions is checked where a <see cref="Jurisdiction"/> is built from them, against a gazetteer.</item>
/// </list>
/// <para>Two agencies are equal when their id, name and codes (in order) are equal.</para>
/// </remarks>
public sealed record Agency
{
    /// <summary>Creates an agency, validating the invariants listed on the type.</summary>
    /// <exception cref="ArgumentException">An argument breaks one of the invariants.</exception>
    public Agency(string id, string name, IEnumerable<string> jurisdictions)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(jurisdictions);
        if (!IsValidId(id))
        {
            throw new ArgumentException($"Agency id '{id}' must be 1–64 of a-z, 0-9 and '-'.", nameof(id));
        }

        if (name.Length == 0 || name.Trim().Length != name.Length)
        {
            throw new ArgumentException($"Agency {id}: the name must be non-empty and trimmed.", nameof(name));
        }

        var codes = jurisdictions.ToArray();
        if (codes.Length == 0)
        {
            throw new ArgumentException($"Agency {id} needs at least one region in its jurisdiction.", nameof(jurisdictions));
        }

        if (codes.Any(string.IsNullOrWhiteSpace) || codes.Distinct(StringComparer.Ordinal).Count() != codes.Length)
        {
            throw new ArgumentException($"Agency {id}: jurisdiction codes must be non-empty and distinct.", nameof(jurisdictions));
        }

        Id = id;
        Name = name;
        Jurisdictions = codes;
    }

    /// <summary>Stable identifier, the value of the <c>regulatorhub:agency</c> claim (<c>samr-hz</c>).</summary>
    public string Id { get; }

    /// <summary>The agency's name as written (<c>杭州市市场监督管理局</c>).</summary>
    public string Name { get; }

    /// <summary>Region codes (GB/T 2260 at any level, or <c>US-XX</c>) the agency has jurisdiction over, as configured.</summary>
    public IReadOnlyList<string> Jurisdictions { get; }

    /// <summary>Whether <paramref name="id"/> is a well-formed agency id.</summary>
    public static bool IsValidId(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <inheritdoc />
    public bool Equals(Agency? other) =>
        other is not null && Id == other.Id && Name == other.Name && Jurisdictions.SequenceEqual(other.Jurisdictions, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Jurisdictions.Count);

    /// <summary>Returns <c>id name</c>, e.g. <c>samr-hz 杭州市市场监督管理局</c>.</summary>
    public override string ToString() => $"{Id} {Name}";
}
