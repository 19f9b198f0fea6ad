using RegulatorHub.Application.Access;

namespace RegulatorHub.Dashboard.Tests.Access;

/// <summary>A fake <see cref="IAccountStore"/> in a list, for tests of what uses the port (the adapters have their contract tests).</summary>
public sealed class InMemoryAccountStore : IAccountStore
{
    private readonly List<LocalAccount> _accounts = [];

    public Task<LocalAccount?> FindByUserNameAsync(string userName, CancellationToken cancellationToken)
    {
        lock (_accounts)
        {
            return Task.FromResult(_accounts.FirstOrDefault(a => a.NormalizedUserName == LocalAccount.NormalizeUserName(userName)));
        }
    }

    public Task<LocalAccount?> FindByIdAsync(string id, CancellationToken cancellationToken)
    {
        lock (_accounts)
        {
            return Task.FromResult(_accounts.FirstOrDefault(a => a.Id == id));
        }
    }

    public Task<bool> AddAsync(LocalAccount account, CancellationToken cancellationToken)
    {
        lock (_accounts)
        {
            if (_accounts.Any(a => a.Id == account.Id || a.NormalizedUserName == account.NormalizedUserName))
            {
                return Task.FromResult(false);
            }

            _accounts.Add(account);
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<LocalAccount>> ListAsync(CancellationToken cancellationToken)
    {
        lock (_accounts)
        {
            return Task.FromResult<IReadOnlyList<LocalAccount>>(_accounts.OrderBy(a => a.NormalizedUserName, StringComparer.Ordinal).ToList());
        }
    }
}
