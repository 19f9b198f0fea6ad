using RegulatorHub.Analytics.Queries;

namespace RegulatorHub.Analytics.Tests.Queries;

public sealed class RadixSortTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(2_048)]
    [InlineData(100_003)]
    public void Sorts_like_a_comparison_sort_including_duplicates_and_extremes(int length)
    {
        var random = new Random(length);
        var keys = Enumerable.Range(0, length).Select(_ => (uint)random.NextInt64(0, 1L << 32)).ToArray();
        if (length > 10)
        {
            keys[0] = uint.MaxValue;
            keys[1] = 0;
            keys[2] = keys[3] = keys[4] = 0x0001_FFFF;
        }

        var expected = keys.Order().ToArray();

        RadixSort.Sort(keys);

        Assert.Equal(expected, keys);
    }
}
