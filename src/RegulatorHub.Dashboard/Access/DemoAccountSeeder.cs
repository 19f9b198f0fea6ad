using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Configuration;

namespace RegulatorHub.Dashboard.Access;

/// <summary>
/// At start, when <c>Access:DemoAccounts</c> is on, creates the demo accounts that are missing (an existing account is
/// left as it is) and says in the log that they are on. Runs after the store's schema is created.
/// </summary>
public sealed partial class DemoAccountSeeder(
    IAccountStore accounts,
    IPasswordHasher<LocalAccount> hasher,
    IOptions<AccountOptions> accountOptions,
    IOptions<StorageOptions> storageOptions,
    ILogger<DemoAccountSeeder> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!accountOptions.Value.DemoAccountsEnabled(storageOptions.Value.Provider))
        {
            return;
        }

        var created = 0;
        foreach (var demo in DemoAccounts.All)
        {
            // Hashing is deliberately slow: only for accounts not there yet.
            if (await accounts.FindByUserNameAsync(demo.UserName, cancellationToken) is null
                && await accounts.AddAsync(demo.ToAccount(hasher.HashPassword(null!, demo.Password)), cancellationToken))
            {
                created++;
            }
        }

        LogDemoAccountsEnabled(logger, DemoAccounts.All.Count, created);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Access: demo accounts enabled ({Count} accounts, {Created} created now) with published passwords (Access:DemoAccounts); never on a shared deployment")]
    private static partial void LogDemoAccountsEnabled(ILogger logger, int count, int created);
}
