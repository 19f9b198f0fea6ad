using System.Net;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using RegulatorHub.Application.Access;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>
/// Local accounts in the <c>accounts</c> container, partitioned by document id. Each account is two documents: the
/// account under its own id, and a user-name claim (<c>name~{normalized user name}</c>) pointing at it. Unique keys
/// hold only within a partition, so the claim is what makes user names unique: whoever creates it first owns the name,
/// and a lookup by name is two point reads instead of a cross-partition query.
/// </summary>
public sealed class CosmosAccountStore(CosmosDatabase database) : IAccountStore
{
    private const string AccountType = "account";
    private const string NameClaimType = "userName";
    private const string NameClaimPrefix = "name~";

    /// <inheritdoc />
    public async Task<LocalAccount?> FindByUserNameAsync(string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userName);
        var normalized = LocalAccount.NormalizeUserName(userName);
        if (normalized.Length == 0)
        {
            return null;
        }

        using var claim = await ReadAsync(ClaimId(normalized), cancellationToken).ConfigureAwait(false);
        if (claim is null || !claim.RootElement.TryGetProperty("accountId", out var accountId))
        {
            return null;
        }

        // An account whose own document was never written (an add interrupted between the two creates) is not there.
        var account = await FindByIdAsync(accountId.GetString()!, cancellationToken).ConfigureAwait(false);
        return account?.NormalizedUserName == normalized ? account : null;
    }

    /// <inheritdoc />
    public async Task<LocalAccount?> FindByIdAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length == 0)
        {
            return null;
        }

        using var document = await ReadAsync(CosmosKeys.ToId(id), cancellationToken).ConfigureAwait(false);
        return document is not null && IsAccount(document.RootElement) ? Read(document.RootElement) : null;
    }

    /// <inheritdoc />
    public async Task<bool> AddAsync(LocalAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var claimId = ClaimId(account.NormalizedUserName);
        if (!await CreateAsync(claimId, WriteClaim(claimId, account.Id), cancellationToken).ConfigureAwait(false))
        {
            // The name is taken. By this very account, when an earlier add stopped before writing the account itself.
            using var claim = await ReadAsync(claimId, cancellationToken).ConfigureAwait(false);
            var owner = claim?.RootElement.GetProperty("accountId").GetString();
            if (owner != account.Id || await FindByIdAsync(account.Id, cancellationToken).ConfigureAwait(false) is not null)
            {
                return false;
            }
        }

        var accountId = CosmosKeys.ToId(account.Id);
        if (await CreateAsync(accountId, WriteAccount(accountId, account), cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        // The id belongs to an account under another name: give the name back, unless that account is this one's own
        // earlier attempt (same name), whose claim it is.
        var existing = await FindByIdAsync(account.Id, cancellationToken).ConfigureAwait(false);
        if (existing?.NormalizedUserName != account.NormalizedUserName)
        {
            await DeleteAsync(claimId, cancellationToken).ConfigureAwait(false);
        }

        return false;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<LocalAccount>> ListAsync(CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type").WithParameter("@type", AccountType);
        var accounts = new List<LocalAccount>();
        using var iterator = database.Container(CosmosContainers.Accounts).GetItemQueryStreamIterator(query);
        while (iterator.HasMoreResults)
        {
            var (response, _) = await database.Retry.SendAsync((_, ct) => iterator.ReadNextAsync(ct), cancellationToken).ConfigureAwait(false);
            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    CosmosDatabase.ThrowFor(response, "account query");
                }

                using var page = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
                accounts.AddRange(page.RootElement.GetProperty("Documents").EnumerateArray().Where(IsAccount).Select(Read));
            }
        }

        // A handful of accounts per agency: sorted here rather than indexed for an ORDER BY.
        return accounts.OrderBy(a => a.NormalizedUserName, StringComparer.Ordinal).ToList();
    }

    private static string ClaimId(string normalizedUserName) => NameClaimPrefix + CosmosKeys.ToId(normalizedUserName);

    private async Task<JsonDocument?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        var container = database.Container(CosmosContainers.Accounts);
        var (response, _) = await database.Retry.SendAsync(
            (_, ct) => container.ReadItemStreamAsync(id, new PartitionKey(id), cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                CosmosDatabase.ThrowFor(response, "read of an account");
            }

            return await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    // True when created, false when the id exists (409); anything else throws.
    private async Task<bool> CreateAsync(string id, byte[] body, CancellationToken cancellationToken)
    {
        var container = database.Container(CosmosContainers.Accounts);
        var (response, _) = await database.Retry.SendAsync(
            (_, ct) => container.CreateItemStreamAsync(new MemoryStream(body, writable: false), new PartitionKey(id), cancellationToken: ct),
            cancellationToken).ConfigureAwait(false);
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                return false;
            }

            if (!response.IsSuccessStatusCode)
            {
                CosmosDatabase.ThrowFor(response, "create of an account");
            }

            return true;
        }
    }

    private async Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var container = database.Container(CosmosContainers.Accounts);
        var (response, _) = await database.Retry.SendAsync(
            (_, ct) => container.DeleteItemStreamAsync(id, new PartitionKey(id), cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        using (response)
        {
            if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.NotFound)
            {
                CosmosDatabase.ThrowFor(response, "delete of a user-name claim");
            }
        }
    }

    private static byte[] WriteClaim(string id, string accountId) => Write(w =>
    {
        w.WriteString("id", id);
        w.WriteString("type", NameClaimType);
        w.WriteString("accountId", accountId);
    });

    private static byte[] WriteAccount(string id, LocalAccount account) => Write(w =>
    {
        w.WriteString("id", id);
        w.WriteString("type", AccountType);
        w.WriteString("accountId", account.Id);
        w.WriteString("userName", account.UserName);
        w.WriteString("normalizedUserName", account.NormalizedUserName);
        w.WriteString("displayName", account.DisplayName);
        w.WriteString("role", account.Role);
        w.WriteString("agencyId", account.AgencyId);
        w.WriteString("passwordHash", account.PasswordHash);
        w.WriteBoolean("disabled", account.Disabled);
    });

    private static byte[] Write(Action<Utf8JsonWriter> fields)
    {
        var stream = new MemoryStream(512);
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            fields(writer);
            writer.WriteEndObject();
        }

        return StreamBytes.ToBytes(stream);
    }

    private static bool IsAccount(JsonElement d) =>
        d.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == AccountType;

    private static LocalAccount Read(JsonElement d) => new(
        d.GetProperty("accountId").GetString()!,
        d.GetProperty("userName").GetString()!,
        d.GetProperty("displayName").GetString()!,
        d.GetProperty("role").GetString()!,
        d.GetProperty("agencyId").GetString()!,
        d.GetProperty("passwordHash").GetString()!,
        disabled: d.GetProperty("disabled").GetBoolean());
}
