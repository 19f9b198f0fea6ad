using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Audit;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Hosting.Privacy;
using RegulatorHub.Storage.Sqlite;

namespace RegulatorHub.Cli.Tests;

public sealed class AuditCliTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("regulatorhub-cli-audit-");

    private string DatabasePath => Path.Combine(_data.FullName, "regulatorhub.db");

    [Fact]
    public async Task Verify_UntouchedTrail_ExitsZeroWithCountAndHead()
    {
        var entries = await WriteTrailAsync(20);

        var result = await CliRunner.RunAsync("audit", "verify", "--data-dir", _data.FullName);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Audit trail intact: 20 entries, head {entries[^1].Hash}", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RowEditedInTheDatabase_ExitsOneNamingTheEntryAndKind()
    {
        await WriteTrailAsync(20);
        await ExecuteAsync("UPDATE audit_log SET target = 'complaint:12315-zj/OTHER' WHERE sequence = 17");

        var result = await CliRunner.RunAsync("audit", "verify", "--data-dir", _data.FullName);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Audit trail broken at entry 17: modified (hash does not match its content)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TailRowsDeleted_ExitsOneReportingTheFirstMissing()
    {
        await WriteTrailAsync(5);
        await ExecuteAsync("DELETE FROM audit_log WHERE sequence >= 4");

        var result = await CliRunner.RunAsync("audit", "verify", "--data-dir", _data.FullName);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Audit trail broken at entry 4: deleted", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_KeyFileMissing_ExitsTwoWithoutMakingANewKey()
    {
        await WriteTrailAsync(2);
        File.Delete(Path.Combine(_data.FullName, AuditKeyProvider.KeyFileName));

        var result = await CliRunner.RunAsync("audit", "verify", "--data-dir", _data.FullName);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No audit key found", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_data.FullName, AuditKeyProvider.KeyFileName)));
    }

    [Fact]
    public async Task List_LastTwoOfOneActor_PrintsOnlyThemOldestFirst()
    {
        await WriteTrailAsync(6);

        var result = await CliRunner.RunAsync("audit", "list", "--last", "2", "--actor", "acct-sh-regulator", "--data-dir", _data.FullName);

        Assert.Equal(0, result.ExitCode);
        var rows = result.Output.Split('\n').Where(l => l.Contains("acct-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Contains("acct-sh-regulator", r, StringComparison.Ordinal));
        Assert.Contains("ZJ-4", rows[0], StringComparison.Ordinal);
        Assert.Contains("ZJ-6", rows[1], StringComparison.Ordinal);
        Assert.Contains("ComplaintViewed", rows[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ByAction_PrintsOnlyThatAction()
    {
        await WriteTrailAsync(6);

        var result = await CliRunner.RunAsync("audit", "list", "--action", "exportcreated", "--data-dir", _data.FullName);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("export:exp-3", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("ComplaintViewed", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_UnknownActionOrLimit_ExitsTwoNamingTheOption()
    {
        await WriteTrailAsync(1);

        var action = await CliRunner.RunAsync("audit", "list", "--action", "Deleted", "--data-dir", _data.FullName);
        var last = await CliRunner.RunAsync("audit", "list", "--last", "0", "--data-dir", _data.FullName);

        Assert.Equal(2, action.ExitCode);
        Assert.Contains("--action must be one of: SignIn,", action.Output, StringComparison.Ordinal);
        Assert.Equal(2, last.ExitCode);
        Assert.Contains("--last must be between 1 and 500", last.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }

    // Writes a trail the way the dashboard would: the key file in the data directory, the SQLite store beside it.
    // Even entries are by acct-sh-regulator; entry 3 is an export.
    private async Task<IReadOnlyList<AuditEntry>> WriteTrailAsync(int count)
    {
        var key = new AuditKeyProvider(Options.Create(new AuditOptions()), Options.Create(new StorageOptions { DataDirectory = _data.FullName })).GetKey();
        var database = new SqliteDatabase(DatabasePath);
        var trail = new SqliteAuditTrail(database, new AuditChain(key));
        await trail.InitializeAsync(CancellationToken.None);
        var start = new DateTimeOffset(2026, 4, 15, 1, 0, 0, TimeSpan.Zero);
        var entries = new List<AuditEntry>();
        for (var i = 1; i <= count; i++)
        {
            var record = i == 3
                ? new AuditRecord(start.AddMinutes(i), "acct-analyst", "samr-zj", "Analyst", AuditAction.ExportCreated, AuditTargets.Export("exp-3"), AuditOutcome.Allowed, detail: "rows=120")
                : new AuditRecord(start.AddMinutes(i), i % 2 == 0 ? "acct-sh-regulator" : "acct-hz-regulator", i % 2 == 0 ? "samr-sh" : "samr-hz", "Regulator",
                    AuditAction.ComplaintViewed, AuditTargets.Complaint("12315-zj", $"ZJ-{i}"), AuditOutcome.Allowed, purpose: "referral review");
            entries.Add(await trail.AppendAsync(record, CancellationToken.None));
        }

        // Closed before the CLI runs, as the dashboard would be when someone verifies.
        await database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        return entries;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
