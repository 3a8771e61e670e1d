using System;

namespace Measures.Judgements.Spc;

/// <summary>
/// The special-cause rules over one segment, as NHSRplotthedots applies them: each point takes the first rule
/// it is part of, in the order outside the limits, trend, two of three beyond the 2-sigma lines, run.
/// </summary>
internal static class SpecialCauseRules
{
    /// <summary>Marks each point of a segment with its rule and side (1 high, −1 low, 0 none).</summary>
    public static (SpecialCauseRule Rule, int Side)[] Apply(ReadOnlySpan<double> y, XmrSegment segment, int runLength, int trendLength)
    {
        int n = y.Length;
        var side = new int[n];
        var outside = new bool[n];
        var close = new bool[n];
        for (int i = 0; i < n; i++)
        {
            side[i] = Math.Sign(y[i] - segment.Mean);
            outside[i] = y[i] > segment.UpperProcessLimit || y[i] < segment.LowerProcessLimit;
            close[i] = !outside[i] && (y[i] > segment.UpperTwoSigma || y[i] < segment.LowerTwoSigma);
        }

        bool[] inTrend = PartOf(TrendEnds(y, trendLength), trendLength);
        bool[] inRun = PartOf(RunEnds(side, runLength), runLength);
        bool[] inTwoOfThree = TwoOfThree(close, side);

        var result = new (SpecialCauseRule, int)[n];
        for (int i = 0; i < n; i++)
        {
            if (outside[i])
            {
                result[i] = (SpecialCauseRule.OutsideLimits, side[i]);
            }
            else if (inTrend[i])
            {
                // A point inside a trend takes the direction towards the next point; the trend's last point, from the one before.
                bool nextInTrend = i + 1 < n && inTrend[i + 1];
                int direction = nextInTrend ? Math.Sign(y[i + 1] - y[i]) : Math.Sign(y[i] - y[i - 1]);
                result[i] = (SpecialCauseRule.Trend, direction);
            }
            else if (inTwoOfThree[i])
            {
                result[i] = (SpecialCauseRule.TwoOfThreeBeyondTwoSigma, side[i]);
            }
            else if (inRun[i])
            {
                result[i] = (SpecialCauseRule.Run, side[i]);
            }
            else
            {
                result[i] = (SpecialCauseRule.None, 0);
            }
        }

        return result;
    }

    // Where a trend of `length` points ends: each of the length − 1 steps before strictly up (or all strictly down); a tie breaks it.
    private static bool[] TrendEnds(ReadOnlySpan<double> y, int length)
    {
        var ends = new bool[y.Length];
        for (int i = length - 1; i < y.Length; i++)
        {
            int first = Math.Sign(y[i] - y[i - 1]);
            bool all = first != 0;
            for (int k = 1; all && k < length - 1; k++)
            {
                all = Math.Sign(y[i - k] - y[i - k - 1]) == first;
            }

            ends[i] = all;
        }

        return ends;
    }

    // Where a run of `length` points on one side of the mean ends; a point on the mean breaks it.
    private static bool[] RunEnds(int[] side, int length)
    {
        var ends = new bool[side.Length];
        for (int i = length - 1; i < side.Length; i++)
        {
            bool all = side[i] != 0;
            for (int k = 1; all && k < length; k++)
            {
                all = side[i - k] == side[i];
            }

            ends[i] = all;
        }

        return ends;
    }

    // A point is part of a run or trend when it, or one of the next length − 1 points, ends one.
    private static bool[] PartOf(bool[] ends, int length)
    {
        var part = new bool[ends.Length];
        for (int i = 0; i < ends.Length; i++)
        {
            for (int k = 0; k < length && i + k < ends.Length && !part[i]; k++)
            {
                part[i] = ends[i + k];
            }
        }

        return part;
    }

    // A point beyond a 2-sigma line (inside the limits) counts when some three consecutive points around it lie on
    // one side of the mean with at least two of them beyond the 2-sigma line.
    private static bool[] TwoOfThree(bool[] close, int[] side)
    {
        int n = close.Length;
        var window = new bool[n];
        for (int start = 0; start + 2 < n; start++)
        {
            int beyond = (close[start] ? 1 : 0) + (close[start + 1] ? 1 : 0) + (close[start + 2] ? 1 : 0);
            int sides = side[start] + side[start + 1] + side[start + 2];
            window[start] = beyond >= 2 && Math.Abs(sides) == 3;
        }

        var part = new bool[n];
        for (int i = 0; i < n; i++)
        {
            bool inWindow = window[i] || (i >= 1 && window[i - 1]) || (i >= 2 && window[i - 2]);
            part[i] = inWindow && close[i];
        }

        return part;
    }
}
