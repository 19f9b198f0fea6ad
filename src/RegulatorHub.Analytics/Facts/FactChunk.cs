namespace RegulatorHub.Analytics.Facts;

/// <summary>
/// Up to <see cref="Capacity"/> complaint facts stored column by column, each dimension as the narrowest integer
/// code that fits: 21 bytes a complaint.
/// </summary>
/// <remarks>Rows are written once, below the store's published row count, and never changed.</remarks>
internal sealed class FactChunk
{
    /// <summary>Rows per chunk: big enough that per-chunk overhead vanishes, small enough to prune by date.</summary>
    public const int Capacity = 1 << 16;

    /// <summary>Bytes each row takes across all columns.</summary>
    public const int BytesPerRow = (6 * sizeof(ushort)) + sizeof(int) + sizeof(byte) + sizeof(uint);

    public ushort[] Day { get; } = new ushort[Capacity];

    public ushort[] Category { get; } = new ushort[Capacity];

    public ushort[] Issue { get; } = new ushort[Capacity];

    /// <summary>Finest known consumer region; the other levels come from <see cref="RegionHierarchy"/>.</summary>
    public ushort[] Region { get; } = new ushort[Capacity];

    public int[] Merchant { get; } = new int[Capacity];

    public ushort[] Platform { get; } = new ushort[Capacity];

    public byte[] Channel { get; } = new byte[Capacity];

    public ushort[] Source { get; } = new ushort[Capacity];

    /// <summary>32 bits of the complainant pseudonym (0 = none): enough to count repeats, useless to identify anyone.</summary>
    public uint[] Complainant { get; } = new uint[Capacity];

    /// <summary>Earliest day code written, for skipping chunks outside a date range.</summary>
    public ushort MinDay { get; set; } = ushort.MaxValue;

    /// <summary>Latest day code written.</summary>
    public ushort MaxDay { get; set; }
}
