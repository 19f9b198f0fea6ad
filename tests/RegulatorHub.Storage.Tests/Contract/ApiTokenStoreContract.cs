using RegulatorHub.Application.Access;

namespace RegulatorHub.Storage.Tests.Contract;

/// <summary>
/// What every API token store must do. Each adapter's test class derives from this and supplies a fresh, initialized
/// store; the same assertions then hold for SQLite, Cosmos DB and the in-memory fake alike.
/// </summary>
public abstract class ApiTokenStoreContract
{
    private static readonly DateTimeOffset s_start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>A fresh store and what disposes it.</summary>
    protected abstract Task<(IApiTokenStore Store, IAsyncDisposable Lifetime)> CreateAsync();

    private static ApiToken Token(string id, string owner = "analyst.li", string secret = "", int minutes = 0, string name = "报表脚本") =>
        new(id, owner, name, ApiTokenIssuer.HashOf(secret.Length == 0 ? "rhk_" + id : secret), "rhk_" + id[..4],
            s_start.AddMinutes(minutes), s_start.AddMinutes(minutes).AddDays(90));

    [Fact]
    public async Task Add_NewToken_RoundTripsEveryFieldByHashAndInTheList()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        var token = new ApiToken(
            "0195f3a2c1d24b7e9a0f3c5d7e9b1a2c", "analyst.li", "季度统计 / quarterly", ApiTokenIssuer.HashOf("rhk_secret"), "rhk_secr",
            s_start, s_start.AddDays(30), revokedAt: s_start.AddDays(1).AddTicks(7), lastUsedAt: s_start.AddHours(3).AddTicks(1));

        Assert.True(await store.AddAsync(token, CancellationToken.None));

        Assert.Equal(token, await store.FindByHashAsync(token.Hash, CancellationToken.None));
        Assert.Equal([token], await store.ListAsync("analyst.li", CancellationToken.None));
    }

    [Fact]
    public async Task Add_SameHashAgain_ReturnsFalseAndKeepsTheFirst()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        var first = Token("aaaa0001", secret: "rhk_same");
        await store.AddAsync(first, CancellationToken.None);

        var again = await store.AddAsync(Token("bbbb0002", owner: "analyst.wang", secret: "rhk_same"), CancellationToken.None);

        Assert.False(again);
        Assert.Equal(first, await store.FindByHashAsync(first.Hash, CancellationToken.None));
        Assert.Empty(await store.ListAsync("analyst.wang", CancellationToken.None));
    }

    [Fact]
    public async Task FindByHash_UnknownOrMalformed_ReturnsNull()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        var token = Token("aaaa0001");
        await store.AddAsync(token, CancellationToken.None);

        Assert.Null(await store.FindByHashAsync(ApiTokenIssuer.HashOf("rhk_other"), CancellationToken.None));
        Assert.Null(await store.FindByHashAsync(token.Hash.ToUpperInvariant(), CancellationToken.None));
        Assert.Null(await store.FindByHashAsync(string.Empty, CancellationToken.None));
        Assert.Null(await store.FindByHashAsync("a/b?c#d", CancellationToken.None));
        Assert.Null(await store.FindByHashAsync(token.Id, CancellationToken.None));
    }

    [Fact]
    public async Task List_OnlyTheOwnersTokensNewestFirst()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        await store.AddAsync(Token("aaaa0001", minutes: 0), CancellationToken.None);
        await store.AddAsync(Token("aaaa0003", minutes: 20), CancellationToken.None);
        await store.AddAsync(Token("bbbb0001", owner: "analyst.wang", minutes: 30), CancellationToken.None);
        await store.AddAsync(Token("aaaa0002", minutes: 10), CancellationToken.None);
        await store.AddAsync(Token("cccc0001", owner: "Analyst.Li", minutes: 40), CancellationToken.None);

        var li = await store.ListAsync("analyst.li", CancellationToken.None);

        Assert.Equal(["aaaa0003", "aaaa0002", "aaaa0001"], li.Select(t => t.Id));
        Assert.Equal(["bbbb0001"], (await store.ListAsync("analyst.wang", CancellationToken.None)).Select(t => t.Id));
        Assert.Empty(await store.ListAsync("analyst.zhao", CancellationToken.None));
    }

    [Fact]
    public async Task Revoke_OwnToken_SetsTheTimeOnceAndKeepsTheFirst()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        var token = Token("aaaa0001");
        await store.AddAsync(token, CancellationToken.None);

        var revoked = await store.RevokeAsync("analyst.li", "aaaa0001", s_start.AddDays(2), CancellationToken.None);
        var again = await store.RevokeAsync("analyst.li", "aaaa0001", s_start.AddDays(3), CancellationToken.None);

        Assert.True(revoked);
        Assert.False(again);
        var stored = await store.FindByHashAsync(token.Hash, CancellationToken.None);
        Assert.Equal(s_start.AddDays(2), stored!.RevokedAt);
        Assert.False(stored.IsActiveAt(s_start.AddDays(2)));
        Assert.Equal(s_start.AddDays(2), Assert.Single(await store.ListAsync("analyst.li", CancellationToken.None)).RevokedAt);
    }

    [Fact]
    public async Task Revoke_AnotherOwnersOrUnknownToken_ReturnsFalseAndChangesNothing()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        var token = Token("aaaa0001");
        await store.AddAsync(token, CancellationToken.None);

        Assert.False(await store.RevokeAsync("analyst.wang", "aaaa0001", s_start.AddDays(1), CancellationToken.None));
        Assert.False(await store.RevokeAsync("analyst.li", "zzzz9999", s_start.AddDays(1), CancellationToken.None));
        Assert.False(await store.RevokeAsync("analyst.li", token.Hash, s_start.AddDays(1), CancellationToken.None));

        Assert.Equal(token, await store.FindByHashAsync(token.Hash, CancellationToken.None));
    }

    [Fact]
    public async Task Touch_RecordsTheUseForwardOnlyAndAtMostOnceAMinute()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        var token = Token("aaaa0001");
        await store.AddAsync(token, CancellationToken.None);

        await store.TouchAsync("aaaa0001", s_start.AddMinutes(5), CancellationToken.None);
        var first = (await store.FindByHashAsync(token.Hash, CancellationToken.None))!.LastUsedAt;
        await store.TouchAsync("aaaa0001", s_start.AddMinutes(5).AddSeconds(30), CancellationToken.None);
        var withinAMinute = (await store.FindByHashAsync(token.Hash, CancellationToken.None))!.LastUsedAt;
        await store.TouchAsync("aaaa0001", s_start.AddMinutes(1), CancellationToken.None);
        var earlier = (await store.FindByHashAsync(token.Hash, CancellationToken.None))!.LastUsedAt;
        await store.TouchAsync("aaaa0001", s_start.AddMinutes(7), CancellationToken.None);
        var later = (await store.FindByHashAsync(token.Hash, CancellationToken.None))!.LastUsedAt;

        Assert.Equal(s_start.AddMinutes(5), first);
        Assert.Equal(s_start.AddMinutes(5), withinAMinute);
        Assert.Equal(s_start.AddMinutes(5), earlier);
        Assert.Equal(s_start.AddMinutes(7), later);
    }

    [Fact]
    public async Task Touch_RevokedToken_KeepsTheRevocation()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        var token = Token("aaaa0001");
        await store.AddAsync(token, CancellationToken.None);
        await store.RevokeAsync("analyst.li", "aaaa0001", s_start.AddHours(1), CancellationToken.None);

        await store.TouchAsync("aaaa0001", s_start.AddHours(2), CancellationToken.None);

        Assert.Equal(s_start.AddHours(1), (await store.FindByHashAsync(token.Hash, CancellationToken.None))!.RevokedAt);
    }

    [Fact]
    public async Task Touch_UnknownId_ChangesNothing()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        var token = Token("aaaa0001");
        await store.AddAsync(token, CancellationToken.None);

        await store.TouchAsync("zzzz9999", s_start.AddHours(2), CancellationToken.None);

        Assert.Equal(token, await store.FindByHashAsync(token.Hash, CancellationToken.None));
    }
}
