using System.Collections.ObjectModel;
using RegulatorHub.Domain.Privacy;

namespace RegulatorHub.Ingestion.Scrubbing;

/// <summary>Outcome of <see cref="NarrativeScrubber.Scrub(string)"/>.</summary>
public sealed class ScrubResult
{
    private static readonly ReadOnlyCollection<PersonalDataSpan> s_noSpans = new([]);

    internal ScrubResult(string text, IReadOnlyList<PersonalDataSpan> spans)
    {
        Text = text;
        Spans = spans;
        Counts = spans.Count == 0 ? PersonalDataCounts.None : PersonalDataCounts.Of(spans.Select(s => s.Kind));
    }

    /// <summary>The narrative with every detected item replaced by a typed placeholder.</summary>
    public string Text { get; }

    /// <summary>Detected spans in the ORIGINAL text, ordered by start, never overlapping.</summary>
    public IReadOnlyList<PersonalDataSpan> Spans { get; }

    /// <summary>Number of replaced items per kind.</summary>
    public PersonalDataCounts Counts { get; }

    /// <summary>Whether anything was replaced.</summary>
    public bool Changed => Spans.Count > 0;

    /// <summary>Count for one kind, 0 when absent.</summary>
    public int CountOf(PersonalDataKind kind) => Counts[kind];

    // Unchanged text reuses the caller's string and shared empty collections so the common case allocates once.
    internal static ScrubResult Unchanged(string text) => new(text, s_noSpans);
}
