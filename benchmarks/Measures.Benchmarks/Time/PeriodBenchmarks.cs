using BenchmarkDotNet.Attributes;
using Measures.Time;

namespace Measures.Benchmarks.Time;

/// <summary>Constructing and comparing reporting periods.</summary>
[MemoryDiagnoser]
public class PeriodBenchmarks
{
    /// <summary>Builds the 120 months of ten financial years and counts those in the quarters' range.</summary>
    [Benchmark]
    public int TenYearsOfMonthsByQuarter()
    {
        int inQuarter = 0;
        for (int fy = 2014; fy < 2024; fy++)
        {
            for (int q = 1; q <= 4; q++)
            {
                var quarter = ReportingPeriod.Quarter(fy, q);
                for (int m = 0; m < 3; m++)
                {
                    var month = ReportingPeriod.Month(quarter.Start.PlusMonths(m).Year, quarter.Start.PlusMonths(m).Month);
                    if (quarter.Contains(month.Start) && quarter.Contains(month.End))
                    {
                        inQuarter++;
                    }
                }
            }
        }

        return inQuarter;
    }
}
