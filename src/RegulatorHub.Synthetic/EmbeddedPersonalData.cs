namespace RegulatorHub.Synthetic;

/// <summary>One piece of personal data written into a narrative; the privacy tests check none of it reaches the store.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Value">
/// The exact text as it appears in the narrative (so <c>narrative.Contains(Value)</c> holds), without the label before
/// it (电话, 身份证号, 微信号, …).
/// </param>
public sealed record EmbeddedPersonalData(PersonalDataKind Kind, string Value);
