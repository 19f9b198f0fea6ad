namespace RegulatorHub.Dashboard.Model;

/// <summary>One row of a count table as shown: a label, a secondary label, the count and its share of the total.</summary>
/// <param name="Key">The code grouped by.</param>
/// <param name="Label">Primary (Chinese) label.</param>
/// <param name="SecondaryLabel">Secondary (English) label, or <see langword="null"/>.</param>
/// <param name="Count">Complaints.</param>
/// <param name="Share">Share of all complaints in the window, 0–1.</param>
public sealed record CountRow(string Key, string Label, string? SecondaryLabel, long Count, double Share);
