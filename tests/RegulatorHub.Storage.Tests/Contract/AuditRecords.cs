using RegulatorHub.Application.Audit;

namespace RegulatorHub.Storage.Tests.Contract;

/// <summary>Audit records and the chain key for tests.</summary>
internal static class AuditRecords
{
    /// <summary>The test chain's key (never a real one).</summary>
    public static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    /// <summary>A chain under <see cref="Key"/>.</summary>
    public static readonly AuditChain Chain = new(Key);

    /// <summary>Opening of the day the records happen on (08:00 Beijing time).</summary>
    public static readonly DateTimeOffset Start = new(2026, 4, 15, 8, 0, 0, TimeSpan.FromHours(8));

    /// <summary>A complaint view by <paramref name="actor"/>, <paramref name="minute"/> minutes after <see cref="Start"/>.</summary>
    public static AuditRecord Make(
        int minute,
        string actor = "acct-hz-regulator",
        string? agency = "samr-hz",
        AuditAction action = AuditAction.ComplaintViewed,
        string? target = null,
        string outcome = AuditOutcome.Allowed) =>
        new(
            Start.AddMinutes(minute).AddTicks(minute),
            actor,
            agency,
            "Regulator",
            action,
            target ?? AuditTargets.Complaint("12315-zj", $"ZJ2026-{minute:D4}"),
            outcome,
            purpose: "hotspot review",
            detail: minute % 2 == 0 ? null : "fields=narrative");

    /// <summary>Appends <paramref name="count"/> records one after another.</summary>
    public static async Task<IReadOnlyList<AuditEntry>> AppendAsync(IAuditTrail trail, int count)
    {
        var entries = new List<AuditEntry>();
        for (var i = 1; i <= count; i++)
        {
            entries.Add(await trail.AppendAsync(Make(i), CancellationToken.None));
        }

        return entries;
    }

    /// <summary>Every entry, ascending.</summary>
    public static async Task<List<AuditEntry>> ReadAllAsync(IAuditTrail trail)
    {
        var entries = new List<AuditEntry>();
        await foreach (var entry in trail.ReadAsync(1, CancellationToken.None))
        {
            entries.Add(entry);
        }

        return entries;
    }
}
