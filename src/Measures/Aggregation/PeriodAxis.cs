using Measures.Time;

namespace Measures.Aggregation;

/// <summary>
/// Periods as integers on a measure's axis: months as year × 12 + month − 1 and financial quarters
/// as start year × 4 + quarter − 1, so that roll-ups are arithmetic; other period types are ranked.
/// </summary>
internal static class PeriodAxis
{
    public static bool IsArithmetic(PeriodType frequency) => frequency is PeriodType.Month or PeriodType.Quarter;

    public static int Ordinal(ReportingPeriod period)
    {
        var start = period.Start;
        if (period.Type == PeriodType.Month)
        {
            return (start.Year * 12) + start.Month - 1;
        }

        // A financial quarter: Q1 starts in April.
        int fy = start.Month >= 4 ? start.Year : start.Year - 1;
        return (fy * 4) + (((start.Month + 8) % 12) / 3);
    }

    public static ReportingPeriod Period(PeriodType frequency, int ordinal) => frequency == PeriodType.Month
        ? ReportingPeriod.Month(FloorDiv(ordinal, 12), Mod(ordinal, 12) + 1)
        : ReportingPeriod.Quarter(FloorDiv(ordinal, 4), Mod(ordinal, 4) + 1);

    public static int FloorDiv(int a, int b) => a >= 0 ? a / b : ((a + 1) / b) - 1;

    public static int Mod(int a, int b) => a - (FloorDiv(a, b) * b);
}
