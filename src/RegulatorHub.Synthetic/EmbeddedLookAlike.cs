namespace RegulatorHub.Synthetic;

/// <summary>Number-like text in a narrative that is not personal data and should survive scrubbing.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Value">The exact text as it appears in the narrative.</param>
public sealed record EmbeddedLookAlike(LookAlikeKind Kind, string Value);
