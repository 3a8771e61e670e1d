using System;

namespace Measures.Calculation;

/// <summary>
/// Quantiles of the gamma(shape, 1) distribution, and so of the chi-squared distribution
/// (χ²ₖ / 2 is gamma(k / 2)), which give the exact Poisson confidence limits.
/// </summary>
/// <remarks>
/// Accuracy: a Wilson–Hilferty (or small-x power law) start, then safeguarded Halley steps on the
/// incomplete gamma function until the step is below 1e-14 of the root; tests check the quantile against
/// closed forms (shape 1 is the exponential) and the round trip P(a, quantile) = p to 1e-12.
/// </remarks>
internal static class GammaDistribution
{
    /// <summary>The x with P(X ≤ x) = <paramref name="lowerTail"/> for X ~ gamma(shape, 1).</summary>
    public static double LowerQuantile(double shape, double lowerTail) => Solve(shape, lowerTail, upper: false);

    /// <summary>The x with P(X &gt; x) = <paramref name="upperTail"/> for X ~ gamma(shape, 1).</summary>
    public static double UpperQuantile(double shape, double upperTail) => Solve(shape, upperTail, upper: true);

    /// <summary>The chi-squared quantile with <paramref name="degreesOfFreedom"/> at lower-tail probability p.</summary>
    public static double ChiSquaredQuantile(double p, double degreesOfFreedom) => 2 * LowerQuantile(degreesOfFreedom / 2, p);

    private static double Solve(double shape, double tail, bool upper)
    {
        if (!(shape > 0) || double.IsInfinity(shape))
        {
            throw new ArgumentOutOfRangeException(nameof(shape), shape, "The shape must be positive.");
        }

        if (!(tail > 0 && tail < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(tail), tail, "A probability strictly between 0 and 1 is needed.");
        }

        double lowerTail = upper ? 1 - tail : tail;
        double logGamma = SpecialFunctions.LogGamma(shape);
        double x = Start(shape, lowerTail, upper ? tail : 1 - tail, logGamma);
        double low = 0;
        double high = double.PositiveInfinity;
        for (int i = 0; i < 200; i++)
        {
            // g(x) rises with x; its derivative is the density.
            double g = upper ? tail - SpecialFunctions.GammaQ(shape, x) : SpecialFunctions.GammaP(shape, x) - tail;
            if (g == 0)
            {
                return x;
            }

            if (g < 0)
            {
                low = x;
            }
            else
            {
                high = x;
            }

            double density = Math.Exp(((shape - 1) * Math.Log(x)) - x - logGamma);
            double next;
            if (density > 0 && !double.IsInfinity(density))
            {
                double t = g / density;
                double curvature = ((shape - 1) / x) - 1;
                next = x - (t / (1 - (0.5 * Math.Min(1, t * curvature))));
            }
            else
            {
                next = double.NaN;
            }

            if (!(next > low && next < high))
            {
                next = double.IsPositiveInfinity(high) ? Math.Max(2 * x, x + 1) : 0.5 * (low + high);
            }

            if (Math.Abs(next - x) <= 1e-14 * x)
            {
                return next;
            }

            x = next;
        }

        return x;
    }

    private static double Start(double shape, double lowerTail, double upperTail, double logGamma)
    {
        double z = lowerTail < 0.5 ? NormalDistribution.Quantile(lowerTail) : -NormalDistribution.Quantile(upperTail);

        // Wilson–Hilferty: the cube root of a gamma variable is close to normal.
        double c = 1 - (1 / (9 * shape)) + (z / (3 * Math.Sqrt(shape)));
        double wilsonHilferty = shape * c * c * c;

        // Near zero, P(a, x) ≈ x^a / Γ(a + 1).
        double powerLaw = Math.Exp((Math.Log(lowerTail) + logGamma + Math.Log(shape)) / shape);
        if (wilsonHilferty > 0 && (shape >= 1 || wilsonHilferty > powerLaw))
        {
            return wilsonHilferty;
        }

        return powerLaw > 0 ? powerLaw : double.Epsilon;
    }
}
