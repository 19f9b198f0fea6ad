namespace RegulatorHub.Dashboard.Api.Statistics;

/// <summary>A statistics definition in its two canonical written forms.</summary>
/// <param name="Query">The canonical query string (no leading '?'); append it to /api/v1/statistics or /api/v1/statistics/export.</param>
/// <param name="Json">The canonical JSON (schema statistics-definition/v1), as saved definitions and exported files hold it.</param>
public sealed record StatisticsDefinitionText(string Query, string Json);
