using System.Text.Json;

namespace RegulatorHub.Dashboard.Api.Statistics;

/// <summary>The JSON body of <c>POST /api/v1/statistics/definitions</c>.</summary>
/// <param name="Name">1–100 characters, no control characters. Saving under a name you already use replaces that definition.</param>
/// <param name="Definition">The definition in the statistics-definition/v1 schema, e.g. {"schema":"statistics-definition/v1","dimensions":["category"],"from":"2026-01-01","to":"2026-06-30"}.</param>
public sealed record SaveDefinitionRequest(string? Name, JsonElement? Definition);
