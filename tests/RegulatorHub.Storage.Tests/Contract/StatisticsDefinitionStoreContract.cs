using RegulatorHub.Application.Exports;

namespace RegulatorHub.Storage.Tests.Contract;

/// <summary>What every saved statistics definition store must do, for SQLite and Cosmos DB alike.</summary>
public abstract class StatisticsDefinitionStoreContract
{
    private static readonly DateTimeOffset s_start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>A fresh store and what disposes it.</summary>
    protected abstract Task<(IStatisticsDefinitionStore Store, IAsyncDisposable Lifetime)> CreateAsync();

    private static SavedStatisticsDefinition Definition(string id, string name = "月度投诉", string owner = "analyst.li", int minutes = 0, string json = """{"dimensions":["category"]}""") =>
        new(id, owner, name, json, s_start, s_start.AddMinutes(minutes));

    [Fact]
    public async Task Save_New_RoundTripsEveryField()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        var definition = new SavedStatisticsDefinition(
            "0195f3a2c1d24b7e9a0f3c5d7e9b1a2c", "analyst.li", "按地区 / by region", """{"dimensions":["region"],"note":"引号\"和/斜杠"}""",
            s_start.AddTicks(3), s_start.AddDays(1).AddTicks(9));

        var replaced = await store.SaveAsync(definition, CancellationToken.None);

        Assert.Null(replaced);
        Assert.Equal(definition, await store.FindAsync("analyst.li", definition.Id, CancellationToken.None));
        Assert.Equal([definition], await store.ListAsync("analyst.li", CancellationToken.None));
    }

    [Fact]
    public async Task Save_SameIdAgain_ReplacesItInPlace()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        await store.SaveAsync(Definition("d1"), CancellationToken.None);
        var renamed = Definition("d1", name: "季度投诉", minutes: 5, json: """{"dimensions":["issue"]}""");

        var replaced = await store.SaveAsync(renamed, CancellationToken.None);

        Assert.Null(replaced);
        Assert.Equal([renamed], await store.ListAsync("analyst.li", CancellationToken.None));
    }

    [Fact]
    public async Task Save_ExistingNameOtherCase_ReplacesTheDefinitionWithThatName()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        await store.SaveAsync(Definition("d1", name: "Monthly"), CancellationToken.None);
        await store.SaveAsync(Definition("d2", name: "Weekly", minutes: 1), CancellationToken.None);

        var replaced = await store.SaveAsync(Definition("d3", name: " MONTHLY ", minutes: 2), CancellationToken.None);

        Assert.Equal("d1", replaced);
        Assert.Null(await store.FindAsync("analyst.li", "d1", CancellationToken.None));
        Assert.Equal(["d3", "d2"], (await store.ListAsync("analyst.li", CancellationToken.None)).Select(d => d.Id));
        Assert.Equal("MONTHLY", (await store.FindAsync("analyst.li", "d3", CancellationToken.None))!.Name);
    }

    [Fact]
    public async Task Save_RenameOntoAnotherDefinitionsName_KeepsOneDefinitionPerName()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        await store.SaveAsync(Definition("d1", name: "Monthly"), CancellationToken.None);
        await store.SaveAsync(Definition("d2", name: "Weekly", minutes: 1), CancellationToken.None);

        var replaced = await store.SaveAsync(Definition("d2", name: "monthly", minutes: 2), CancellationToken.None);
        var reused = await store.SaveAsync(Definition("d4", name: "weekly", minutes: 3), CancellationToken.None);

        Assert.Equal("d1", replaced);
        Assert.Null(reused);
        var listed = await store.ListAsync("analyst.li", CancellationToken.None);
        Assert.Equal([("d4", "weekly"), ("d2", "monthly")], listed.Select(d => (d.Id, d.Name)));
    }

    [Fact]
    public async Task Save_SameNameAndIdForAnotherOwner_NeverTouchesTheFirstOwners()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        var li = Definition("d1", name: "Monthly");
        await store.SaveAsync(li, CancellationToken.None);

        var replaced = await store.SaveAsync(Definition("d1", name: "Monthly", owner: "analyst.wang", json: "{}"), CancellationToken.None);

        Assert.Null(replaced);
        Assert.Equal(li, await store.FindAsync("analyst.li", "d1", CancellationToken.None));
        Assert.Equal("{}", (await store.FindAsync("analyst.wang", "d1", CancellationToken.None))!.DefinitionJson);
        Assert.Single(await store.ListAsync("analyst.li", CancellationToken.None));
        Assert.Single(await store.ListAsync("analyst.wang", CancellationToken.None));
    }

    [Fact]
    public async Task List_NewestUpdatedFirstAndOnlyTheOwners()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        await store.SaveAsync(Definition("d1", name: "a", minutes: 10), CancellationToken.None);
        await store.SaveAsync(Definition("d2", name: "b", minutes: 30), CancellationToken.None);
        await store.SaveAsync(Definition("d3", name: "c", minutes: 20), CancellationToken.None);
        await store.SaveAsync(Definition("w1", name: "a", owner: "analyst.wang", minutes: 40), CancellationToken.None);

        Assert.Equal(["d2", "d3", "d1"], (await store.ListAsync("analyst.li", CancellationToken.None)).Select(d => d.Id));
        Assert.Empty(await store.ListAsync("Analyst.Li", CancellationToken.None));
    }

    [Fact]
    public async Task FindAndDelete_UnknownOrAnotherOwners_ReturnNullAndFalse()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        await store.SaveAsync(Definition("d1"), CancellationToken.None);

        Assert.Null(await store.FindAsync("analyst.wang", "d1", CancellationToken.None));
        Assert.Null(await store.FindAsync("analyst.li", "d9", CancellationToken.None));
        Assert.False(await store.DeleteAsync("analyst.wang", "d1", CancellationToken.None));
        Assert.False(await store.DeleteAsync("analyst.li", "d9", CancellationToken.None));
        Assert.NotNull(await store.FindAsync("analyst.li", "d1", CancellationToken.None));
    }

    [Fact]
    public async Task Delete_Own_RemovesItAndFreesTheName()
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        await store.SaveAsync(Definition("d1", name: "Monthly"), CancellationToken.None);

        var deleted = await store.DeleteAsync("analyst.li", "d1", CancellationToken.None);
        var again = await store.DeleteAsync("analyst.li", "d1", CancellationToken.None);
        var reused = await store.SaveAsync(Definition("d2", name: "Monthly"), CancellationToken.None);

        Assert.True(deleted);
        Assert.False(again);
        Assert.Null(reused);
        Assert.Equal(["d2"], (await store.ListAsync("analyst.li", CancellationToken.None)).Select(d => d.Id));
    }
}
