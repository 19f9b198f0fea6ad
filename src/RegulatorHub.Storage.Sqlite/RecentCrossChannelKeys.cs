namespace RegulatorHub.Storage.Sqlite;

/// <summary>
/// The cross-channel keys (complainant | merchant | day; each key names its day) this process stored for recent days, with the id of the
/// first complaint under each, so the duplicate check on the hot path is a dictionary hit instead of a query.
/// </summary>
/// <remarks>
/// The map only answers for days after <see cref="Floor"/>: days the store could already hold rows for when the
/// process started, and days pruned to bound memory, are answered by the database instead. Feeds arrive roughly in
/// time order, so almost every lookup is above the floor. Entries of a batch become visible to later batches only
/// once its transaction commits.
/// </remarks>
internal sealed class RecentCrossChannelKeys(int floor)
{
    // Days kept in memory behind the newest day seen; older days move below the floor.
    private const int DaysKept = 14;

    private readonly SortedDictionary<int, Dictionary<string, long>> _byDay = [];
    private readonly Dictionary<string, (int Day, long Id)> _pending = new(StringComparer.Ordinal);

    /// <summary>Days at or below this date key (yyyymmdd) are not answered from memory.</summary>
    public int Floor { get; private set; } = floor;

    /// <summary>True when memory is authoritative for <paramref name="day"/>; then <paramref name="id"/> is the match, if any.</summary>
    public bool TryAnswer(int day, string key, out long? id)
    {
        id = null;
        if (day <= Floor)
        {
            return false;
        }

        if (_byDay.TryGetValue(day, out var keys) && keys.TryGetValue(key, out var committed))
        {
            id = committed;
            return true;
        }

        if (_pending.TryGetValue(key, out var uncommitted))
        {
            id = uncommitted.Id;
        }

        return true;
    }

    /// <summary>Records a stored complaint's key within the open transaction.</summary>
    public void Add(int day, string key, long id)
    {
        if (day > Floor)
        {
            _pending.TryAdd(key, (day, id));
        }
    }

    /// <summary>The transaction committed: its keys become visible; old days are pruned.</summary>
    public void Commit()
    {
        foreach (var (key, (day, id)) in _pending)
        {
            if (!_byDay.TryGetValue(day, out var keys))
            {
                _byDay[day] = keys = new Dictionary<string, long>(StringComparer.Ordinal);
            }

            keys.TryAdd(key, id);
        }

        _pending.Clear();
        Prune();
    }

    /// <summary>The transaction rolled back: forget its keys.</summary>
    public void Rollback() => _pending.Clear();

    private void Prune()
    {
        if (_byDay.Count <= DaysKept)
        {
            return;
        }

        var newest = ComplaintRowWriter.FromDateKey(_byDay.Keys.Max());
        var cutoff = ComplaintRowWriter.ToDateKey(newest.AddDays(-DaysKept));
        while (_byDay.Count > 0 && _byDay.Keys.First() <= cutoff)
        {
            _byDay.Remove(_byDay.Keys.First());
        }

        Floor = Math.Max(Floor, cutoff);
    }
}
