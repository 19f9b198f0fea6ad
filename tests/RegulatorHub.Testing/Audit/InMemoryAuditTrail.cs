using System.Runtime.CompilerServices;
using RegulatorHub.Application.Audit;

namespace RegulatorHub.Testing.Audit;

/// <summary>
/// A fake <see cref="IAuditTrail"/> in memory for tests of the verifier and of pages that write or read the trail.
/// <see cref="Entries"/> and <see cref="Head"/> are open so a test can tamper with them as an attacker with write access
/// to a store would.
/// </summary>
public sealed class InMemoryAuditTrail(AuditChain chain) : IAuditTrail
{
    private readonly Lock _gate = new();

    /// <summary>The stored entries in storage order (a test may edit, remove, insert or reorder them).</summary>
    public List<AuditEntry> Entries { get; } = [];

    /// <summary>The head checkpoint (a test may change it).</summary>
    public AuditHead? Head { get; set; }

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var entry = chain.Next(Head, record);
            Entries.Add(entry);
            Head = new AuditHead(entry.Sequence, entry.Hash);
            return Task.FromResult(entry);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<AuditEntry> ReadAsync(long fromSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<AuditEntry> snapshot;
        lock (_gate)
        {
            // Stable sort: entries with one sequence keep their storage order, as a store's scan would.
            snapshot = [.. Entries.Where(e => e.Sequence >= fromSequence).OrderBy(e => e.Sequence)];
        }

        foreach (var entry in snapshot)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return entry;
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> SearchAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(query));
        }

        lock (_gate)
        {
            IReadOnlyList<AuditEntry> found = Entries
                .Where(e => query.Actor is null || e.Actor == query.Actor)
                .Where(e => query.AgencyId is null || e.AgencyId == query.AgencyId)
                .Where(e => query.Action is null || e.Action == query.Action)
                .Where(e => query.TargetPrefix is null || e.Target.StartsWith(query.TargetPrefix, StringComparison.Ordinal))
                .Where(e => query.From is null || e.At >= query.From)
                .Where(e => query.To is null || e.At < query.To)
                .Where(e => query.BeforeSequence is null || e.Sequence < query.BeforeSequence)
                .OrderByDescending(e => e.Sequence)
                .Take(query.Limit)
                .ToList();
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc />
    public Task<AuditHead?> GetHeadAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(Head);
        }
    }
}
