namespace RegulatorHub.Dashboard.Filtering;

/// <summary>One choice of a filter-bar list.</summary>
/// <param name="Key">The value written to the URL.</param>
/// <param name="Label">The facts' own display name, where they carry one (merchants); otherwise names come from <c>DisplayNames</c>.</param>
/// <param name="Count">Complaints held with this key (lists are ordered by it, largest first).</param>
public sealed record FilterOption(string Key, string? Label, long Count);
