using System.Text;
using System.Text.Json;
using RegulatorHub.Domain.Taxonomy;

namespace RegulatorHub.Domain.Crosswalks;

/// <summary>
/// Maps one source's own labels (a platform's complaint types, the CFPB's products) onto one axis of our taxonomy.
/// Kept as data under <c>Data/crosswalks/</c>, never in code.
/// </summary>
/// <remarks>
/// Labels match after trimming, Unicode NFKC and case folding. A crosswalk may name a <see cref="Fallback"/> for
/// labels it does not list (for sources whose label sets drift, such as the CFPB's); without one, an unlisted label
/// is a validation error so the gap is seen and fixed in the data.
/// </remarks>
public sealed class Crosswalk
{
    private readonly Dictionary<string, string> _entries;

    private Crosswalk(string id, TaxonomyAxis axis, string? fallback, Dictionary<string, string> entries)
    {
        Id = id;
        Axis = axis;
        Fallback = fallback;
        _entries = entries;
    }

    /// <summary>The crosswalk's name, e.g. <c>cfpb-issue</c>; the file name without extension.</summary>
    public string Id { get; }

    /// <summary>The taxonomy axis the crosswalk maps to.</summary>
    public TaxonomyAxis Axis { get; }

    /// <summary>The code unlisted labels map to, or <see langword="null"/> when they are errors.</summary>
    public string? Fallback { get; }

    /// <summary>Number of listed labels.</summary>
    public int Count => _entries.Count;

    /// <summary>Reads a crosswalk document and checks every target code against the taxonomy.</summary>
    /// <exception cref="InvalidDataException">The document is malformed, repeats a label or names an unknown code.</exception>
    public static Crosswalk Load(string id, Stream json, ComplaintTaxonomy taxonomy)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var axis = root.TryGetProperty("axis", out var a) && a.GetString() is { } axisText
            ? axisText switch
            {
                "subject" => TaxonomyAxis.Subject,
                "issue" => TaxonomyAxis.Issue,
                _ => throw new InvalidDataException($"Crosswalk '{id}': axis must be 'subject' or 'issue', not '{axisText}'."),
            }
            : throw new InvalidDataException($"Crosswalk '{id}': 'axis' is required.");

        string? fallback = null;
        if (root.TryGetProperty("fallback", out var f) && f.ValueKind == JsonValueKind.String)
        {
            fallback = f.GetString()!;
            RequireCode(id, taxonomy, axis, fallback, "fallback");
        }

        if (!root.TryGetProperty("entries", out var entriesElement) || entriesElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"Crosswalk '{id}': 'entries' must be an object of label → code.");
        }

        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in entriesElement.EnumerateObject())
        {
            var code = property.Value.GetString() ?? string.Empty;
            RequireCode(id, taxonomy, axis, code, property.Name);
            if (!entries.TryAdd(NormalizeLabel(property.Name), code))
            {
                throw new InvalidDataException($"Crosswalk '{id}': label '{property.Name}' is listed twice.");
            }
        }

        return new Crosswalk(id, axis, fallback, entries);
    }

    /// <summary>Maps a source label to a taxonomy code.</summary>
    /// <param name="label">The source's label.</param>
    /// <param name="code">The mapped code; the fallback when the label is unlisted and a fallback exists.</param>
    /// <param name="isFallback">True when the fallback was used.</param>
    /// <returns>False when the label is unlisted and there is no fallback.</returns>
    public bool TryMap(string label, out string code, out bool isFallback)
    {
        // Most labels arrive exactly as listed; only variants pay for normalization.
        if (_entries.TryGetValue(label, out code!) || _entries.TryGetValue(NormalizeLabel(label), out code!))
        {
            isFallback = false;
            return true;
        }

        isFallback = Fallback is not null;
        code = Fallback!;
        return isFallback;
    }

    /// <summary>The form labels are compared in: trimmed, NFKC, lower case.</summary>
    public static string NormalizeLabel(string label) =>
        label.Trim().Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    private static void RequireCode(string id, ComplaintTaxonomy taxonomy, TaxonomyAxis axis, string code, string label)
    {
        if (!taxonomy.Contains(axis, code))
        {
            throw new InvalidDataException($"Crosswalk '{id}': '{label}' maps to '{code}', which is not a {axis} code in the taxonomy.");
        }
    }
}
