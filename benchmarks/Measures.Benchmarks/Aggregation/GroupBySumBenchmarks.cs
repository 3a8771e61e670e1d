using System.Collections.Generic;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Measures.Aggregation;

namespace Measures.Benchmarks.Aggregation;

/// <summary>
/// (measure, month) group-by-sum over every unit: the core against LINQ GroupBy over domain objects,
/// LINQ and a dictionary over structs with integer keys, DuckDB's query, a hand-written dense-array loop
/// and two sequential-read ceilings (the bytes the core reads, and the wider columns a row-keyed engine
/// reads), each read column by column and all together.
/// </summary>
[MemoryDiagnoser]
public class GroupBySumBenchmarks : AggregationScenario
{
    private long[] wideNumerator = [];
    private long[] wideDenominator = [];

    /// <summary>Also makes 64-bit copies of the figures for the wide-columns ceiling.</summary>
    protected override void SetupMore()
    {
        wideNumerator = new long[Data.RowCount];
        wideDenominator = new long[Data.RowCount];
        for (int i = 0; i < Data.RowCount; i++)
        {
            wideNumerator[i] = Data.Numerator[i];
            wideDenominator[i] = Data.Denominator[i];
        }
    }

    /// <summary>The core, on two threads.</summary>
    [Benchmark]
    public AggregationResult Core() => Store.Aggregate(Query(PeriodRollUp.AsReported));

    /// <summary>The core, on one thread.</summary>
    [Benchmark]
    public AggregationResult CoreOneThread() => Store.Aggregate(new AggregationQuery { MaxDegreeOfParallelism = 1 });

    /// <summary>LINQ over domain objects: GroupBy over the observations by (measure code, period).</summary>
    [Benchmark(Baseline = true)]
    public List<LinqRow> Linq() => LinqBaseline.GroupBySum(Data.Observations);

    /// <summary>LINQ GroupBy over structs with integer keys.</summary>
    [Benchmark]
    public List<BaselineRow> LinqOverStructs() => StructBaselines.LinqGroupBySum(Data.Rows);

    /// <summary>A dictionary of totals updated in place with CollectionsMarshal, over structs with integer keys.</summary>
    [Benchmark]
    public List<BaselineRow> DictionaryOverStructs() => StructBaselines.DictionaryGroupBySum(Data.Rows);

    /// <summary>DuckDB's query (the load is timed in <see cref="AggregationLoadBenchmarks"/>).</summary>
    [Benchmark]
    public List<BaselineRow> DuckDbQuery() => DuckDb.GroupBySum();

    /// <summary>A hand-written loop adding each row into a dense (measure, month) array, one per thread.</summary>
    [Benchmark]
    public long[] DenseArrayLoop()
    {
        int months = Data.MonthCount, first = AggregationBenchmarkData.FirstMonthOrdinal, groups = Data.MeasureCount * months;
        int[] measure = Data.Measure, month = Data.Month, num = Data.Numerator, den = Data.Denominator;
        var partial = new long[Threads][];
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, t =>
        {
            var acc = new long[2 * groups];
            int from = (int)((long)measure.Length * t / Threads), to = (int)((long)measure.Length * (t + 1) / Threads);
            for (int i = from; i < to; i++)
            {
                int g = 2 * ((measure[i] * months) + month[i] - first);
                acc[g] += num[i];
                acc[g + 1] += den[i];
            }

            partial[t] = acc;
        });
        var total = partial[0];
        for (int t = 1; t < Threads; t++)
        {
            for (int g = 0; g < total.Length; g++)
            {
                total[g] += partial[t][g];
            }
        }

        return total;
    }

    /// <summary>
    /// The ceiling for the bytes the core reads: 32-bit numerators and denominators, 8 bytes a row, summed on
    /// two threads one column after the other; the ceiling is the faster of this and <see cref="SequentialReadOfCoreBytesTogether"/>.
    /// </summary>
    [Benchmark]
    public long SequentialReadOfCoreBytes() => SequentialRead.Sum(Data.Numerator, Data.Denominator, Threads);

    /// <summary>The same bytes as <see cref="SequentialReadOfCoreBytes"/>, the two columns read together in one pass.</summary>
    [Benchmark]
    public long SequentialReadOfCoreBytesTogether() => SequentialRead.SumTogether(Data.Numerator, Data.Denominator, Threads);

    /// <summary>The ceiling for a row-keyed layout: 32-bit measure and month, 64-bit figures, 24 bytes a row, on two threads, one column after another.</summary>
    [Benchmark]
    public long SequentialReadOfWideColumns() => SequentialRead.Sum(Data.Measure, Data.Month, wideNumerator, wideDenominator, Threads);

    /// <summary>The same bytes as <see cref="SequentialReadOfWideColumns"/>, the four columns read together in one pass.</summary>
    [Benchmark]
    public long SequentialReadOfWideColumnsTogether() => SequentialRead.SumTogether(Data.Measure, Data.Month, wideNumerator, wideDenominator, Threads);
}
