namespace RegulatorHub.Analytics.Detection;

/// <summary>
/// Cholesky factorisation, solve and inverse for the small symmetric positive-definite systems of a GLM with a dozen
/// parameters, in caller-owned row-major spans so repeated fits allocate nothing.
/// </summary>
internal static class SmallMatrix
{
    /// <summary>Replaces the lower triangle of <paramref name="a"/> (p × p) by its Cholesky factor L; false when not positive definite.</summary>
    public static bool Cholesky(Span<double> a, int p)
    {
        for (var j = 0; j < p; j++)
        {
            var diagonal = a[(j * p) + j];
            for (var k = 0; k < j; k++)
            {
                diagonal -= a[(j * p) + k] * a[(j * p) + k];
            }

            if (!(diagonal > 1e-300))
            {
                return false;
            }

            var ljj = Math.Sqrt(diagonal);
            a[(j * p) + j] = ljj;
            for (var i = j + 1; i < p; i++)
            {
                var sum = a[(i * p) + j];
                for (var k = 0; k < j; k++)
                {
                    sum -= a[(i * p) + k] * a[(j * p) + k];
                }

                a[(i * p) + j] = sum / ljj;
            }
        }

        return true;
    }

    /// <summary>Solves L Lᵀ x = b in place of <paramref name="b"/>, with L from <see cref="Cholesky"/>.</summary>
    public static void Solve(ReadOnlySpan<double> l, int p, Span<double> b)
    {
        for (var i = 0; i < p; i++)
        {
            var sum = b[i];
            for (var k = 0; k < i; k++)
            {
                sum -= l[(i * p) + k] * b[k];
            }

            b[i] = sum / l[(i * p) + i];
        }

        for (var i = p - 1; i >= 0; i--)
        {
            var sum = b[i];
            for (var k = i + 1; k < p; k++)
            {
                sum -= l[(k * p) + i] * b[k];
            }

            b[i] = sum / l[(i * p) + i];
        }
    }

    /// <summary>Writes (L Lᵀ)⁻¹ into <paramref name="inverse"/> (p × p, full), using <paramref name="column"/> (length p) as scratch.</summary>
    public static void Invert(ReadOnlySpan<double> l, int p, Span<double> inverse, Span<double> column)
    {
        for (var j = 0; j < p; j++)
        {
            column.Clear();
            column[j] = 1;
            Solve(l, p, column);
            for (var i = 0; i < p; i++)
            {
                inverse[(i * p) + j] = column[i];
            }
        }
    }
}
