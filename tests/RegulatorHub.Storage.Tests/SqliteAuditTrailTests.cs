using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Audit;
using RegulatorHub.Storage.Sqlite;
using RegulatorHub.Storage.Tests.Contract;

namespace RegulatorHub.Storage.Tests;

/// <summary>The audit trail contract against the embedded SQLite adapter, each test on a fresh file.</summary>
public sealed class SqliteAuditTrailTests : AuditTrailContract
{
    protected override async Task<AuditTrailFixture> CreateAsync()
    {
        var directory = Directory.CreateTempSubdirectory("regulatorhub-audit-");
        var database = new SqliteDatabase(Path.Combine(directory.FullName, "test.db"));
        var trail = new SqliteAuditTrail(database, AuditRecords.Chain);
        await trail.InitializeAsync(CancellationToken.None);
        return new AuditTrailFixture(trail, new RawSql(database.Path), new Cleanup(directory, database));
    }

    [Fact]
    public async Task Append_FromTwoConnectionsToOneFile_GaplessAndIntact()
    {
        // Two SqliteDatabase objects stand for two processes (the dashboard and the CLI): only the file's write lock,
        // taken by BEGIN IMMEDIATE before the head is read, keeps them from reusing a sequence.
        var directory = Directory.CreateTempSubdirectory("regulatorhub-audit-");
        var path = Path.Combine(directory.FullName, "shared.db");
        var first = new SqliteDatabase(path);
        var second = new SqliteDatabase(path);
        await using var cleanup = new Cleanup(directory, first, second);
        var one = new SqliteAuditTrail(first, AuditRecords.Chain);
        var other = new SqliteAuditTrail(second, AuditRecords.Chain);
        await one.InitializeAsync(CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(1, 200).Select(i =>
            Task.Run(() => (i % 2 == 0 ? one : other).AppendAsync(AuditRecords.Make(i), CancellationToken.None))));
        var verification = await new AuditVerifier(one, AuditRecords.Chain).VerifyAsync(CancellationToken.None);

        Assert.True(verification.IsIntact, verification.Describe());
        Assert.Equal(200, verification.Entries);
    }

    [Fact]
    public async Task RawInsert_SecondEntryWithOneSequence_RefusedByTheKey()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var appended = await AuditRecords.AppendAsync(fixture.Trail, 2);

        var error = await Assert.ThrowsAsync<SqliteException>(() => fixture.Tamper.InsertAsync(appended[1] with { Target = "page:/forged" }));

        Assert.Equal(19, error.SqliteErrorCode);
    }

    [Fact]
    public async Task RawUpdate_TimeAsText_RefusedByTheStrictTable()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        await AuditRecords.AppendAsync(fixture.Trail, 1);
        var path = ((RawSql)fixture.Tamper).Path;

        var error = await Assert.ThrowsAsync<SqliteException>(() => RawSql.ExecuteAsync(path, "UPDATE audit_log SET at_ticks = 'yesterday' WHERE sequence = 1"));

        Assert.Equal(19, error.SqliteErrorCode);
    }

    [Fact]
    public async Task Initialize_Version2File_AddsTheAuditTablesKeepingComplaints()
    {
        var directory = Directory.CreateTempSubdirectory("regulatorhub-audit-");
        var path = Path.Combine(directory.FullName, "v2.db");
        await using (var database = new SqliteDatabase(path))
        using (var store = new SqliteComplaintStore(database))
        {
            await store.InitializeAsync(CancellationToken.None);
            await store.AddAsync([Complaints.Make("OLD-1")], CancellationToken.None);
        }

        // Back to what a version 2 build left: no audit tables, user_version 2.
        await RawSql.ExecuteAsync(path, "DROP TABLE audit_log; DROP TABLE audit_head; PRAGMA user_version = 2;");
        var reopened = new SqliteDatabase(path);
        await using var cleanup = new Cleanup(directory, reopened);
        using var reopenedStore = new SqliteComplaintStore(reopened);
        var trail = new SqliteAuditTrail(reopened, AuditRecords.Chain);
        await trail.InitializeAsync(CancellationToken.None);
        var entry = await trail.AppendAsync(AuditRecords.Make(1), CancellationToken.None);

        Assert.Equal(1, entry.Sequence);
        Assert.NotNull(await reopenedStore.FindAsync("12315-zj", "OLD-1", CancellationToken.None));
        Assert.Equal((long)SqliteSchema.Version, await RawSql.ScalarAsync(path, "PRAGMA user_version"));
    }

    /// <summary>Raw SQL on its own connection, outside the adapter.</summary>
    private sealed class RawSql(string path) : IAuditStoreTamperer
    {
        public string Path => path;

        public Task SetFieldAsync(long sequence, string field, string value)
        {
            var column = field switch
            {
                "target" => "target",
                "action" => "action",
                "previousHash" => "previous_hash",
                "hash" => "hash",
                _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a tamperable field"),
            };
            return ExecuteAsync(path, $"UPDATE audit_log SET {column} = $value WHERE sequence = $seq", ("$value", value), ("$seq", sequence));
        }

        public Task DeleteAsync(long sequence) => ExecuteAsync(path, "DELETE FROM audit_log WHERE sequence = $seq", ("$seq", sequence));

        // Two steps so no moved row collides with one not yet moved.
        public Task RenumberFromAsync(long sequence) => ExecuteAsync(
            path,
            "UPDATE audit_log SET sequence = -sequence - 1 WHERE sequence >= $seq; UPDATE audit_log SET sequence = -sequence WHERE sequence < 0;",
            ("$seq", sequence));

        public Task InsertAsync(AuditEntry entry) => ExecuteAsync(
            path,
            "INSERT INTO audit_log VALUES ($seq, $at, $actor, $agency, $role, $action, $target, $outcome, $purpose, $detail, $prev, $hash)",
            ("$seq", entry.Sequence), ("$at", entry.At.UtcTicks), ("$actor", entry.Actor), ("$agency", entry.AgencyId), ("$role", entry.Role),
            ("$action", entry.Action.ToString()), ("$target", entry.Target), ("$outcome", entry.Outcome), ("$purpose", entry.Purpose),
            ("$detail", entry.Detail), ("$prev", entry.PreviousHash), ("$hash", entry.Hash));

        public Task SetHeadAsync(AuditHead head) =>
            ExecuteAsync(path, "UPDATE audit_head SET sequence = $seq, hash = $hash", ("$seq", head.Sequence), ("$hash", head.Hash));

        public Task DeleteHeadAsync() => ExecuteAsync(path, "DELETE FROM audit_head");

        public static async Task ExecuteAsync(string path, string sql, params (string Name, object? Value)[] parameters)
        {
            await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            await command.ExecuteNonQueryAsync();
        }

        public static async Task<object?> ScalarAsync(string path, string sql)
        {
            await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return await command.ExecuteScalarAsync();
        }
    }

    private sealed class Cleanup(DirectoryInfo directory, params SqliteDatabase[] databases) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var database in databases)
            {
                await database.DisposeAsync();
            }

            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }
}
