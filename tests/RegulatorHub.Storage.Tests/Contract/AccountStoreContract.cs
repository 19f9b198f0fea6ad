using RegulatorHub.Application.Access;

namespace RegulatorHub.Storage.Tests.Contract;

/// <summary>
/// What every account store must do. Each adapter's test class derives from this and supplies a fresh, initialized
/// store; the same assertions then hold for SQLite and Cosmos DB alike.
/// </summary>
public abstract class AccountStoreContract
{
    // Shaped like a PasswordHasher v3 hash; the store never looks inside.
    private const string Hash = "AQAAAAIAAYagAAAAEKxZ0b2Y3Y2ZkYjQ0NzQ5YTk2ZjE2MzE2ZTc3OGU1ZGU1YzFkNTc1ZGU0NzQ3ZmYwY2M=";

    /// <summary>A fresh store and what disposes it.</summary>
    protected abstract Task<(IAccountStore Store, IAsyncDisposable Lifetime)> CreateAsync();

    private static LocalAccount Account(string id = "acct-hz-regulator", string userName = "hz.regulator", string role = AccountRoles.Regulator) =>
        new(id, userName, "杭州 监管员", role, "samr-hz", Hash);

    [Fact]
    public async Task Add_NewAccount_RoundTripsEveryFieldByIdAndUserName()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        var account = Account() with { Disabled = true };

        var added = await store.AddAsync(account, CancellationToken.None);

        Assert.True(added);
        Assert.Equal(account, await store.FindByIdAsync("acct-hz-regulator", CancellationToken.None));
        Assert.Equal(account, await store.FindByUserNameAsync("hz.regulator", CancellationToken.None));
    }

    [Fact]
    public async Task FindByUserName_OtherCaseAndSurroundingSpace_FindsTheAccount()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        await store.AddAsync(Account(userName: "HZ.Regulator"), CancellationToken.None);

        var found = await store.FindByUserNameAsync(" hz.REGULATOR ", CancellationToken.None);

        Assert.Equal("HZ.Regulator", found?.UserName);
    }

    [Fact]
    public async Task Find_Unknown_ReturnsNull()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        await store.AddAsync(Account(), CancellationToken.None);

        Assert.Null(await store.FindByUserNameAsync("sh.regulator", CancellationToken.None));
        Assert.Null(await store.FindByUserNameAsync(string.Empty, CancellationToken.None));
        Assert.Null(await store.FindByIdAsync("acct-sh-regulator", CancellationToken.None));
        Assert.Null(await store.FindByIdAsync("ACCT-HZ-REGULATOR", CancellationToken.None));
    }

    [Fact]
    public async Task Add_SameUserNameAgain_ReturnsFalseAndKeepsTheFirst()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        await store.AddAsync(Account(), CancellationToken.None);

        var again = await store.AddAsync(Account(), CancellationToken.None);
        var otherIdSameName = await store.AddAsync(Account(id: "acct-other", userName: "HZ.regulator", role: AccountRoles.Auditor), CancellationToken.None);

        Assert.False(again);
        Assert.False(otherIdSameName);
        Assert.Equal(AccountRoles.Regulator, (await store.FindByUserNameAsync("hz.regulator", CancellationToken.None))!.Role);
        Assert.Null(await store.FindByIdAsync("acct-other", CancellationToken.None));
        Assert.Single(await store.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Add_SameIdOtherUserName_ReturnsFalseAndLeavesTheNameFree()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        await store.AddAsync(Account(), CancellationToken.None);

        var clash = await store.AddAsync(Account(userName: "someone.else"), CancellationToken.None);
        var laterWithOwnId = await store.AddAsync(Account(id: "acct-someone-else", userName: "someone.else"), CancellationToken.None);

        Assert.False(clash);
        Assert.True(laterWithOwnId);
        Assert.Equal("acct-someone-else", (await store.FindByUserNameAsync("someone.else", CancellationToken.None))!.Id);
        Assert.Equal("hz.regulator", (await store.FindByIdAsync("acct-hz-regulator", CancellationToken.None))!.UserName);
    }

    [Fact]
    public async Task Add_IdAndUserNameWithCharactersIdsForbid_RoundTrip()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        var account = Account(id: "acct/1?#%~", userName: "a/b\\c?d#e%f~g");

        Assert.True(await store.AddAsync(account, CancellationToken.None));

        Assert.Equal(account, await store.FindByIdAsync("acct/1?#%~", CancellationToken.None));
        Assert.Equal(account, await store.FindByUserNameAsync("A/B\\C?D#E%F~G", CancellationToken.None));
    }

    [Fact]
    public async Task List_EveryAccountOrderedByUserName()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        Assert.Empty(await store.ListAsync(CancellationToken.None));
        foreach (var demo in DemoAccounts.All)
        {
            await store.AddAsync(demo.ToAccount(Hash), CancellationToken.None);
        }

        var listed = await store.ListAsync(CancellationToken.None);

        Assert.Equal(DemoAccounts.All.Select(a => a.UserName).Order(StringComparer.Ordinal), listed.Select(a => a.UserName));
        Assert.Equal(DemoAccounts.All.Select(a => a.ToAccount(Hash)).OrderBy(a => a.UserName, StringComparer.Ordinal), listed);
    }
}
