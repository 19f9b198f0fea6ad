using System.Text.Json;
using RegulatorHub.Domain.Embedded;

namespace RegulatorHub.Domain.Taxonomy;

/// <summary>The subject × issue-nature taxonomy shipped as data (<c>Data/taxonomy.json</c>).</summary>
public sealed class ComplaintTaxonomy
{
    private static readonly Lazy<ComplaintTaxonomy> s_default = new(() =>
    {
        using var stream = EmbeddedData.Open("taxonomy.json");
        return Load(stream);
    });

    private readonly Dictionary<string, TaxonomyEntry> _subjects;
    private readonly Dictionary<string, TaxonomyEntry> _issues;

    private ComplaintTaxonomy(IReadOnlyList<TaxonomyEntry> subjects, IReadOnlyList<TaxonomyEntry> issues)
    {
        Subjects = subjects;
        Issues = issues;
        _subjects = subjects.ToDictionary(e => e.Code, StringComparer.Ordinal);
        _issues = issues.ToDictionary(e => e.Code, StringComparer.Ordinal);
    }

    /// <summary>The taxonomy embedded in this assembly.</summary>
    public static ComplaintTaxonomy Default => s_default.Value;

    /// <summary>Subject categories in their published order.</summary>
    public IReadOnlyList<TaxonomyEntry> Subjects { get; }

    /// <summary>Issue natures in their published order.</summary>
    public IReadOnlyList<TaxonomyEntry> Issues { get; }

    /// <summary>Reads a taxonomy document.</summary>
    /// <exception cref="InvalidDataException">The document is malformed or repeats a code.</exception>
    public static ComplaintTaxonomy Load(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var subjects = ReadAxis(root, "subjects", TaxonomyAxis.Subject);
        var issues = ReadAxis(root, "issues", TaxonomyAxis.Issue);
        return new ComplaintTaxonomy(subjects, issues);
    }

    /// <summary>Finds a class by axis and code.</summary>
    public bool TryGet(TaxonomyAxis axis, string code, out TaxonomyEntry entry)
    {
        var map = axis == TaxonomyAxis.Subject ? _subjects : _issues;
        return map.TryGetValue(code, out entry!);
    }

    /// <summary>True when <paramref name="code"/> is a class on <paramref name="axis"/>.</summary>
    public bool Contains(TaxonomyAxis axis, string code) => TryGet(axis, code, out _);

    private static List<TaxonomyEntry> ReadAxis(JsonElement root, string property, TaxonomyAxis axis)
    {
        if (!root.TryGetProperty(property, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"Taxonomy: '{property}' must be an array.");
        }

        var entries = new List<TaxonomyEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in array.EnumerateArray())
        {
            var code = RequiredString(item, "code", property);
            if (!seen.Add(code))
            {
                throw new InvalidDataException($"Taxonomy: code '{code}' appears twice in '{property}'.");
            }

            var group = item.TryGetProperty("group", out var g) ? g.GetString() ?? string.Empty : string.Empty;
            entries.Add(new TaxonomyEntry(code, axis, group, RequiredString(item, "zh", property), RequiredString(item, "en", property)));
        }

        return entries;
    }

    private static string RequiredString(JsonElement item, string name, string property) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new InvalidDataException($"Taxonomy: every entry of '{property}' needs a non-empty '{name}'.");
}
