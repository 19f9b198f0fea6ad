using RegulatorHub.Ingestion.Scrubbing;

namespace RegulatorHub.Testing.Scrubbing;

/// <summary>A synthetic narrative with the exact spans of every planted personal-data item.</summary>
/// <param name="Text">Narrative text.</param>
/// <param name="Labels">Planted items, located in <paramref name="Text"/>.</param>
/// <param name="LookAlikes">Planted values that must NOT be scrubbed (order numbers, amounts, dates …).</param>
public sealed record LabelledNarrative(string Text, IReadOnlyList<PersonalDataSpan> Labels, IReadOnlyList<string> LookAlikes);
