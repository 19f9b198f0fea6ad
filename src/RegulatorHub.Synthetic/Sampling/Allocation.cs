namespace RegulatorHub.Synthetic.Sampling;

/// <summary>Splits an exact integer total over cells in proportion to weights (largest-remainder method).</summary>
internal static class Allocation
{
    /// <summary>
    /// Returns integers that sum to <paramref name="total"/> exactly, each within one of its proportional share, and at
    /// most <paramref name="caps"/>[i] when caps are given. Ties go to the lower index, so the result is deterministic.
    /// </summary>
    /// <returns>The allocation; its sum is less than <paramref name="total"/> only when the caps leave no room.</returns>
    public static int[] Proportional(long total, ReadOnlySpan<double> weights, ReadOnlySpan<int> caps = default)
    {
        var n = weights.Length;
        var weightCopy = weights.ToArray();
        var result = new int[n];
        if (n == 0 || total <= 0)
        {
            return result;
        }

        var sum = 0.0;
        foreach (var w in weights)
        {
            sum += Math.Max(0, w);
        }

        if (sum <= 0)
        {
            return result;
        }

        var remainders = new double[n];
        long assigned = 0;
        for (var i = 0; i < n; i++)
        {
            var quota = total * Math.Max(0, weights[i]) / sum;
            var whole = (int)Math.Floor(quota);
            if (!caps.IsEmpty && whole > caps[i])
            {
                whole = caps[i];
            }

            result[i] = whole;
            remainders[i] = quota - Math.Floor(quota);
            assigned += whole;
        }

        if (assigned == total)
        {
            return result;
        }

        // Largest remainders first; a stable sort on index keeps ties deterministic.
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byRemainder = remainders[b].CompareTo(remainders[a]);
            if (byRemainder != 0)
            {
                return byRemainder;
            }

            var byWeight = weightCopy[b].CompareTo(weightCopy[a]);
            return byWeight != 0 ? byWeight : a.CompareTo(b);
        });

        // Hand out the rest one at a time; when caps bind, keep cycling through cells that still have room.
        var progress = true;
        while (assigned < total && progress)
        {
            progress = false;
            foreach (var i in order)
            {
                if (assigned >= total)
                {
                    break;
                }

                if (weights[i] <= 0 || (!caps.IsEmpty && result[i] >= caps[i]))
                {
                    continue;
                }

                result[i]++;
                assigned++;
                progress = true;
            }
        }

        return result;
    }
}
