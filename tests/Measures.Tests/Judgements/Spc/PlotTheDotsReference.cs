namespace Measures.Tests.Judgements.Spc;

/// <summary>
/// The data NHSRplotthedots' own tests chart, and the figures they print, kept with the digits as printed.
/// </summary>
/// <remarks>
/// Source: nhs-r-community/NHSRplotthedots, tests/testthat/test-ptd_spc_standard.R (commit
/// 2ec4e36851c074e231445e94db78e8cd24e6352b) and its snapshot tests/testthat/_snaps/ptd_spc_standard.md (commit
/// ea2177d4ccfed7dc14d8f57d20f1114d9b235295); tests/testthat/test-ptd_spc.R (commit
/// 8aac3239e90ce9ebeb9c3e61f56c207dfc37b225) and its snapshot tests/testthat/_snaps/ptd_spc.md (commit
/// 174380d653d7a169a76f99deebb9fc21ed5fbbd6).
/// </remarks>
public static class PlotTheDotsReference
{
    /// <summary>
    /// <c>set.seed(123); rnorm(20)</c>, the tests' <c>y</c>. The snapshot at commit ea2177d4 prints the first five
    /// to eight places and the one at commit 3aefce797c5fae105a9fb53e1f290b5e464999af prints all twenty to three
    /// figures; these are R's values to eight places, whose mean reproduces the snapshot's 0.1416238.
    /// </summary>
    public static readonly double[] Y =
    [
        -0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621, -1.26506123, -0.68685285, -0.44566197,
        1.22408180, 0.35981383, 0.40077145, 0.11068272, -0.55584113, 1.78691314, 0.49785048, -1.96661716, 0.70135590, -0.47279141,
    ];

    /// <summary><c>ptd_spc_standard</c> on <c>Y</c>, outliers screened (r1): mean_col, lpl, upl.</summary>
    public const double R1Mean = 0.1416238, R1Lower = -3.01138, R1Upper = 3.294627;

    /// <summary>r1's <c>relative_to_mean</c> for the first fifteen points, as the snapshot prints them.</summary>
    public static readonly int[] R1RelativeToMean = [-1, -1, 1, -1, -1, 1, 1, -1, -1, -1, 1, 1, 1, -1, -1];

    /// <summary>With <c>y[15] &lt;- 10</c> and moving ranges screened (r2): mean_col, lpl, upl.</summary>
    public const double R2Mean = 0.6694159, R2Lower = -2.383666, R2Upper = 3.722497;

    /// <summary>With <c>y[15] &lt;- 10</c> and <c>screen_outliers = FALSE</c> (r3): lpl, upl (the mean is r2's).</summary>
    public const double R3Lower = -4.596625, R3Upper = 5.935457;

    /// <summary>
    /// <c>summary()</c> of the chart faceted by <c>rep(c(0, 1), each = 10)</c> (s3 in test-ptd_spc.R): mean_col,
    /// lpl, upl of each half, to the three figures printed.
    /// </summary>
    public static readonly (double Mean, double Lower, double Upper)[] Halves = [(0.0746, -2.60, 2.75), (0.209, -3.28, 3.70)];
}
