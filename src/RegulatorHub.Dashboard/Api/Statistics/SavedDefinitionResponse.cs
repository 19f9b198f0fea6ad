using RegulatorHub.Application.Exports;
using RegulatorHub.Application.Statistics;

namespace RegulatorHub.Dashboard.Api.Statistics;

/// <summary>A statistics definition the caller saved.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name (unique among the caller's definitions, ignoring case).</param>
/// <param name="Definition">The definition in canonical form; <see langword="null"/> if it no longer reads as a valid definition.</param>
/// <param name="CreatedAt">When it was first saved.</param>
/// <param name="UpdatedAt">When it was last saved.</param>
/// <param name="Table">Address of its table as JSON (first page).</param>
/// <param name="Run">Address that re-runs it as a download; add format=csv, xlsx or parquet.</param>
public sealed record SavedDefinitionResponse(
    string Id, string Name, StatisticsDefinitionText? Definition, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string? Table, string Run)
{
    /// <summary>The answer for a stored definition.</summary>
    public static SavedDefinitionResponse From(SavedStatisticsDefinition saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        var valid = StatisticsDefinitionJson.TryParse(saved.DefinitionJson, out var definition, out _);
        return new SavedDefinitionResponse(
            saved.Id,
            saved.Name,
            valid ? new StatisticsDefinitionText(StatisticsDefinitionParser.ToQueryString(definition!), StatisticsDefinitionJson.Serialize(definition!)) : null,
            saved.CreatedAt,
            saved.UpdatedAt,
            valid ? StatisticsTableApi.LinkFor(definition!, 1, PageRequest.DefaultPageSize) : null,
            StatisticsDefinitionsApi.RunLinkFor(saved.Id, null));
    }
}
