using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Referrals;
using RegulatorHub.Storage.Sqlite;
using RegulatorHub.Storage.Tests.Contract;

namespace RegulatorHub.Storage.Tests;

/// <summary>The referral store contract against the embedded SQLite adapter, each test on a fresh file.</summary>
public sealed class SqliteReferralStoreTests : ReferralStoreContract
{
    protected override async Task<(IReferralStore Store, IAsyncDisposable Lifetime)> CreateStoreAsync()
    {
        var directory = Directory.CreateTempSubdirectory("regulatorhub-referrals-");
        var database = new SqliteDatabase(Path.Combine(directory.FullName, "test.db"));
        var store = new SqliteReferralStore(database);
        await store.InitializeAsync(CancellationToken.None);
        return (store, new Cleanup(database, directory));
    }

    [Fact]
    public async Task Initialize_FileFromBeforeReferrals_AddsTheReferralsTableKeepingComplaints()
    {
        var directory = Directory.CreateTempSubdirectory("regulatorhub-referrals-");
        var path = Path.Combine(directory.FullName, "v4.db");
        var old = new SqliteDatabase(path);
        var complaints = new SqliteComplaintStore(old);
        await complaints.InitializeAsync(CancellationToken.None);
        await complaints.AddAsync([Complaints.Make("OLD-1")], CancellationToken.None);
        await using (var lease = await old.AcquireWriterAsync(CancellationToken.None))
        {
            await using var downgrade = lease.Connection.CreateCommand();
            // Back to what a version 4 build left (accounts, the last step before referrals): no referrals table.
            downgrade.CommandText = "DROP TABLE referrals; PRAGMA user_version = 5;";
            await downgrade.ExecuteNonQueryAsync();
        }

        await old.DisposeAsync();
        SqliteConnection.ClearAllPools();
        var database = new SqliteDatabase(path);
        await using var cleanup = new Cleanup(database, directory);
        var store = new SqliteReferralStore(database);

        await store.InitializeAsync(CancellationToken.None);
        var referral = ReferralSamples.New();
        await store.CreateAsync(referral, CancellationToken.None);

        ReferralSamples.AssertSame(referral, await store.FindAsync(referral.Id, CancellationToken.None));
        Assert.NotNull(await new SqliteComplaintStore(database).FindAsync("12315-zj", "OLD-1", CancellationToken.None));
    }

    [Fact]
    public async Task Find_RowWhoseVersionColumnDisagreesWithItsHistory_FailsNamingTheReferral()
    {
        var (store, lifetime) = await CreateStoreAsync();
        await using var _ = lifetime;
        var referral = ReferralSamples.New();
        await store.CreateAsync(referral, CancellationToken.None);
        var database = ((Cleanup)lifetime).Database;
        await using (var lease = await database.AcquireWriterAsync(CancellationToken.None))
        {
            await using var tamper = lease.Connection.CreateCommand();
            tamper.CommandText = "UPDATE referrals SET version = 2";
            await tamper.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => store.FindAsync(referral.Id, CancellationToken.None));

        Assert.Contains(referral.Id.ToString("D"), error.Message, StringComparison.Ordinal);
    }

    private sealed class Cleanup(SqliteDatabase database, DirectoryInfo directory) : IAsyncDisposable
    {
        public SqliteDatabase Database => database;

        public async ValueTask DisposeAsync()
        {
            await database.DisposeAsync();
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }
}
