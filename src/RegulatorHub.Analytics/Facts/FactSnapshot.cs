namespace RegulatorHub.Analytics.Facts;

/// <summary>
/// The facts a store held at one moment: a row count and the chunks and dictionaries that cover it. Later appends do
/// not change what a snapshot reads, so a query sees one consistent state however long it runs.
/// </summary>
public sealed class FactSnapshot
{
    internal FactSnapshot(ComplaintFactStore store, long rowCount, FactChunk[] chunks, string? checkpoint)
    {
        Store = store;
        RowCount = rowCount;
        Chunks = chunks;
        Checkpoint = checkpoint;
    }

    /// <summary>Facts visible to this snapshot.</summary>
    public long RowCount { get; }

    /// <summary>The change-feed checkpoint these facts reach: the data watermark of any result computed from them.</summary>
    public string? Checkpoint { get; }

    /// <summary>The earliest received date among the facts, or <see langword="null"/> when there are none.</summary>
    public DateOnly? FirstDay => DaySpan() is { } span ? FactDays.Decode(span.Low) : null;

    /// <summary>The latest received date among the facts, or <see langword="null"/> when there are none.</summary>
    public DateOnly? LastDay => DaySpan() is { } span ? FactDays.Decode(span.High) : null;

    internal ComplaintFactStore Store { get; }

    internal FactChunk[] Chunks { get; }

    /// <summary>Rows of chunk <paramref name="index"/> that this snapshot sees.</summary>
    internal int RowsIn(int index) => (int)Math.Clamp(RowCount - ((long)index * FactChunk.Capacity), 0, FactChunk.Capacity);

    /// <summary>Lowest and highest day codes of the visible chunks, or <see langword="null"/> when there are none.</summary>
    internal (int Low, int High)? DaySpan()
    {
        int low = int.MaxValue, high = int.MinValue;
        for (var i = 0; i < ChunkCount; i++)
        {
            low = Math.Min(low, Chunks[i].MinDay);
            high = Math.Max(high, Chunks[i].MaxDay);
        }

        return low <= high ? (low, high) : null;
    }

    /// <summary>Chunks holding at least one visible row.</summary>
    internal int ChunkCount => (int)((RowCount + FactChunk.Capacity - 1) / FactChunk.Capacity);
}
