using System.Collections.Concurrent;

namespace RegulatorHub.Dashboard.Access;

/// <summary>
/// Locks a user name out of password sign-in for <see cref="LockoutDuration"/> after <see cref="MaxFailures"/>
/// failures in a row, in this process's memory. User names that match no account are counted the same way, so a
/// lockout tells nothing about which names exist. A failure older than <see cref="LockoutDuration"/> is forgotten.
/// </summary>
public sealed class SignInLockout(TimeProvider timeProvider)
{
    /// <summary>Failures in a row that lock the name out.</summary>
    public const int MaxFailures = 5;

    /// <summary>How long a lockout lasts, and how long a failure is remembered.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(5);

    // Bounds memory when someone tries many names: past this, forgotten entries are pruned first.
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>When the lockout of <paramref name="key"/> ends, or <see langword="null"/> when it is not locked out.</summary>
    /// <param name="key">The normalized user name.</param>
    public DateTimeOffset? LockedUntil(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _entries.TryGetValue(key, out var entry) && entry.LockedUntil is { } until && until > timeProvider.GetUtcNow() ? until : null;
    }

    /// <summary>Counts a failed sign-in for <paramref name="key"/>.</summary>
    /// <returns>When this failure locked the name out, the end of the lockout; otherwise <see langword="null"/>.</returns>
    public DateTimeOffset? RecordFailure(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = timeProvider.GetUtcNow();
        if (_entries.Count > PruneAbove)
        {
            Prune(now);
        }

        var entry = _entries.AddOrUpdate(
            key,
            _ => Next(new Entry(0, now, null), now),
            (_, previous) => Next(IsForgotten(previous, now) ? new Entry(0, now, null) : previous, now));
        return entry.Failures == MaxFailures ? entry.LockedUntil : null;
    }

    /// <summary>Forgets the failures of <paramref name="key"/> (after a successful sign-in).</summary>
    public void Reset(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _entries.TryRemove(key, out _);
    }

    private static Entry Next(Entry entry, DateTimeOffset now)
    {
        var failures = entry.Failures + 1;
        return failures >= MaxFailures
            ? new Entry(failures, now, entry.LockedUntil ?? now + LockoutDuration)
            : new Entry(failures, now, null);
    }

    // Past its lockout, or its last failure long enough ago: the next failure starts a new count.
    private static bool IsForgotten(Entry entry, DateTimeOffset now) =>
        entry.LockedUntil is { } until ? until <= now : now - entry.LastFailure >= LockoutDuration;

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (IsForgotten(entry, now))
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private sealed record Entry(int Failures, DateTimeOffset LastFailure, DateTimeOffset? LockedUntil);
}
