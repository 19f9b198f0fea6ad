namespace RegulatorHub.Application.Access;

/// <summary>Port: where local accounts (user name and password hash) are kept.</summary>
public interface IAccountStore
{
    /// <summary>The account whose user name matches <paramref name="userName"/> case-insensitively, or <see langword="null"/>.</summary>
    Task<LocalAccount?> FindByUserNameAsync(string userName, CancellationToken cancellationToken);

    /// <summary>The account with id <paramref name="id"/> (exact), or <see langword="null"/>.</summary>
    Task<LocalAccount?> FindByIdAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Adds <paramref name="account"/> unless an account with the same user name (case-insensitive) or the same id
    /// exists; an existing account is left as it is. Durable when the task completes.
    /// </summary>
    /// <returns><see langword="true"/> when added, <see langword="false"/> when it already existed.</returns>
    Task<bool> AddAsync(LocalAccount account, CancellationToken cancellationToken);

    /// <summary>Every account, ordered by user name (normalized, ordinal).</summary>
    Task<IReadOnlyList<LocalAccount>> ListAsync(CancellationToken cancellationToken);
}
