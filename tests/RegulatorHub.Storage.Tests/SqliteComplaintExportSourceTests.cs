using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Storage;
using RegulatorHub.Storage.Sqlite;
using RegulatorHub.Storage.Tests.Contract;

namespace RegulatorHub.Storage.Tests;

/// <summary>The export contract against the embedded SQLite adapter, each test on a fresh file.</summary>
public sealed class SqliteComplaintExportSourceTests : ComplaintExportSourceContract
{
    protected override async Task<ExportFixture> CreateAsync()
    {
        var directory = Directory.CreateTempSubdirectory("regulatorhub-export-");
        var database = new SqliteDatabase(Path.Combine(directory.FullName, "test.db"));
        var store = new SqliteComplaintStore(database);
        await store.InitializeAsync(CancellationToken.None);
        return new ExportFixture(store, new SqliteComplaintExportSource(database), new Cleanup(database, store, directory));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 2)]
    public async Task Read_ManyChunksAndReaders_SameRowsInTheSameOrderAsOneChunk(int chunkIds, int readers)
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var day = new DateOnly(2026, 3, 10);
        var complaints = Enumerable.Range(0, 23)
            .Select(i => Complaints.Make($"CASE-{i:D2}", day.AddDays(-(i % 4)), region: i % 3 == 0 ? "310101" : "330106", complainant: null, merchantRegion: i % 3 == 0 ? "310100" : "330100"))
            .ToList();
        foreach (var complaint in complaints)
        {
            await fixture.Complaints.AddAsync([complaint], CancellationToken.None);
        }

        var database = ((Cleanup)fixture.Lifetime).Database;
        var query = new ComplaintExportQuery(["330000"], from: day.AddDays(-2));
        var expected = complaints
            .Where((c, i) => i % 3 != 0 && i % 4 <= 2)
            .Select(c => c.SourceCaseId)
            .Reverse()
            .ToList();

        var rows = new List<string>();
        await foreach (var row in new SqliteComplaintExportSource(database, chunkIds, readers).ReadRowsAsync(query, CancellationToken.None))
        {
            rows.Add(row.SourceCaseId);
        }

        Assert.Equal(expected, rows);
    }

    [Fact]
    public async Task Read_SeveralDays_NewestStoredFirst()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var day = new DateOnly(2026, 3, 10);

        // Stored out of day order, as late feeds arrive: the export follows the store order, not the day.
        await fixture.Complaints.AddAsync([Complaints.Make("OLD-DAY-FIRST", day.AddDays(-3), region: "330106", complainant: null)], CancellationToken.None);
        await fixture.Complaints.AddAsync([Complaints.Make("NEW-DAY", day, region: "330106", complainant: null)], CancellationToken.None);
        await fixture.Complaints.AddAsync([Complaints.Make("OLD-DAY-LAST", day.AddDays(-5), region: "330106", complainant: null)], CancellationToken.None);

        var rows = new List<string>();
        await foreach (var row in fixture.Export.ReadRowsAsync(new ComplaintExportQuery(["330000"]), CancellationToken.None))
        {
            rows.Add(row.SourceCaseId);
        }

        Assert.Equal(["OLD-DAY-LAST", "NEW-DAY", "OLD-DAY-FIRST"], rows);
    }

    [Fact]
    public async Task Read_EmptyAndNullText_KeptApart()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var day = new DateOnly(2026, 3, 10);
        await fixture.Complaints.AddAsync([Complaints.Make("EMPTY", day, region: "330106", complainant: null)], CancellationToken.None);
        await fixture.Complaints.AddAsync([Complaints.Make("NULL", day, region: "330106", complainant: null)], CancellationToken.None);
        var database = ((Cleanup)fixture.Lifetime).Database;
        await using (var lease = await database.AcquireWriterAsync(CancellationToken.None))
        {
            await using var update = lease.Connection.CreateCommand();
            update.CommandText = "UPDATE complaints SET narrative = '' WHERE source_case_id = 'EMPTY'; UPDATE complaints SET narrative = NULL WHERE source_case_id = 'NULL'";
            await update.ExecuteNonQueryAsync();
        }

        var rows = new Dictionary<string, string?>();
        await foreach (var row in fixture.Export.ReadRowsAsync(new ComplaintExportQuery(["330000"]), CancellationToken.None))
        {
            rows[row.SourceCaseId] = row.Narrative;
        }

        Assert.Equal(string.Empty, rows["EMPTY"]);
        Assert.Null(rows["NULL"]);
    }

    [Fact]
    public async Task Read_Plan_ScansTheTableByRowIdRangeWithoutSorting()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var database = ((Cleanup)fixture.Lifetime).Database;
        await using var connection = await database.OpenReaderAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        var sql = ComplaintExportSql.Build(new ComplaintExportQuery(["330000", "310101"], from: new DateOnly(2026, 1, 1)), command.Parameters);
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;

        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        Assert.Contains(plan, step => step.StartsWith("SEARCH c USING INTEGER PRIMARY KEY", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("ix_complaints_listing", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    private sealed class Cleanup(SqliteDatabase database, SqliteComplaintStore store, DirectoryInfo directory) : IAsyncDisposable
    {
        public SqliteDatabase Database => database;

        public async ValueTask DisposeAsync()
        {
            store.Dispose();
            await database.DisposeAsync();
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }
}
