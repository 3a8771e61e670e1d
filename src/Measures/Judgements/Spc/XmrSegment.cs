namespace Measures.Judgements.Spc;

/// <summary>
/// One stretch of an XmR chart with its own mean and limits: the whole chart, or the part from one
/// rebase to the next.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class XmrSegment
{
    internal XmrSegment(int start, int count, int baselinePoints, double mean, double meanMovingRange, int movingRangesScreenedOut, bool isTrial)
    {
        Start = start;
        Count = count;
        BaselinePoints = baselinePoints;
        Mean = mean;
        MeanMovingRange = meanMovingRange;
        MovingRangesScreenedOut = movingRangesScreenedOut;
        IsTrial = isTrial;
    }

    /// <summary>Gets the position of the segment's first point on the chart (0 for the first point).</summary>
    public int Start { get; }

    /// <summary>Gets the number of points in the segment.</summary>
    public int Count { get; }

    /// <summary>Gets the number of points, from the segment's start, that fixed its mean and limits.</summary>
    public int BaselinePoints { get; }

    /// <summary>Gets the mean (the centre line).</summary>
    public double Mean { get; }

    /// <summary>Gets the mean moving range, after any screening.</summary>
    public double MeanMovingRange { get; }

    /// <summary>Gets how many moving ranges were screened out of the mean moving range.</summary>
    public int MovingRangesScreenedOut { get; }

    /// <summary>Gets the upper process limit: mean + 2.66 × mean moving range.</summary>
    public double UpperProcessLimit => Mean + (XmrChart.LimitFactor * MeanMovingRange);

    /// <summary>Gets the lower process limit: mean − 2.66 × mean moving range.</summary>
    public double LowerProcessLimit => Mean - (XmrChart.LimitFactor * MeanMovingRange);

    /// <summary>Gets the upper 2-sigma line: mean + (2 × 2.66 / 3) × mean moving range.</summary>
    public double UpperTwoSigma => Mean + (XmrChart.TwoSigmaFactor * MeanMovingRange);

    /// <summary>Gets the lower 2-sigma line: mean − (2 × 2.66 / 3) × mean moving range.</summary>
    public double LowerTwoSigma => Mean - (XmrChart.TwoSigmaFactor * MeanMovingRange);

    /// <summary>
    /// Gets whether the limits are trial limits: the segment has fewer points than a usable baseline, so the
    /// limits will move as points are added.
    /// </summary>
    public bool IsTrial { get; }
}
