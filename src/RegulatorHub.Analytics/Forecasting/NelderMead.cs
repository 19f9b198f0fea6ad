namespace RegulatorHub.Analytics.Forecasting;

/// <summary>
/// Nelder–Mead downhill simplex (Nelder &amp; Mead 1965, with the standard coefficients 1, 2, ½, ½) for up to
/// <see cref="MaxDimensions"/> parameters. Hand-rolled rather than MathNet's <c>NelderMeadSimplex</c> because that
/// one allocates vectors on every evaluation; this one works in stack memory, which matters at thousands of fits
/// per second.
/// </summary>
internal static class NelderMead
{
    /// <summary>Largest number of parameters supported.</summary>
    public const int MaxDimensions = 4;

    /// <summary>
    /// Minimises <paramref name="objective"/> starting from <paramref name="x"/> (overwritten with the best point).
    /// </summary>
    /// <param name="objective">The function.</param>
    /// <param name="x">Start point in, best point out.</param>
    /// <param name="step">Initial simplex edge along every axis.</param>
    /// <param name="maxEvaluations">Evaluation budget.</param>
    /// <param name="tolerance">Stops when the simplex values differ by less than this (relative).</param>
    /// <returns>The best value found.</returns>
    public static double Minimize<T>(ref T objective, scoped Span<double> x, double step, int maxEvaluations, double tolerance)
        where T : IObjective, allows ref struct
    {
        var n = x.Length;
        if (n is < 1 or > MaxDimensions)
        {
            throw new ArgumentOutOfRangeException(nameof(x), n, "Nelder–Mead supports 1 to 4 parameters.");
        }

        // Vertices row by row: (n + 1) × n, and their values.
        Span<double> simplex = stackalloc double[(MaxDimensions + 1) * MaxDimensions];
        Span<double> values = stackalloc double[MaxDimensions + 1];
        Span<double> centroid = stackalloc double[MaxDimensions];
        Span<double> trial = stackalloc double[MaxDimensions];
        Span<double> trial2 = stackalloc double[MaxDimensions];
        centroid = centroid[..n];
        trial = trial[..n];
        trial2 = trial2[..n];

        for (var i = 0; i <= n; i++)
        {
            var vertex = simplex.Slice(i * n, n);
            x.CopyTo(vertex);
            if (i > 0)
            {
                vertex[i - 1] += step;
            }

            values[i] = objective.Evaluate(vertex);
        }

        var evaluations = n + 1;
        while (evaluations < maxEvaluations)
        {
            // Order: find best, worst and second worst.
            int best = 0, worst = 0;
            for (var i = 1; i <= n; i++)
            {
                if (values[i] < values[best])
                {
                    best = i;
                }

                if (values[i] > values[worst])
                {
                    worst = i;
                }
            }

            var secondWorst = best;
            for (var i = 0; i <= n; i++)
            {
                if (i != worst && values[i] > values[secondWorst])
                {
                    secondWorst = i;
                }
            }

            if (Math.Abs(values[worst] - values[best]) <= tolerance * (Math.Abs(values[best]) + 1e-12))
            {
                break;
            }

            centroid.Clear();
            for (var i = 0; i <= n; i++)
            {
                if (i == worst)
                {
                    continue;
                }

                var vertex = simplex.Slice(i * n, n);
                for (var d = 0; d < n; d++)
                {
                    centroid[d] += vertex[d] / n;
                }
            }

            var worstVertex = simplex.Slice(worst * n, n);
            Blend(centroid, worstVertex, -1.0, trial); // reflection
            var reflected = objective.Evaluate(trial);
            evaluations++;
            if (reflected < values[best])
            {
                Blend(centroid, worstVertex, -2.0, trial2); // expansion
                var expanded = objective.Evaluate(trial2);
                evaluations++;
                Accept(expanded < reflected ? trial2 : trial, worstVertex);
                values[worst] = Math.Min(expanded, reflected);
                continue;
            }

            if (reflected < values[secondWorst])
            {
                Accept(trial, worstVertex);
                values[worst] = reflected;
                continue;
            }

            // Contraction: outside when the reflection improved on the worst, inside otherwise.
            var outside = reflected < values[worst];
            Blend(centroid, worstVertex, outside ? -0.5 : 0.5, trial2);
            var contracted = objective.Evaluate(trial2);
            evaluations++;
            if (contracted < Math.Min(reflected, values[worst]))
            {
                Accept(trial2, worstVertex);
                values[worst] = contracted;
                continue;
            }

            // Shrink towards the best vertex.
            var bestVertex = simplex.Slice(best * n, n);
            for (var i = 0; i <= n; i++)
            {
                if (i == best)
                {
                    continue;
                }

                var vertex = simplex.Slice(i * n, n);
                for (var d = 0; d < n; d++)
                {
                    vertex[d] = bestVertex[d] + (0.5 * (vertex[d] - bestVertex[d]));
                }

                values[i] = objective.Evaluate(vertex);
                evaluations++;
            }
        }

        var winner = 0;
        for (var i = 1; i <= n; i++)
        {
            if (values[i] < values[winner])
            {
                winner = i;
            }
        }

        simplex.Slice(winner * n, n).CopyTo(x);
        return values[winner];
    }

    // result = centroid + coefficient · (vertex − centroid): −1 reflects, −2 expands, ±½ contracts.
    private static void Blend(ReadOnlySpan<double> centroid, ReadOnlySpan<double> vertex, double coefficient, Span<double> result)
    {
        for (var d = 0; d < centroid.Length; d++)
        {
            result[d] = centroid[d] + (coefficient * (vertex[d] - centroid[d]));
        }
    }

    private static void Accept(ReadOnlySpan<double> point, Span<double> vertex) => point.CopyTo(vertex);
}
