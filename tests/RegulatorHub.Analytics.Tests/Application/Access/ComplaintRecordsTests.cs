using Microsoft.Extensions.Logging.Abstractions;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Access;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Analytics.Tests.Application.Access;

public sealed class ComplaintRecordsTests
{
    private readonly AgencyDirectory _directory = AccessSamples.Directory();
    private readonly FakeStore _store = new();
    private readonly FakeRecorder _recorder = new();

    [Fact]
    public async Task ViewAsync_InJurisdiction_ReturnsTheRecordAndRecordsTheView()
    {
        _store.Add(AccessSamples.Complaint("HZ-1", "330106", "310101"));

        var result = await Records().ViewAsync(Hangzhou(), "12315-zj", "HZ-1", ComplaintViewPurpose.Supervision, default);

        Assert.True(result.Allowed);
        Assert.Equal("HZ-1", result.Complaint?.SourceCaseId);
        Assert.Equal([("acct-samr-hz-regulator", "12315-zj", "HZ-1", ComplaintViewPurpose.Supervision, true)], _recorder.Views);
    }

    [Fact]
    public async Task ViewAsync_OutsideJurisdictionOrUnknown_AnswerAlikeAndAreRecordedAsRefused()
    {
        _store.Add(AccessSamples.Complaint("SH-1", "310101", "310104"));

        var outside = await Records().ViewAsync(Hangzhou(), "12315-zj", "SH-1", ComplaintViewPurpose.Handling, default);
        var unknown = await Records().ViewAsync(Hangzhou(), "12315-zj", "NO-SUCH", ComplaintViewPurpose.Handling, default);

        Assert.False(outside.Allowed);
        Assert.Null(outside.Complaint);
        Assert.False(unknown.Allowed);
        Assert.Null(unknown.Complaint);
        Assert.Equal(ComplaintAccessReason.OutsideJurisdiction, outside.Decision.Reason);
        Assert.Equal(ComplaintAccessReason.NotFound, unknown.Decision.Reason);
        Assert.Equal([false, false], _recorder.Views.Select(v => v.Allowed));
    }

    [Fact]
    public async Task ViewAsync_Analyst_IsRefusedWithoutReadingTheStore()
    {
        _store.Add(AccessSamples.Complaint("HZ-1", "330106", "330100"));

        var result = await Records().ViewAsync(AccessSamples.User(UserRole.Analyst, "samr-zj", _directory), "12315-zj", "HZ-1", ComplaintViewPurpose.QualityCheck, default);

        Assert.False(result.Allowed);
        Assert.Equal(ComplaintAccessReason.RoleNotAllowed, result.Decision.Reason);
        Assert.Equal(0, _store.Reads);
        Assert.Single(_recorder.Views);
    }

    [Fact]
    public async Task ViewAsync_RecorderFails_ShowsNothing()
    {
        _store.Add(AccessSamples.Complaint("HZ-1", "330106", "330100"));
        _recorder.Fail = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => Records().ViewAsync(Hangzhou(), "12315-zj", "HZ-1", ComplaintViewPurpose.Handling, default));
    }

    [Fact]
    public async Task ListAsync_Regulator_AsksForTheAgencyRegionsAndFilters()
    {
        _store.Add(AccessSamples.Complaint("HZ-1", "330106", "330100"));

        var result = await Records().ListAsync(Hangzhou(), new ComplaintListFilter(From: new DateOnly(2026, 1, 1), SubjectCode: "goods.food", PageSize: 20), default);

        Assert.True(result.Allowed);
        Assert.Equal(["HZ-1"], result.Page.Items.Select(c => c.SourceCaseId));
        var query = Assert.Single(_store.Queries);
        Assert.Equal(["330100"], query.RegionCodes);
        Assert.Equal((new DateOnly(2026, 1, 1), "goods.food", 20), (query.From!.Value, query.SubjectCode!, query.PageSize));
        Assert.Equal([(true, 1)], _recorder.Listings);
    }

    [Fact]
    public async Task ListAsync_StoreReturnsAComplaintOutsideTheJurisdiction_ItIsNotShown()
    {
        _store.Add(AccessSamples.Complaint("HZ-1", "330106", "330100"));
        _store.Add(AccessSamples.Complaint("SH-1", "310101", "310104"));
        _store.IgnoreRegions = true;

        var result = await Records().ListAsync(Hangzhou(), new ComplaintListFilter(), default);

        Assert.Equal(["HZ-1"], result.Page.Items.Select(c => c.SourceCaseId));
    }

    [Theory]
    [InlineData(UserRole.Analyst, "samr-zj")]
    [InlineData(UserRole.Regulator, "samr-gz")]
    public async Task ListAsync_UserWithoutComplaintLevelAccess_IsDeniedWithoutQueryingTheStore(UserRole role, string agency)
    {
        var result = await Records().ListAsync(AccessSamples.User(role, agency, _directory), new ComplaintListFilter(), default);

        Assert.False(result.Allowed);
        Assert.Empty(result.Page.Items);
        Assert.Empty(_store.Queries);
        Assert.Equal([(false, 0)], _recorder.Listings);
    }

    private UserAccess Hangzhou() => AccessSamples.User(UserRole.Regulator, "samr-hz", _directory);

    private ComplaintRecords Records() =>
        new(_store, new ComplaintAccessPolicy(_directory, []), _recorder, NullLogger<ComplaintRecords>.Instance);

    /// <summary>Complaints in memory; lists by code prefix like the real adapters, unless told to ignore regions.</summary>
    private sealed class FakeStore : IComplaintStore
    {
        private readonly List<Complaint> _complaints = [];

        public List<ComplaintListQuery> Queries { get; } = [];

        public int Reads { get; private set; }

        public bool IgnoreRegions { get; set; }

        public void Add(Complaint complaint) => _complaints.Add(complaint);

        public Task<ComplaintPage> ListAsync(ComplaintListQuery query, CancellationToken cancellationToken)
        {
            Queries.Add(query);
            var items = _complaints.Where(c => IgnoreRegions || query.RegionCodes.Any(r =>
                Domain.Regions.RegionCodePrefix.IsUnder(c.ConsumerRegionCode, r) || Domain.Regions.RegionCodePrefix.IsUnder(c.Merchant?.RegionCode, r)));
            return Task.FromResult(new ComplaintPage([.. items], null));
        }

        public Task<Complaint?> FindAsync(string source, string sourceCaseId, CancellationToken cancellationToken)
        {
            Reads++;
            return Task.FromResult(_complaints.FirstOrDefault(c => c.Source == source && c.SourceCaseId == sourceCaseId));
        }

        public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<IReadOnlyList<StoreOutcome>> AddAsync(IReadOnlyList<Complaint> complaints, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<StoreSummary> GetSummaryAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<string?> GetMetadataAsync(string key, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task SetMetadataAsync(string key, string value, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private sealed class FakeRecorder : IComplaintViewRecorder
    {
        public List<(string? Account, string Source, string CaseId, ComplaintViewPurpose Purpose, bool Allowed)> Views { get; } = [];

        public List<(bool Allowed, int Shown)> Listings { get; } = [];

        public bool Fail { get; set; }

        public Task RecordAsync(UserAccess user, string source, string sourceCaseId, ComplaintViewPurpose purpose, bool allowed, CancellationToken cancellationToken)
        {
            if (Fail)
            {
                throw new InvalidOperationException("The audit trail is unavailable.");
            }

            Views.Add((user.AccountId, source, sourceCaseId, purpose, allowed));
            return Task.CompletedTask;
        }

        public Task RecordListingAsync(UserAccess user, bool allowed, int shown, CancellationToken cancellationToken)
        {
            Listings.Add((allowed, shown));
            return Task.CompletedTask;
        }
    }
}
