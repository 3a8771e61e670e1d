using Measures.Benchmarks.Calculation;
using Measures.Time;
using NodaTime;

namespace Measures.Benchmarks.Tests;

/// <summary>The calculation benchmarks compute the right answer, checked against a day-by-day count.</summary>
public sealed class CalculationBenchmarkResultTests
{
    [Fact]
    public void Timeliness_benchmarks_agree_with_a_day_by_day_count()
    {
        var benchmark = new TimelinessBenchmarks { RecordCount = 20_000 };
        benchmark.Setup();
        var calendar = WorkingDayCalendar.EnglandAndWales;
        var year = TimelinessBenchmarks.Year;
        LocalDate asAt = year.End.PlusDays(30);

        long startIn = 0, startTotal = 0, completedIn = 0, completedTotal = 0;
        foreach (var record in benchmark.Records)
        {
            if (year.Contains(record.Start))
            {
                LocalDate? end = record.End is LocalDate e && e <= asAt ? e : null;
                if (end is LocalDate done)
                {
                    startTotal++;
                    startIn += done <= DeadlineDayByDay(calendar, record.Start, 3) ? 1 : 0;
                }
                else if (DeadlineDayByDay(calendar, record.Start, 3) < asAt)
                {
                    startTotal++;
                }
            }

            if (record.End is LocalDate completed && year.Contains(completed) && record.ExceptionReason is null)
            {
                completedTotal++;
                completedIn += completed <= DeadlineDayByDay(calendar, record.Start, 5) ? 1 : 0;
            }
        }

        var byStart = benchmark.ThreeWorkingDaysByStartDate();
        var byCompletion = benchmark.FiveWorkingDaysByCompletionDate();
        Assert.Equal((startIn, startTotal), (byStart.Numerator, byStart.Denominator!.Value));
        Assert.Equal((completedIn, completedTotal), (byCompletion.Numerator, byCompletion.Denominator!.Value));
        Assert.InRange(startTotal, 18_000, 20_000);
    }

    // The n-th working day after the start, found by stepping through the days one at a time.
    private static LocalDate DeadlineDayByDay(WorkingDayCalendar calendar, LocalDate start, int n)
    {
        LocalDate d = start;
        for (int k = 0; k < n;)
        {
            d = d.PlusDays(1);
            k += calendar.IsWorkingDay(d) ? 1 : 0;
        }

        return d;
    }
}
