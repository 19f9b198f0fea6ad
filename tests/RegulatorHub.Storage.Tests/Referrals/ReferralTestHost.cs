using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Referrals;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Referrals;
using RegulatorHub.Storage.Sqlite;

namespace RegulatorHub.Storage.Tests.Referrals;

/// <summary>
/// A referral service over a fresh SQLite file (referrals, complaints and quarantine) with hand-written fakes around
/// it: the demo agencies, a publisher and an audit sink that record what they get, and a clock the test sets.
/// </summary>
internal sealed class ReferralTestHost : IAsyncDisposable
{
    private readonly DirectoryInfo _directory;
    private readonly SqliteDatabase _database;

    private ReferralTestHost(ReferralOptions? options)
    {
        _directory = Directory.CreateTempSubdirectory("regulatorhub-referral-service-");
        _database = new SqliteDatabase(Path.Combine(_directory.FullName, "test.db"));
        Store = new SqliteReferralStore(_database);
        Quarantine = new SqliteQuarantineStore(_database);
        Complaints = new SqliteComplaintStore(_database);
        Options = options ?? new ReferralOptions();
        Options.InstanceId ??= "instance-a";
        Service = new ReferralService(
            Store, Complaints, Agencies, Agencies, Publisher, Audit, Microsoft.Extensions.Options.Options.Create(Options), Clock,
            NullLogger<ReferralService>.Instance);
        Applier = new ReferralEventApplier(
            Store, Quarantine, Agencies, Microsoft.Extensions.Options.Options.Create(Options), Clock, NullLogger<ReferralEventApplier>.Instance);
    }

    public SqliteReferralStore Store { get; }

    public SqliteQuarantineStore Quarantine { get; }

    public SqliteComplaintStore Complaints { get; }

    public DemoAgencies Agencies { get; } = new();

    public RecordingPublisher Publisher { get; } = new();

    public RecordingAuditSink Audit { get; } = new();

    public ManualClock Clock { get; } = new(Contract.ReferralSamples.Start);

    public ReferralOptions Options { get; }

    public ReferralService Service { get; }

    public ReferralEventApplier Applier { get; }

    public static async Task<ReferralTestHost> StartAsync(ReferralOptions? options = null, params Complaint[] complaints)
    {
        var host = new ReferralTestHost(options);
        await host.Store.InitializeAsync(CancellationToken.None);
        await host.Complaints.AddAsync(complaints, CancellationToken.None);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}

/// <summary>A clock that stands still until the test moves it.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public void Advance(TimeSpan by) => Now += by;
}

/// <summary>The demo agencies of the shared contract; each covers its configured regions by GB/T 2260 prefix.</summary>
internal sealed class DemoAgencies : IAgencyLookup, IJurisdictionLookup
{
    private readonly Dictionary<string, (string Name, string[] Regions)> _agencies = new(StringComparer.Ordinal)
    {
        ["samr-hz"] = ("杭州市市场监督管理局", ["330100"]),
        ["samr-sh"] = ("上海市市场监督管理局", ["310000"]),
        ["samr-sz"] = ("深圳市市场监督管理局", ["440300"]),
        ["samr-bj"] = ("北京市市场监督管理局", ["110000"]),
        ["samr-zj"] = ("浙江省市场监督管理局", ["330000"]),
    };

    /// <summary>When set, only these agencies are served (as in a deployment of one region).</summary>
    public HashSet<string>? Served { get; set; }

    public bool Exists(string agencyId) => _agencies.ContainsKey(agencyId) && (Served is null || Served.Contains(agencyId));

    public string? NameOf(string agencyId) => _agencies.TryGetValue(agencyId, out var agency) ? agency.Name : null;

    public string? AgencyFor(string? regionCode) =>
        regionCode is null
            ? null
            : _agencies
                .SelectMany(a => a.Value.Regions.Select(r => (Id: a.Key, Prefix: r.TrimEnd('0'))))
                .Where(a => regionCode.StartsWith(a.Prefix, StringComparison.Ordinal))
                .OrderByDescending(a => a.Prefix.Length)
                .Select(a => a.Id)
                .FirstOrDefault();
}

/// <summary>Records every message; fails while <see cref="Failing"/> is set, as a broker that is down would.</summary>
internal sealed class RecordingPublisher : IReferralEventPublisher
{
    private readonly Lock _lock = new();
    private readonly List<ReferralEventMessage> _published = [];

    public bool Failing { get; set; }

    public IReadOnlyList<ReferralEventMessage> Published
    {
        get
        {
            lock (_lock)
            {
                return [.. _published];
            }
        }
    }

    public Task PublishAsync(ReferralEventMessage message, CancellationToken cancellationToken)
    {
        if (Failing)
        {
            throw new IOException("The broker is unreachable.");
        }

        lock (_lock)
        {
            _published.Add(message);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Records every audited action.</summary>
internal sealed class RecordingAuditSink : IReferralAuditSink
{
    private readonly Lock _lock = new();
    private readonly List<(ReferralActor Actor, Guid ReferralId, ReferralAction Action)> _records = [];

    public IReadOnlyList<(ReferralActor Actor, Guid ReferralId, ReferralAction Action)> Records
    {
        get
        {
            lock (_lock)
            {
                return [.. _records];
            }
        }
    }

    public Task RecordAsync(ReferralActor actor, Guid referralId, ReferralAction action, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _records.Add((actor, referralId, action));
        }

        return Task.CompletedTask;
    }
}
