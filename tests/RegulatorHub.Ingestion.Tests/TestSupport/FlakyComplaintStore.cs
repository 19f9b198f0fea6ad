using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Ingestion.Tests.TestSupport;

/// <summary>A store whose first <c>failures</c> writes fail as if the database were unavailable.</summary>
internal sealed class FlakyComplaintStore(IComplaintStore inner, int failures) : IComplaintStore
{
    private int _remainingFailures = failures;

    public int FailedWrites { get; private set; }

    public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public Task<IReadOnlyList<StoreOutcome>> AddAsync(IReadOnlyList<Complaint> complaints, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref _remainingFailures) >= 0)
        {
            FailedWrites++;
            throw new TimeoutException("Simulated: the store did not answer.");
        }

        return inner.AddAsync(complaints, cancellationToken);
    }

    public Task<Complaint?> FindAsync(string source, string sourceCaseId, CancellationToken cancellationToken) => inner.FindAsync(source, sourceCaseId, cancellationToken);

    public Task<ComplaintPage> ListAsync(ComplaintListQuery query, CancellationToken cancellationToken) => inner.ListAsync(query, cancellationToken);

    public Task<StoreSummary> GetSummaryAsync(CancellationToken cancellationToken) => inner.GetSummaryAsync(cancellationToken);

    public Task<string?> GetMetadataAsync(string key, CancellationToken cancellationToken) => inner.GetMetadataAsync(key, cancellationToken);

    public Task SetMetadataAsync(string key, string value, CancellationToken cancellationToken) => inner.SetMetadataAsync(key, value, cancellationToken);
}
