using System.Globalization;
using System.Text;

namespace RegulatorHub.Application.Exports;

/// <summary>
/// A statistics table definition an analyst saved under a name, to run again later. The definition itself is opaque
/// here (canonical JSON whose schema the statistics builder owns). Validated on construction.
/// </summary>
public sealed record SavedStatisticsDefinition
{
    /// <summary>Longest name accepted.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Largest definition accepted, in UTF-8 bytes (16 KiB).</summary>
    public const int MaxDefinitionBytes = 16 * 1024;

    /// <summary>Creates a saved definition.</summary>
    /// <param name="id">Opaque id (a GUID in "N" form or a ULID); unique per owner.</param>
    /// <param name="owner">The user who saved it (as the caller identifies users; matched exactly).</param>
    /// <param name="name">1–100 characters after trimming, no control characters; stored trimmed, unique per owner ignoring case.</param>
    /// <param name="definitionJson">The definition as canonical JSON, at most 16 KiB of UTF-8; not parsed here.</param>
    /// <param name="createdAt">When it was first saved.</param>
    /// <param name="updatedAt">When it was last saved; not before <paramref name="createdAt"/>.</param>
    /// <exception cref="ArgumentException">A value breaks the rules above.</exception>
    public SavedStatisticsDefinition(string id, string owner, string name, string definitionJson, DateTimeOffset createdAt, DateTimeOffset updatedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentException.ThrowIfNullOrWhiteSpace(definitionJson);
        if (!IsValidName(name))
        {
            throw new ArgumentException($"A definition name has 1–{MaxNameLength} characters (after trimming) and no control characters.", nameof(name));
        }

        if (Encoding.UTF8.GetByteCount(definitionJson) > MaxDefinitionBytes)
        {
            throw new ArgumentException($"A saved definition is at most {MaxDefinitionBytes} bytes of UTF-8.", nameof(definitionJson));
        }

        if (updatedAt < createdAt)
        {
            throw new ArgumentException("A definition cannot be updated before it was created.", nameof(updatedAt));
        }

        Id = id;
        Owner = owner;
        Name = name.Trim();
        DefinitionJson = definitionJson;
        CreatedAt = createdAt;
        UpdatedAt = updatedAt;
    }

    /// <summary>Opaque id, unique per owner.</summary>
    public string Id { get; }

    /// <summary>The user who saved it.</summary>
    public string Owner { get; }

    /// <summary>The name as saved (trimmed).</summary>
    public string Name { get; }

    /// <summary>The name as compared: <see cref="NormalizeName"/> of <see cref="Name"/>.</summary>
    public string NormalizedName => NormalizeName(Name);

    /// <summary>The definition (canonical JSON, opaque to the store).</summary>
    public string DefinitionJson { get; }

    /// <summary>When it was first saved.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>When it was last saved.</summary>
    public DateTimeOffset UpdatedAt { get; }

    /// <summary>The form names are compared in: trimmed, lower case (invariant culture).</summary>
    public static string NormalizeName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToLower(CultureInfo.InvariantCulture);
    }

    /// <summary>True when <paramref name="name"/> could name a definition (see the constructor's rules).</summary>
    public static bool IsValidName(string? name) =>
        name is not null && name.Trim().Length is > 0 and <= MaxNameLength && !name.Any(char.IsControl);
}
