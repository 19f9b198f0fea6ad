using Microsoft.Extensions.Configuration;
using RegulatorHub.Application.Referrals;

namespace RegulatorHub.Hosting.Referrals;

/// <summary>
/// The default agency lookups, read from <c>Access:Agencies</c> (an array of <c>Id</c>, <c>Name</c> and
/// <c>Jurisdictions</c>, GB/T 2260 codes at any level, as the shared contract defines it). The host may bind the
/// lookups to the access directory instead; this keeps referrals working without it.
/// </summary>
/// <remarks>
/// A code covers the codes it prefixes once its trailing "00" pairs are dropped: <c>330000</c> (a province) covers
/// <c>33xxxx</c>, <c>330100</c> (a city) covers <c>3301xx</c>. The most specific (longest) covering code wins.
/// </remarks>
public sealed class ConfiguredAgencyDirectory : IAgencyLookup, IJurisdictionLookup
{
    /// <summary>The configuration section read.</summary>
    public const string SectionName = "Access:Agencies";

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, string AgencyId)> _coverage = [];

    /// <summary>Reads the agencies from <paramref name="configuration"/>.</summary>
    public ConfiguredAgencyDirectory(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var agency in configuration.GetSection(SectionName).GetChildren())
        {
            var id = agency["Id"];
            if (string.IsNullOrWhiteSpace(id))
            {
                continue;
            }

            _names[id] = string.IsNullOrWhiteSpace(agency["Name"]) ? id : agency["Name"]!;
            foreach (var code in agency.GetSection("Jurisdictions").GetChildren().Select(c => c.Value).OfType<string>())
            {
                _coverage.Add((Prefix(code.Trim()), id));
            }
        }

        _coverage.Sort((a, b) => b.Prefix.Length != a.Prefix.Length ? b.Prefix.Length - a.Prefix.Length : string.CompareOrdinal(a.AgencyId, b.AgencyId));
    }

    /// <inheritdoc />
    public bool Exists(string agencyId) => agencyId is not null && _names.ContainsKey(agencyId);

    /// <inheritdoc />
    public string? NameOf(string agencyId) => agencyId is not null && _names.TryGetValue(agencyId, out var name) ? name : null;

    /// <inheritdoc />
    public string? AgencyFor(string? regionCode)
    {
        if (string.IsNullOrWhiteSpace(regionCode))
        {
            return null;
        }

        foreach (var (prefix, agencyId) in _coverage)
        {
            if (regionCode.StartsWith(prefix, StringComparison.Ordinal))
            {
                return agencyId;
            }
        }

        return null;
    }

    private static string Prefix(string code)
    {
        var prefix = code;
        while (prefix.Length > 2 && prefix.EndsWith("00", StringComparison.Ordinal) && prefix.All(char.IsAsciiDigit))
        {
            prefix = prefix[..^2];
        }

        return prefix;
    }
}
