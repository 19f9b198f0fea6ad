using Microsoft.Extensions.Options;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Access;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Application.Access;

/// <summary>Start-up validation of <c>Access</c>; every message names the configuration key to fix.</summary>
public sealed class ValidateAccessOptions(RegionGazetteer gazetteer) : IValidateOptions<AccessOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AccessOptions options)
    {
        var problems = Problems(options, gazetteer);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>What is wrong with <paramref name="options"/>, one sentence per problem, each naming its key.</summary>
    public static IReadOnlyList<string> Problems(AccessOptions options, RegionGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var problems = new List<string>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < options.Agencies.Count; i++)
        {
            var agency = options.Agencies[i];
            var key = $"{AccessOptions.SectionName}:Agencies:{i}";
            if (string.IsNullOrEmpty(agency.Id))
            {
                problems.Add($"{key}:Id is required.");
            }
            else if (!Agency.IsValidId(agency.Id))
            {
                problems.Add($"{key}:Id '{agency.Id}' must be 1–64 of a-z, 0-9 and '-'.");
            }
            else if (!ids.TryAdd(agency.Id, i))
            {
                problems.Add($"{key}:Id '{agency.Id}' is already the id of {AccessOptions.SectionName}:Agencies:{ids[agency.Id]}; ids must be unique.");
            }

            if (string.IsNullOrWhiteSpace(agency.Name) || agency.Name.Trim().Length != agency.Name.Length)
            {
                problems.Add($"{key}:Name is required (without surrounding spaces).");
            }

            if (agency.Jurisdictions.Count == 0)
            {
                problems.Add($"{key}:Jurisdictions needs at least one region code.");
            }
            else if (agency.Jurisdictions.Count > ComplaintListQuery.MaxRegionCodes)
            {
                problems.Add($"{key}:Jurisdictions has {agency.Jurisdictions.Count} region codes; at most {ComplaintListQuery.MaxRegionCodes}.");
            }

            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var j = 0; j < agency.Jurisdictions.Count; j++)
            {
                var code = agency.Jurisdictions[j];
                if (string.IsNullOrEmpty(code) || !gazetteer.TryGet(code, out _))
                {
                    problems.Add($"{key}:Jurisdictions:{j} '{code}' is not a known region code (GB/T 2260 at any level, or US-XX).");
                }
                else if (!seen.TryAdd(code, j))
                {
                    problems.Add($"{key}:Jurisdictions:{j} '{code}' repeats {key}:Jurisdictions:{seen[code]}.");
                }
            }
        }

        return problems;
    }
}
