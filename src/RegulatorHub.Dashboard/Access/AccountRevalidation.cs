using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using RegulatorHub.Application.Access;

namespace RegulatorHub.Dashboard.Access;

/// <summary>
/// Re-checks a local account every <see cref="Interval"/> while its circuit is open (a circuit outlives the request
/// that started it) and, through <see cref="DashboardCookieEvents"/>, while its cookie is in use: an account disabled
/// or removed meanwhile loses its pages within that time instead of keeping them for the cookie's 8 hours. Users
/// signed in through OpenID Connect are the provider's to revoke and stay valid until their cookie ends.
/// </summary>
public sealed class AccountRevalidation(ILoggerFactory loggerFactory, IServiceScopeFactory scopes)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    /// <summary>How often a signed-in local account is checked against the store.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    /// <inheritdoc />
    protected override TimeSpan RevalidationInterval => Interval;

    /// <summary>
    /// False when <paramref name="user"/> signed in with a local account that is now disabled or gone; true otherwise
    /// (including users of OpenID Connect).
    /// </summary>
    public static async Task<bool> IsStillValidAsync(ClaimsPrincipal user, IAccountStore accounts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(accounts);
        if (user.Identity?.AuthenticationType != AccountClaims.LocalAuthenticationType)
        {
            return true;
        }

        var account = await accounts.FindByIdAsync(AccountClaims.AccountId(user), cancellationToken);
        return account is { Disabled: false };
    }

    /// <inheritdoc />
    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        await using var scope = scopes.CreateAsyncScope();
        return await IsStillValidAsync(authenticationState.User, scope.ServiceProvider.GetRequiredService<IAccountStore>(), cancellationToken);
    }
}
