using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Referrals;
using RegulatorHub.Domain.Regions;
using RegulatorHub.Hosting.Referrals;
using RegulatorHub.Storage.Sqlite;

namespace RegulatorHub.Messaging.Tests.Referrals;

/// <summary>
/// One RegulatorHub deployment as far as referrals go: its own SQLite file, instance id and agency directory, its
/// referral service publishing to a bus, and its consumer applying what the others publish.
/// </summary>
internal sealed class Deployment : IAsyncDisposable
{
    private static readonly Dictionary<string, (string Name, string Region)> s_agencies = new(StringComparer.Ordinal)
    {
        ["samr-hz"] = ("杭州市市场监督管理局", "330100"),
        ["samr-sh"] = ("上海市市场监督管理局", "310000"),
        ["samr-sz"] = ("深圳市市场监督管理局", "440300"),
    };

    private readonly DirectoryInfo _directory;
    private readonly SqliteDatabase _database;

    private Deployment(string instanceId, IReadOnlyList<string> agencies, IReferralEventPublisher publisher, IReferralEventReceiver receiver)
    {
        _directory = System.IO.Directory.CreateTempSubdirectory("regulatorhub-deployment-");
        _database = new SqliteDatabase(Path.Combine(_directory.FullName, "regulatorhub.db"));
        Referrals = new SqliteReferralStore(_database);
        Complaints = new SqliteComplaintStore(_database);
        Quarantine = new SqliteQuarantineStore(_database);

        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < agencies.Count; i++)
        {
            settings[$"Access:Agencies:{i}:Id"] = agencies[i];
            settings[$"Access:Agencies:{i}:Name"] = s_agencies[agencies[i]].Name;
            settings[$"Access:Agencies:{i}:Jurisdictions:0"] = s_agencies[agencies[i]].Region;
        }

        Directory = AgencyDirectory.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(AccessOptions.SectionName).Get<AccessOptions>()!, RegionGazetteer.Default);
        var options = Options.Create(new ReferralOptions { InstanceId = instanceId });
        Service = new ReferralService(
            Referrals, Complaints, Directory, Directory, publisher, new NullReferralAuditSink(), options, TimeProvider.System, NullLogger<ReferralService>.Instance);
        var applier = new ReferralEventApplier(Referrals, Quarantine, Directory, options, TimeProvider.System, NullLogger<ReferralEventApplier>.Instance);
        Consumer = new ReferralEventConsumer(receiver, applier, Referrals, Quarantine, options, TimeProvider.System, NullLogger<ReferralEventConsumer>.Instance);
    }

    public SqliteReferralStore Referrals { get; }

    public SqliteComplaintStore Complaints { get; }

    public SqliteQuarantineStore Quarantine { get; }

    public AgencyDirectory Directory { get; }

    public ReferralService Service { get; }

    public ReferralEventConsumer Consumer { get; }

    /// <summary>Starts a deployment whose directory lists <paramref name="agencies"/> (the ones it serves).</summary>
    public static async Task<Deployment> StartAsync(
        string instanceId, IReadOnlyList<string> agencies, IReferralEventPublisher publisher, IReferralEventReceiver receiver)
    {
        var deployment = new Deployment(instanceId, agencies, publisher, receiver);
        await deployment.Complaints.InitializeAsync(CancellationToken.None);
        await deployment.Consumer.StartAsync(CancellationToken.None);
        return deployment;
    }

    /// <summary>Polls the store until <paramref name="condition"/> holds for the referral; fails after 20 s.</summary>
    public async Task<StoredReferral> WaitForAsync(Guid id, Func<StoredReferral, bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            if (await Referrals.FindAsync(id, CancellationToken.None) is { } found && condition(found))
            {
                return found;
            }

            try
            {
                await Task.Delay(50, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                var last = await Referrals.FindAsync(id, CancellationToken.None);
                throw new TimeoutException($"Referral {id} did not reach the expected state within 20 s (last: {last?.Referral.ToString() ?? "not stored"}).");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Consumer.StopAsync(CancellationToken.None);
        Consumer.Dispose();
        await _database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}
