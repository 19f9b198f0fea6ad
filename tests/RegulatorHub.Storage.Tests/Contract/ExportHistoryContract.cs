using RegulatorHub.Application.Exports;

namespace RegulatorHub.Storage.Tests.Contract;

/// <summary>What every export history must do, for SQLite and Cosmos DB alike.</summary>
public abstract class ExportHistoryContract
{
    private static readonly DateTimeOffset s_start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>A fresh history and what disposes it.</summary>
    protected abstract Task<(IExportHistory History, IAsyncDisposable Lifetime)> CreateAsync();

    private static ExportRecord Record(string id, string owner = "analyst.li", int minutes = 0) => new(
        id, owner, ExportKind.Complaints, "csv", "complaints.csv", """{"region":"3301"}""", null, null, null,
        s_start.AddMinutes(minutes), 10, null, null, null, "1.0.0", null, null);

    [Fact]
    public async Task Record_Statistics_RoundTripsEveryField()
    {
        var (history, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        var record = new ExportRecord(
            "0195f3a2c1d24b7e9a0f3c5d7e9b1a2c", "analyst.li", ExportKind.Statistics, "parquet", "统计 2026-Q1.parquet",
            """{"dimensions":["category","region"]}""", "seq:1234567", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31),
            s_start.AddTicks(5), 4_000_000_000L, 120, 7, "min-count 10; complementary", "1.4.0+abc", new string('a', 64), "samr-hz");

        Assert.True(await history.RecordAsync(record, CancellationToken.None));

        Assert.Equal(record, await history.FindAsync("analyst.li", record.Id, CancellationToken.None));
        Assert.Equal([record], await history.ListAsync("analyst.li", 10, CancellationToken.None));
    }

    [Fact]
    public async Task Record_SameRecordAgain_IsHarmlessButAnotherUnderTheIdIsRefused()
    {
        var (history, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        var record = Record("e1");
        await history.RecordAsync(record, CancellationToken.None);

        var retry = await history.RecordAsync(record, CancellationToken.None);
        var clash = await history.RecordAsync(Record("e1", minutes: 5), CancellationToken.None);

        Assert.True(retry);
        Assert.False(clash);
        Assert.Equal([record], await history.ListAsync("analyst.li", 10, CancellationToken.None));
    }

    [Fact]
    public async Task ListAndFind_OnlyTheOwnersExportsNewestFirstUpToTheLimit()
    {
        var (history, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        foreach (var (id, minutes) in new[] { ("e1", 10), ("e3", 30), ("e2", 20), ("e4", 30) })
        {
            await history.RecordAsync(Record(id, minutes: minutes), CancellationToken.None);
        }

        await history.RecordAsync(Record("e1", owner: "analyst.wang", minutes: 40), CancellationToken.None);

        Assert.Equal(["e4", "e3", "e2", "e1"], (await history.ListAsync("analyst.li", 500, CancellationToken.None)).Select(r => r.Id));
        Assert.Equal(["e4", "e3"], (await history.ListAsync("analyst.li", 2, CancellationToken.None)).Select(r => r.Id));
        Assert.Equal(s_start.AddMinutes(40), (await history.FindAsync("analyst.wang", "e1", CancellationToken.None))!.GeneratedAt);
        Assert.Equal(s_start.AddMinutes(10), (await history.FindAsync("analyst.li", "e1", CancellationToken.None))!.GeneratedAt);
        Assert.Null(await history.FindAsync("analyst.zhao", "e1", CancellationToken.None));
        Assert.Null(await history.FindAsync("analyst.li", "e9", CancellationToken.None));
        Assert.Empty(await history.ListAsync("analyst.zhao", 10, CancellationToken.None));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public async Task List_LimitOutsideOneTo500_Throws(int limit)
    {
        var (history, lifetime) = await CreateAsync();
        await using var _ = lifetime;

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => history.ListAsync("analyst.li", limit, CancellationToken.None));
    }
}
