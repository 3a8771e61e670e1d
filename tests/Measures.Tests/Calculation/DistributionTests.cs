using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Calculation;

namespace Measures.Tests.Calculation;

public sealed class DistributionTests
{
    // Standard normal quantiles as tabulated to 15 digits, e.g. Wichura (1988), "Algorithm AS 241",
    // Applied Statistics 37(3), and R's qnorm(); 1.959963984540054 is the z of every 95% interval.
    [Theory]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.999, 3.090232306167813)]
    [InlineData(0.995, 2.5758293035489)]
    [InlineData(0.9, 1.2815515655446004)]
    [InlineData(0.001, -3.090232306167813)]
    [InlineData(1e-10, -6.361340902404056)]
    public void Normal_quantile_matches_published_values(double p, double expected)
    {
        Assert.Equal(expected, NormalDistribution.Quantile(p), 1e-14 * Math.Max(1, Math.Abs(expected)));
    }

    [Property]
    public Property Normal_quantile_inverts_the_distribution_function(ushort seed)
    {
        double p = (seed + 0.5) / 65536.5;
        double x = NormalDistribution.Quantile(p);
        bool inverts = Math.Abs(NormalDistribution.LowerTail(x) - p) <= 1e-14 * Math.Max(p, 1e-3);
        bool symmetric = Math.Abs(NormalDistribution.Quantile(1 - p) + x) <= 1e-12;
        return inverts.Label("the lower tail of the quantile gives back p").And(symmetric.Label("the quantile of 1 − p is minus the quantile of p"));
    }

    [Theory]
    [InlineData(0.5, 1.0)]
    [InlineData(1.0, 2.0)]
    [InlineData(2.5, 3.0)]
    [InlineData(7.0, 8.0)]
    [InlineData(170.0, 171.0)]
    public void Log_gamma_of_whole_numbers_is_log_factorial(double unused, double n)
    {
        _ = unused;
        double logFactorial = 0;
        for (int k = 2; k < n; k++)
        {
            logFactorial += Math.Log(k);
        }

        Assert.Equal(logFactorial, SpecialFunctions.LogGamma(n), 1e-12 * Math.Max(1, logFactorial));
    }

    [Fact]
    public void Log_gamma_of_a_half_is_half_log_pi()
    {
        Assert.Equal(0.5 * Math.Log(Math.PI), SpecialFunctions.LogGamma(0.5), 2e-15); // the documented accuracy
    }

    [Property]
    public bool Gamma_quantile_for_whole_shapes_agrees_with_the_poisson_sum(byte shapeSeed, ushort pSeed)
    {
        // For whole shapes k, P(X > x) = e^(−x) Σ_{j<k} x^j / j! (the Poisson link behind exact limits).
        int k = 1 + (shapeSeed % 40);
        double p = (pSeed + 0.5) / 65536.5;
        double x = GammaDistribution.LowerQuantile(k, p);
        double term = Math.Exp(-x);
        double upper = 0;
        for (int j = 0; j < k; j++)
        {
            upper += term;
            term *= x / (j + 1);
        }

        return Math.Abs((1 - upper) - p) <= 1e-12;
    }

    [Property]
    public bool Gamma_upper_quantile_agrees_with_lower_quantile(byte shapeSeed, ushort pSeed)
    {
        double shape = 0.5 + (shapeSeed / 4.0);
        double p = (pSeed + 0.5) / 65536.5;
        double lower = GammaDistribution.LowerQuantile(shape, p);
        double upper = GammaDistribution.UpperQuantile(shape, 1 - p);
        return Math.Abs(lower - upper) <= 1e-9 * Math.Max(1, lower);
    }

    [Fact]
    public void Gamma_quantile_of_shape_one_is_the_exponential()
    {
        foreach (double p in new[] { 0.001, 0.025, 0.5, 0.975, 0.999 })
        {
            Assert.Equal(-Math.Log(1 - p), GammaDistribution.LowerQuantile(1, p), 1e-13 * -Math.Log(1 - p));
        }

        // −ln(1 − p) = p + p²/2 + … where 1 − p would lose the digits of a tiny p.
        Assert.Equal(1e-9 + 0.5e-18, GammaDistribution.LowerQuantile(1, 1e-9), 1e-22);
    }

    [Fact]
    public void Chi_squared_quantiles_match_the_published_table()
    {
        // NIST/SEMATECH e-Handbook of Statistical Methods, 1.3.6.7.4 "Critical values of the chi-square
        // distribution" (3 decimals): ν = 10 at 0.975 is 20.483, ν = 20 at 0.025 is 9.591, ν = 4 at 0.999 is 18.467.
        Assert.Equal(20.483, GammaDistribution.ChiSquaredQuantile(0.975, 10), 0.0005);
        Assert.Equal(9.591, GammaDistribution.ChiSquaredQuantile(0.025, 20), 0.0005);
        Assert.Equal(18.467, GammaDistribution.ChiSquaredQuantile(0.999, 4), 0.0005);

        // Two degrees of freedom is the exponential with mean 2: χ²(0.025) = −2 ln 0.975.
        Assert.Equal(-2 * Math.Log(0.975), GammaDistribution.ChiSquaredQuantile(0.025, 2), 1e-15);
    }

    [Fact]
    public void Gamma_quantile_handles_large_shapes()
    {
        double x = GammaDistribution.LowerQuantile(1e7, 0.975);
        Assert.Equal(0.975, SpecialFunctions.GammaP(1e7, x), 1e-9);
        Assert.InRange(x, 1e7 + 6000, 1e7 + 6400); // mean + 1.96 × √10⁷ ≈ 10 006 198
    }

    [Fact]
    public void Student_t_quantiles_match_the_published_table()
    {
        // NIST/SEMATECH e-Handbook of Statistical Methods, 1.3.6.7.2 "Critical values of the Student's t
        // distribution" (3 decimals).
        Assert.Equal(12.706, StudentTDistribution.Quantile(0.975, 1), 0.0005);
        Assert.Equal(4.303, StudentTDistribution.Quantile(0.975, 2), 0.0005);
        Assert.Equal(2.228, StudentTDistribution.Quantile(0.975, 10), 0.0005);
        Assert.Equal(2.042, StudentTDistribution.Quantile(0.975, 30), 0.0005);
        Assert.Equal(4.032, StudentTDistribution.Quantile(0.995, 5), 0.0005);
        Assert.Equal(3.552, StudentTDistribution.Quantile(0.999, 20), 0.0005);
        Assert.Equal(-2.228, StudentTDistribution.Quantile(0.025, 10), 0.0005);
    }

    [Property]
    public bool Student_t_quantile_agrees_with_the_closed_form_for_whole_degrees_of_freedom(byte nuSeed, ushort pSeed)
    {
        int nu = 1 + (nuSeed % 60);
        double p = 0.5 + ((pSeed + 0.5) / 65536.5 * 0.4995); // 0.5 … 0.9995
        double t = StudentTDistribution.Quantile(p, nu);
        return Math.Abs(ClosedFormLowerTail(t, nu) - p) <= 1e-12;
    }

    [Fact]
    public void Student_t_with_many_degrees_of_freedom_tends_to_the_normal()
    {
        Assert.Equal(1.959963984540054, StudentTDistribution.Quantile(0.975, 1e9), 1e-8);
    }

    // Abramowitz and Stegun 26.7.3–26.7.4: P(|T| ≤ t) as a finite sum in θ = atan(t / √ν).
    private static double ClosedFormLowerTail(double t, int nu)
    {
        double theta = Math.Atan(t / Math.Sqrt(nu));
        double s = Math.Sin(theta);
        double c = Math.Cos(theta);
        double a;
        if (nu % 2 == 1)
        {
            double sum = 0;
            double term = c;
            for (int k = 3; k <= nu; k += 2)
            {
                sum += term;
                term *= c * c * (k - 1) / k;
            }

            a = 2 / Math.PI * (theta + (nu == 1 ? 0 : s * sum));
        }
        else
        {
            double sum = 0;
            double term = 1;
            for (int k = 2; k <= nu; k += 2)
            {
                sum += term;
                term *= c * c * (k - 1) / k;
            }

            a = s * sum;
        }

        return 0.5 + (a / 2);
    }
}
