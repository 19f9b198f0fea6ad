using System.Collections.ObjectModel;
using RegulatorHub.Domain.Privacy;

namespace RegulatorHub.Ingestion.Scrubbing;

/// <summary>Outcome of <see cref="NarrativeScrubber.Scrub"/>.</summary>
public sealed class ScrubResult
{
    private static readonly ReadOnlyCollection<PersonalDataSpan> s_noSpans = new([]);
    private static readonly IReadOnlyDictionary<PersonalDataKind, int> s_noCounts =
        ReadOnlyDictionary<PersonalDataKind, int>.Empty;

    internal ScrubResult(string text, IReadOnlyList<PersonalDataSpan> spans, IReadOnlyDictionary<PersonalDataKind, int> counts)
    {
        Text = text;
        Spans = spans;
        Counts = counts;
    }

    /// <summary>The narrative with every detected item replaced by a typed placeholder.</summary>
    public string Text { get; }

    /// <summary>Detected spans in the ORIGINAL text, ordered by start, never overlapping.</summary>
    public IReadOnlyList<PersonalDataSpan> Spans { get; }

    /// <summary>Number of replaced items per kind; kinds that did not occur are absent.</summary>
    public IReadOnlyDictionary<PersonalDataKind, int> Counts { get; }

    /// <summary>Whether anything was replaced.</summary>
    public bool Changed => Spans.Count > 0;

    /// <summary>Count for one kind, 0 when absent.</summary>
    public int CountOf(PersonalDataKind kind) => Counts.TryGetValue(kind, out var n) ? n : 0;

    // Unchanged text reuses the caller's string and shared empty collections so the common case allocates once.
    internal static ScrubResult Unchanged(string text) => new(text, s_noSpans, s_noCounts);
}
