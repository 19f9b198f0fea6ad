using System.Buffers;

namespace RegulatorHub.Analytics.Queries;

/// <summary>
/// Sorts 32-bit keys by two 16-bit counting passes: linear time, where a comparison sort of the half a million
/// complainant hashes a year holds takes several times longer and dominated the repeat-complainant query.
/// </summary>
internal static class RadixSort
{
    private const int Radix = 1 << 16;

    /// <summary>Sorts <paramref name="keys"/> ascending, in place.</summary>
    public static void Sort(Span<uint> keys)
    {
        if (keys.Length < 2_048)
        {
            // Below this the two 64K-entry histograms cost more than they save.
            keys.Sort();
            return;
        }

        var buffer = ArrayPool<uint>.Shared.Rent(keys.Length);
        var counts = ArrayPool<int>.Shared.Rent(Radix);
        try
        {
            var scratch = buffer.AsSpan(0, keys.Length);
            Pass(keys, scratch, counts, shift: 0);
            Pass(scratch, keys, counts, shift: 16);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<uint>.Shared.Return(buffer);
        }
    }

    // One stable counting pass on the 16 bits at shift: histogram, prefix sums, scatter.
    private static void Pass(ReadOnlySpan<uint> source, Span<uint> destination, int[] counts, int shift)
    {
        var histogram = counts.AsSpan(0, Radix);
        histogram.Clear();
        foreach (var key in source)
        {
            histogram[(int)((key >> shift) & 0xFFFF)]++;
        }

        var offset = 0;
        for (var digit = 0; digit < Radix; digit++)
        {
            var count = histogram[digit];
            histogram[digit] = offset;
            offset += count;
        }

        foreach (var key in source)
        {
            destination[histogram[(int)((key >> shift) & 0xFFFF)]++] = key;
        }
    }
}
