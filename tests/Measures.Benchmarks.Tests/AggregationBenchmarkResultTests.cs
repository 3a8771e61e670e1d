using System;
using System.Collections.Generic;
using System.Linq;
using Measures.Aggregation;
using Measures.Benchmarks;
using Measures.Benchmarks.Aggregation;
using Measures.Time;
using NodaTime;

namespace Measures.Benchmarks.Tests;

/// <summary>
/// On a reduced data set (20 measures × 24 months × 20 teams), the core and every baseline of each
/// aggregation benchmark give the same figures, so that a fast wrong answer cannot be reported.
/// </summary>
public sealed class AggregationBenchmarkResultTests
{
    private static T Scenario<T>()
        where T : AggregationScenario, new()
    {
        var scenario = new T { Measures = 20, Months = 24, Units = 20 };
        scenario.Setup();
        return scenario;
    }

    /// <summary>A group as (measure code, period start, period end, unit) → (numerator, denominator, months present).</summary>
    private static SortedDictionary<string, (long, long, int)> Normalise(AggregationResult result) => new(
        result.ToDictionary(a => Key(a.MeasureCode, a.Period, a.OrganisationalUnit), a => (a.HeldNumerator, a.HeldDenominator, a.Completeness.PeriodsPresent)),
        StringComparer.Ordinal);

    private static SortedDictionary<string, (long, long, int)> Normalise(IEnumerable<LinqRow> rows) => new(
        rows.ToDictionary(r => Key(r.MeasureCode, r.Period, r.Unit), r => (r.Numerator, r.Denominator, r.MonthsPresent)),
        StringComparer.Ordinal);

    private static SortedDictionary<string, (long, long, int)> Normalise(AggregationBenchmarkData data, IEnumerable<BaselineRow> rows, Func<int, ReportingPeriod> period) => new(
        rows.ToDictionary(
            r => Key(data.MeasureCodes[r.Measure], period(r.Period), r.Council < 0 ? string.Empty : data.CouncilNames[r.Council]),
            r => (r.Numerator, r.Denominator, r.MonthsPresent)),
        StringComparer.Ordinal);

    private static string Key(string code, ReportingPeriod period, string unit) => $"{code}|{period.Start:uuuu-MM-dd}|{period.End:uuuu-MM-dd}|{unit}";

    private static ReportingPeriod Month(int ordinal) => ReportingPeriod.Month(ordinal / 12, (ordinal % 12) + 1);

    private static void AssertSame(SortedDictionary<string, (long, long, int)> expected, SortedDictionary<string, (long, long, int)> actual)
    {
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.Equal(expected.Values, actual.Values);
    }

    [Fact]
    public void Group_by_sum_core_linq_duckdb_and_dense_loop_agree()
    {
        using var b = Scenario<GroupBySumBenchmarks>();
        var core = Normalise(b.Core());
        Assert.Equal(20 * 24, core.Count);
        AssertSame(core, Normalise(b.CoreOneThread()));
        AssertSame(core, Normalise(b.Linq()));
        AssertSame(core, Normalise(b.Data, b.DuckDbQuery(), Month));
        AssertSame(core, Normalise(b.Data, b.LinqOverStructs(), Month));
        AssertSame(core, Normalise(b.Data, b.DictionaryOverStructs(), Month));

        var dense = b.DenseArrayLoop();
        foreach (var a in b.Core())
        {
            int m = Array.IndexOf(b.Data.MeasureCodes, a.MeasureCode);
            int g = 2 * ((m * b.Data.MonthCount) + (a.Period.Start.Year * 12) + a.Period.Start.Month - 1 - AggregationBenchmarkData.FirstMonthOrdinal);
            Assert.Equal(dense[g], a.HeldNumerator);
            Assert.Equal(dense[g + 1], a.HeldDenominator);
        }

        // The ceilings read every figure: their sums are the totals of the columns.
        long total = b.Data.Numerator.Sum(x => (long)x) + b.Data.Denominator.Sum(x => (long)x);
        Assert.Equal(total, b.SequentialReadOfCoreBytes());
        Assert.Equal(total, b.SequentialReadOfCoreBytesTogether());
        long wide = total + b.Data.Measure.Sum(x => (long)x) + b.Data.Month.Sum(x => (long)x);
        Assert.Equal(wide, b.SequentialReadOfWideColumns());
        Assert.Equal(wide, b.SequentialReadOfWideColumnsTogether());
    }

    [Fact]
    public void Quarter_and_financial_year_roll_ups_agree()
    {
        using var b = Scenario<PeriodRollUpBenchmarks>();
        var quarters = Normalise(b.CoreQuarters());
        Assert.Equal(20 * 8, quarters.Count);
        AssertSame(quarters, Normalise(b.LinqQuarters()));
        AssertSame(quarters, Normalise(b.Data, b.DuckDbQuarters(), q => ReportingPeriod.Quarter(q / 4, (q % 4) + 1)));

        var years = Normalise(b.CoreFinancialYears());
        Assert.Equal(20 * 2, years.Count);
        AssertSame(years, Normalise(b.LinqFinancialYears()));
        AssertSame(years, Normalise(b.Data, b.DuckDbFinancialYears(), ReportingPeriod.FinancialYear));
    }

    [Fact]
    public void Rolling_twelve_month_windows_agree()
    {
        using var b = Scenario<RollingWindowBenchmarks>();
        var core = Normalise(b.Core());
        Assert.Equal(20 * (24 + 11), core.Count);
        AssertSame(core, Normalise(b.Linq()));
        AssertSame(core, Normalise(b.Data, b.DuckDbQuery(), e =>
        {
            var end = Month(e);
            return ReportingPeriod.DateRange(end.Start.PlusMonths(-11), end.End);
        }));
    }

    [Fact]
    public void Team_to_council_roll_ups_agree()
    {
        using var b = Scenario<TeamToCouncilBenchmarks>();
        var core = Normalise(b.Core());
        Assert.Equal(20 * 24 * 2, core.Count);
        AssertSame(core, Normalise(b.Linq()));
        AssertSame(core, Normalise(b.Data, b.DuckDbQuery(), Month));
        AssertSame(core, Normalise(b.Data, b.LinqOverStructs(), Month));
        AssertSame(core, Normalise(b.Data, b.DictionaryOverStructs(), Month));
    }

    [Fact]
    public void Reading_every_aggregate_reads_the_query_result_and_allocates_nothing()
    {
        using var b = Scenario<ReadingResultsBenchmarks>();
        var result = b.RunQuery();
        Assert.Equal(20 * 24, result.Count);
        long expected = result.Sum(a => a.HeldNumerator + a.HeldDenominator + a.Completeness.PeriodsPresent + a.MeasureCode.Length + a.OrganisationalUnit.Length + a.Period.GetHashCode());
        Assert.Equal(expected, b.ReadEveryAggregate());
        long before = GC.GetAllocatedBytesForCurrentThread();
        b.ReadEveryAggregate();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(result.Sum(a => a.Numerator + (a.Ratio ?? 0)), b.ReadEveryRatio());
    }

    [Fact]
    public void The_machine_line_names_the_processor_and_the_load()
    {
        string line = MachineDescription.Line("before");
        Assert.StartsWith("// Machine before: ", line, StringComparison.Ordinal);
        Assert.Contains("load average", line, StringComparison.Ordinal);
        Assert.NotEqual("unknown", MachineDescription.LoadAverage);
    }

    [Fact]
    public void Load_benchmarks_build_the_store_and_load_duckdb()
    {
        var b = new AggregationLoadBenchmarks { Measures = 2, Units = 50 };
        b.Setup();
        Assert.Equal(2 * 120 * 50, b.CoreBuild().Count);
        Assert.Equal(2 * 120 * 50, b.DuckDbLoad());
    }
}
