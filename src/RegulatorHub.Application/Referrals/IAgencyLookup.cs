namespace RegulatorHub.Application.Referrals;

/// <summary>
/// Port: which agencies this deployment knows and serves. The host binds it to the agency directory
/// (<c>Access:Agencies</c>).
/// </summary>
public interface IAgencyLookup
{
    /// <summary>Whether <paramref name="agencyId"/> is an agency of this deployment.</summary>
    bool Exists(string agencyId);

    /// <summary>The agency's display name, or <see langword="null"/> when it is unknown.</summary>
    string? NameOf(string agencyId);
}
