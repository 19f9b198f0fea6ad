using System.Collections.Concurrent;
using RegulatorHub.Application.Referrals;
using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Dashboard.Tests.Components;

/// <summary>A referral store in memory with the version check of the real ones; listings are not needed by the page tests.</summary>
internal sealed class InMemoryReferralStore : IReferralStore
{
    private readonly ConcurrentDictionary<Guid, StoredReferral> _referrals = new();

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<StoredReferral?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(_referrals.TryGetValue(id, out var found) ? found : null);

    public Task<ReferralWriteResult> CreateAsync(StoredReferral referral, CancellationToken cancellationToken) =>
        Task.FromResult(_referrals.TryAdd(referral.Id, referral)
            ? new ReferralWriteResult(ReferralWriteStatus.Created, referral.Version)
            : new ReferralWriteResult(ReferralWriteStatus.AlreadyExists, _referrals[referral.Id].Version));

    public Task<ReferralWriteResult> SaveAsync(StoredReferral referral, int expectedVersion, CancellationToken cancellationToken)
    {
        if (!_referrals.TryGetValue(referral.Id, out var current))
        {
            return Task.FromResult(new ReferralWriteResult(ReferralWriteStatus.NotFound, 0));
        }

        return Task.FromResult(current.Version == expectedVersion && _referrals.TryUpdate(referral.Id, referral, current)
            ? new ReferralWriteResult(ReferralWriteStatus.Saved, referral.Version)
            : new ReferralWriteResult(ReferralWriteStatus.Conflict, current.Version));
    }

    public Task<ReferralPage> ListAsync(ReferralListQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<AgencyReferralCount>> OpenByMerchantAsync(string merchantKey, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<StoredReferral>> FindByComplaintAsync(ComplaintReference complaint, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredReferral>>([.. _referrals.Values.Where(r => r.Referral.Complaint == complaint)]);

    public Task<IReadOnlyList<Referral>> ReceivedByAgencyAsync(string agencyId, DateTimeOffset activeSince, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<StoredReferral>> ListUnpublishedAsync(int maxCount, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredReferral>>([]);

    public Task MarkPublishedAsync(Guid id, int version, CancellationToken cancellationToken) => Task.CompletedTask;
}
