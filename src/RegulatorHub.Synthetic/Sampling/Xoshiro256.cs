using System.Numerics;

namespace RegulatorHub.Synthetic.Sampling;

/// <summary>
/// xoshiro256** (Blackman and Vigna, 2018), seeded through SplitMix64. Our own implementation so the synthetic feed
/// never depends on the runtime's <see cref="Random"/> algorithm, which may change between .NET versions.
/// </summary>
/// <remarks>Not cryptographic; it only has to be fast, well distributed and reproducible.</remarks>
internal sealed class Xoshiro256
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Xoshiro256(ulong seed) => Reseed(seed);

    /// <summary>Resets the state from a 64-bit seed; the same seed always gives the same sequence.</summary>
    public void Reseed(ulong seed)
    {
        var state = seed;
        _s0 = SplitMix64(ref state);
        _s1 = SplitMix64(ref state);
        _s2 = SplitMix64(ref state);
        _s3 = SplitMix64(ref state);
    }

    /// <summary>Combines values into a well-mixed seed, so derived streams (per day, per person) do not overlap.</summary>
    public static ulong Mix(ulong a, ulong b)
    {
        var state = a ^ (b * 0x9E3779B97F4A7C15UL) ^ 0xD1B54A32D192ED03UL;
        return SplitMix64(ref state);
    }

    /// <summary>Combines three values into a seed.</summary>
    public static ulong Mix(ulong a, ulong b, ulong c) => Mix(Mix(a, b), c);

    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [0, <paramref name="maxExclusive"/>), unbiased (Lemire's multiply-and-reject).</summary>
    public int NextInt(int maxExclusive)
    {
        if (maxExclusive <= 1)
        {
            return 0;
        }

        var bound = (uint)maxExclusive;
        var m = (ulong)(uint)(NextUInt64() >> 32) * bound;
        var low = (uint)m;
        if (low < bound)
        {
            var threshold = (0u - bound) % bound;
            while (low < threshold)
            {
                m = (ulong)(uint)(NextUInt64() >> 32) * bound;
                low = (uint)m;
            }
        }

        return (int)(m >> 32);
    }

    /// <summary>An integer in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>).</summary>
    public int NextInt(int minInclusive, int maxExclusive) => minInclusive + NextInt(maxExclusive - minInclusive);

    /// <summary>A 64-bit integer in [0, <paramref name="maxExclusive"/>); the tiny modulo bias is irrelevant here.</summary>
    public long NextLong(long maxExclusive) => maxExclusive <= 1 ? 0 : (long)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>A standard normal variate (Box–Muller, one of the pair; the other is dropped to keep state simple).</summary>
    public double NextGaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Picks an element uniformly.</summary>
    public T Pick<T>(T[] items) => items[NextInt(items.Length)];

    private static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
