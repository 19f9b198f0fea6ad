namespace RegulatorHub.Synthetic.Sampling;

/// <summary>
/// Walker/Vose alias table: O(1) sampling of an index with probability proportional to its weight, one random
/// double per draw. Built once per distribution (or once per day for distributions that drift).
/// </summary>
internal sealed class AliasTable
{
    private readonly double[] _probability;
    private readonly int[] _alias;

    public AliasTable(ReadOnlySpan<double> weights)
    {
        var n = weights.Length;
        if (n == 0)
        {
            throw new ArgumentException("An alias table needs at least one weight.", nameof(weights));
        }

        var total = 0.0;
        foreach (var w in weights)
        {
            if (w < 0 || double.IsNaN(w) || double.IsInfinity(w))
            {
                throw new ArgumentException("Weights must be finite and non-negative.", nameof(weights));
            }

            total += w;
        }

        if (total <= 0)
        {
            throw new ArgumentException("At least one weight must be positive.", nameof(weights));
        }

        _probability = new double[n];
        _alias = new int[n];
        var scaled = new double[n];
        var small = new int[n];
        var large = new int[n];
        int smallCount = 0, largeCount = 0;
        for (var i = 0; i < n; i++)
        {
            scaled[i] = weights[i] * n / total;
            if (scaled[i] < 1.0)
            {
                small[smallCount++] = i;
            }
            else
            {
                large[largeCount++] = i;
            }
        }

        while (smallCount > 0 && largeCount > 0)
        {
            var s = small[--smallCount];
            var l = large[--largeCount];
            _probability[s] = scaled[s];
            _alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1.0;
            if (scaled[l] < 1.0)
            {
                small[smallCount++] = l;
            }
            else
            {
                large[largeCount++] = l;
            }
        }

        // Whatever is left is 1 up to rounding error.
        while (largeCount > 0)
        {
            var l = large[--largeCount];
            _probability[l] = 1.0;
            _alias[l] = l;
        }

        while (smallCount > 0)
        {
            var s = small[--smallCount];
            _probability[s] = 1.0;
            _alias[s] = s;
        }
    }

    public int Count => _probability.Length;

    public int Sample(Xoshiro256 rng)
    {
        var u = rng.NextDouble() * _probability.Length;
        var i = (int)u;
        if (i >= _probability.Length)
        {
            i = _probability.Length - 1;
        }

        return u - i < _probability[i] ? i : _alias[i];
    }
}
