using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using RegulatorHub.Application.Access;

namespace RegulatorHub.Dashboard.Access;

/// <summary>
/// Re-checks a local account every <see cref="Interval"/> while its circuit is open: a circuit outlives the request
/// that started it, so an account disabled or removed meanwhile would otherwise keep its pages. Users signed in through
/// OpenID Connect are the provider's to revoke and stay valid until their cookie ends.
/// </summary>
public sealed class AccountRevalidation(ILoggerFactory loggerFactory, IServiceScopeFactory scopes)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    /// <summary>How often an open circuit's account is checked.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    /// <inheritdoc />
    protected override TimeSpan RevalidationInterval => Interval;

    /// <inheritdoc />
    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        var user = authenticationState.User;
        if (user.Identity?.AuthenticationType != AccountClaims.LocalAuthenticationType)
        {
            return true;
        }

        await using var scope = scopes.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<IAccountStore>().FindByIdAsync(AccountClaims.AccountId(user), cancellationToken);
        return account is { Disabled: false };
    }
}
