using Microsoft.AspNetCore.Components.Authorization;
using RegulatorHub.Application.Access;

namespace RegulatorHub.Dashboard.Access;

/// <summary>
/// The signed-in user of a page, as <see cref="UserAccess"/>: read from the authentication state on the server each
/// time it is asked for, so a page decides from what the server knows, never from what the browser sends.
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication, AgencyDirectory agencies)
{
    /// <summary>The user's access.</summary>
    public async Task<UserAccess> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return UserAccess.From(state.User, agencies);
    }
}
