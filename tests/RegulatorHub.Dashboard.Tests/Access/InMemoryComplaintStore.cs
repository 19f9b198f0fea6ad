using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Dashboard.Tests.Access;

/// <summary>Complaints in memory, listed as the adapters do (regions by code prefix, newest first, keyset tokens).</summary>
public sealed class InMemoryComplaintStore : IComplaintStore
{
    private readonly List<Complaint> _complaints = [];

    public List<ComplaintListQuery> Queries { get; } = [];

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<StoreOutcome>> AddAsync(IReadOnlyList<Complaint> complaints, CancellationToken cancellationToken)
    {
        _complaints.AddRange(complaints);
        return Task.FromResult<IReadOnlyList<StoreOutcome>>([.. complaints.Select(_ => new StoreOutcome(StoreOutcomeKind.Stored))]);
    }

    public Task<Complaint?> FindAsync(string source, string sourceCaseId, CancellationToken cancellationToken) =>
        Task.FromResult(_complaints.FirstOrDefault(c => c.Source == source && c.SourceCaseId == sourceCaseId));

    public Task<ComplaintPage> ListAsync(ComplaintListQuery query, CancellationToken cancellationToken)
    {
        Queries.Add(query);
        var matching = _complaints
            .Select((complaint, index) => (Complaint: complaint, Position: new ComplaintListCursor(complaint.ReceivedDate, index)))
            .Where(c => query.RegionCodes.Any(r => RegionCodePrefix.IsUnder(c.Complaint.ConsumerRegionCode, r) || RegionCodePrefix.IsUnder(c.Complaint.Merchant?.RegionCode, r)))
            .Where(c => (query.From is null || c.Complaint.ReceivedDate >= query.From) && (query.To is null || c.Complaint.ReceivedDate <= query.To))
            .Where(c => (query.SubjectCode is null || c.Complaint.SubjectCode == query.SubjectCode) && (query.MerchantKey is null || c.Complaint.Merchant?.Key.Value == query.MerchantKey))
            .Where(c => query.After is not { } after || c.Position.ReceivedDate < after.ReceivedDate || (c.Position.ReceivedDate == after.ReceivedDate && c.Position.Sequence < after.Sequence))
            .OrderByDescending(c => c.Position.ReceivedDate).ThenByDescending(c => c.Position.Sequence)
            .Take(query.PageSize + 1)
            .ToList();
        var page = matching.Take(query.PageSize).ToList();
        return Task.FromResult(new ComplaintPage(
            [.. page.Select(c => c.Complaint)], matching.Count > query.PageSize ? page[^1].Position.Encode() : null));
    }

    public Task<StoreSummary> GetSummaryAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new StoreSummary(_complaints.Count, 0, null, null, _complaints.Count));

    public Task<string?> GetMetadataAsync(string key, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task SetMetadataAsync(string key, string value, CancellationToken cancellationToken) => Task.CompletedTask;
}
