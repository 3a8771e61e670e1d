using System;
using System.Collections.Generic;
using System.Globalization;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Time;
using Measures.Observations;

namespace Measures.Benchmarks.Aggregation;

/// <summary>
/// The benchmark's observations: measures × months × teams (200 × 120 × 420 = 10,080,000 rows in the
/// published runs; teams in localities of five, ten teams to a council) from April 2014, with figures
/// and row order drawn from a fixed seed. The same rows are offered as
/// observations (for the core and the LINQ baseline over domain objects), as structs with integer keys
/// (for the fair LINQ and dictionary baselines) and as integer columns (for DuckDB and the sequential-read ceilings).
/// </summary>
public sealed class AggregationBenchmarkData
{
    /// <summary>The seed of every random choice.</summary>
    public const int Seed = 20240730;

    /// <summary>The first month of the data: April 2014, the start of financial year 2014/15.</summary>
    public const int FirstMonthOrdinal = (2014 * 12) + 3;

    private AggregationBenchmarkData(int measures, int months, int units)
    {
        MeasureCount = measures;
        MonthCount = months;
        UnitCount = units;
        int rows = checked(measures * months * units);
        MeasureCodes = new string[measures];
        UnitNames = new string[units];
        Months = new ReportingPeriod[months];
        Rules = new Dictionary<string, AggregationRule>(StringComparer.Ordinal);
        RuleOfMeasure = new AggregationRule[measures];
        for (int m = 0; m < measures; m++)
        {
            MeasureCodes[m] = string.Create(CultureInfo.InvariantCulture, $"M{m:D3}");

            // A quarter each: flows counted, flow proportions, snapshot proportions, rates of a flow.
            RuleOfMeasure[m] = (m % 4) switch
            {
                0 => AggregationRule.Count(TemporalRule.Sum),
                1 => AggregationRule.Proportion(TemporalRule.Sum),
                2 => AggregationRule.Proportion(TemporalRule.Last),
                _ => AggregationRule.RateOfFlow(TemporalRule.Last),
            };
            Rules[MeasureCodes[m]] = RuleOfMeasure[m];
        }

        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        CouncilOfUnit = new int[units];
        CouncilNames = new string[Math.Max(1, units / 10)];
        for (int c = 0; c < CouncilNames.Length; c++)
        {
            CouncilNames[c] = string.Create(CultureInfo.InvariantCulture, $"Council {c:D2}");
        }

        for (int u = 0; u < units; u++)
        {
            // Teams of five in localities, two localities to a council.
            UnitNames[u] = string.Create(CultureInfo.InvariantCulture, $"Team {u:D3}");
            int council = Math.Min(u / 10, CouncilNames.Length - 1);
            string locality = string.Create(CultureInfo.InvariantCulture, $"{CouncilNames[council]} locality {(u / 5) % 2}");
            parents[UnitNames[u]] = locality;
            parents[locality] = CouncilNames[council];
            CouncilOfUnit[u] = council;
        }

        Hierarchy = new OrganisationalHierarchy(parents);
        CouncilByUnitName = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int u = 0; u < units; u++)
        {
            CouncilByUnitName[UnitNames[u]] = CouncilNames[CouncilOfUnit[u]];
        }

        for (int i = 0; i < months; i++)
        {
            int ordinal = FirstMonthOrdinal + i;
            Months[i] = ReportingPeriod.Month(ordinal / 12, (ordinal % 12) + 1);
        }

        // Rows in a shuffled order, so that no engine is handed data already grouped.
        var order = new int[rows];
        for (int i = 0; i < rows; i++)
        {
            order[i] = i;
        }

        var random = new Random(Seed);
        random.Shuffle(order);
        Measure = new int[rows];
        Month = new int[rows];
        Unit = new int[rows];
        Numerator = new int[rows];
        Denominator = new int[rows];
        Observations = new Observation[rows];
        Rows = new ObservationRow[rows];
        for (int i = 0; i < rows; i++)
        {
            int key = order[i];
            int m = key / (months * units);
            int month = (key / units) % months;
            int u = key % units;
            int numerator = random.Next(0, 100);
            var rule = RuleOfMeasure[m];
            int denominator = !rule.HasDenominator ? 0 : rule.NumeratorAtMostDenominator ? numerator + random.Next(0, 100) : random.Next(1_000, 60_000);
            Measure[i] = m;
            Month[i] = FirstMonthOrdinal + month;
            Unit[i] = u;
            Numerator[i] = numerator;
            Denominator[i] = denominator;
            Observations[i] = new Observation(MeasureCodes[m], Months[month], numerator, rule.HasDenominator ? denominator : null, UnitNames[u]);
            Rows[i] = new ObservationRow(m, FirstMonthOrdinal + month, u, numerator, denominator);
        }
    }

    /// <summary>Gets the number of measures.</summary>
    public int MeasureCount { get; }

    /// <summary>Gets the number of months.</summary>
    public int MonthCount { get; }

    /// <summary>Gets the number of organisational units (teams).</summary>
    public int UnitCount { get; }

    /// <summary>Gets the number of rows.</summary>
    public int RowCount => Observations.Length;

    /// <summary>Gets the measure codes, "M000" onwards.</summary>
    public string[] MeasureCodes { get; }

    /// <summary>Gets the team names.</summary>
    public string[] UnitNames { get; }

    /// <summary>Gets the council names.</summary>
    public string[] CouncilNames { get; }

    /// <summary>Gets the council index of each team.</summary>
    public int[] CouncilOfUnit { get; }

    /// <summary>Gets the council name of each team name.</summary>
    public Dictionary<string, string> CouncilByUnitName { get; }

    /// <summary>Gets the months.</summary>
    public ReportingPeriod[] Months { get; }

    /// <summary>Gets the rule of each measure code.</summary>
    public Dictionary<string, AggregationRule> Rules { get; }

    /// <summary>Gets the rule of each measure index.</summary>
    public AggregationRule[] RuleOfMeasure { get; }

    /// <summary>Gets teams → localities → councils.</summary>
    public OrganisationalHierarchy Hierarchy { get; }

    /// <summary>Gets the rows as observations.</summary>
    public Observation[] Observations { get; }

    /// <summary>Gets the rows as structs with integer keys, for the fair LINQ and dictionary baselines.</summary>
    public ObservationRow[] Rows { get; }

    /// <summary>Gets each row's measure index.</summary>
    public int[] Measure { get; }

    /// <summary>Gets each row's month as year × 12 + month − 1.</summary>
    public int[] Month { get; }

    /// <summary>Gets each row's team index.</summary>
    public int[] Unit { get; }

    /// <summary>Gets each row's numerator.</summary>
    public int[] Numerator { get; }

    /// <summary>Gets each row's denominator (0 for a count, which has none).</summary>
    public int[] Denominator { get; }

    /// <summary>Makes the data set.</summary>
    public static AggregationBenchmarkData Create(int measures, int months, int units) => new(measures, months, units);

    /// <summary>Builds the core's store from the observations.</summary>
    public ObservationStore BuildStore() => ObservationStore.Create(Rules, Observations).Value;
}
