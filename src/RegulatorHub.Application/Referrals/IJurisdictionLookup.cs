namespace RegulatorHub.Application.Referrals;

/// <summary>Port: which agency has jurisdiction over a region. The host binds it to the agency directory.</summary>
public interface IJurisdictionLookup
{
    /// <summary>
    /// The id of the most specific agency whose jurisdiction covers <paramref name="regionCode"/> (a county's bureau
    /// before its city's, a city's before its province's); <see langword="null"/> when no agency covers it or the code
    /// is <see langword="null"/>.
    /// </summary>
    string? AgencyFor(string? regionCode);
}
