using RegulatorHub.Domain.Privacy;
namespace RegulatorHub.Ingestion.Scrubbing;

/// <summary>One detected item of personal data, located in the original (unscrubbed) text.</summary>
/// <param name="Kind">What was detected.</param>
/// <param name="Start">Index of the first character in the original text.</param>
/// <param name="Length">Number of characters, separators inside the identifier included.</param>
public readonly record struct PersonalDataSpan(PersonalDataKind Kind, int Start, int Length)
{
    /// <summary>Index just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Whether this span shares at least one character with <paramref name="other"/>.</summary>
    public bool Overlaps(PersonalDataSpan other) => Start < other.End && other.Start < End;
}
