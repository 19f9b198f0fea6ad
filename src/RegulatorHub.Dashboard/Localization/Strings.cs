namespace RegulatorHub.Dashboard.Localization;

/// <summary>
/// Marker for the dashboard's text. Keys are the English text itself, so English needs no resource file and a missing
/// Chinese translation shows English rather than a key; <c>Strings.zh-CN.resx</c> holds the Chinese.
/// </summary>
public sealed class Strings;
