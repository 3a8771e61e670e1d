using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Calculation;
using Measures.Definitions;
using Measures.Observations;
using Measures.Reporting;
using Measures.Time;
using static Measures.Tests.Reporting.ScorecardTestMeasures;

namespace Measures.Tests.Reporting;

/// <summary>
/// In the public version no small count can be worked out by adding and subtracting the counts a row shows: its
/// value, its history, the periods it is compared with. Checked against an independent reference (ranks of the
/// shown figures over the terms, in floating point) on random termly series and policies.
/// </summary>
public sealed class CumulativeDisclosureTests
{
    private static Scorecard Build(IEnumerable<Observation> observations, ReportingPeriod period, SuppressionPolicy policy, ScorecardAudience audience = ScorecardAudience.Public) =>
        new ScorecardBuilder(Catalogue(Exclusions()), new ScorecardOptions { Audience = audience, SuppressionPolicy = policy }).Build(observations, period);

    private static Observation[] Terms(int firstYear, params long[] counts) =>
        [.. counts.Select((n, i) => new Observation("EXCL", ReportingPeriod.Term(firstYear + (i / 3), (SchoolTerm)((i % 3) + 1)), n, null))];

    [Fact]
    public void Five_to_the_end_of_spring_and_six_to_the_end_of_summer_are_not_both_shown()
    {
        // Autumn 5, spring 0, summer 1 in 2021/22: shown together, 6 − 5 would give the summer term's 1.
        var observations = Terms(2021, 5, 0, 1);
        var policy = new SuppressionPolicy(5);
        var full = Build(observations, ReportingPeriod.AcademicYear(2021), policy, ScorecardAudience.Internal)["EXCL"];
        Assert.Equal(6m, full.Value);
        Assert.Equal([5m, 5m, 6m], full.History.TakeLast(3).Select(p => p.Value));

        var shown = Build(observations, ReportingPeriod.AcademicYear(2021), policy)["EXCL"];
        var counts = shown.History.TakeLast(3).Select(p => p.Value).ToArray();
        Assert.Equal(6m, shown.Value);
        Assert.Equal([null, null, 6m], counts);
        Assert.Equal([ScorecardValueState.Suppressed, ScorecardValueState.Suppressed, ScorecardValueState.Value], shown.History.TakeLast(3).Select(p => p.State));
        Assert.True(shown.VersusPreviousPeriod.Travel.IsWithheld);
    }

    [Fact]
    public void Counts_whose_differences_are_large_are_all_shown()
    {
        var observations = Terms(2021, 20, 15, 30);
        var shown = Build(observations, ReportingPeriod.AcademicYear(2021), new SuppressionPolicy(5))["EXCL"];
        Assert.Equal([20m, 35m, 65m], shown.History.TakeLast(3).Select(p => p.Value));
        Assert.Equal(SuppressionReason.None, shown.Suppression);
    }

    public sealed record Series(long[] Counts, int Threshold, bool SuppressZeros, int LastTerm)
    {
        public override string ToString() => $"terms [{string.Join(", ", Counts)}], threshold {Threshold}, zeros {(SuppressZeros ? "suppressed" : "shown")}, scorecard at term {LastTerm}";
    }

    public static Arbitrary<Series> Serieses() =>
        (from length in Gen.Choose(3, 9)
         from counts in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(0, 3)), (3, Gen.Choose(4, 12)), (1, Gen.Choose(13, 40))), length).Select(a => a.Select(n => (long)n).ToArray())
         from threshold in Gen.Choose(2, 10)
         from zeros in Gen.Elements(true, false)
         from last in Gen.Choose(Math.Max(0, length - 3), length - 1)
         select new Series(counts, threshold, zeros, last))
        .ToArbitrary();

    [Property(Arbitrary = [typeof(CumulativeDisclosureTests)], MaxTest = 200)]
    public Property No_small_count_of_terms_can_be_worked_out_from_what_a_row_shows(Series s)
    {
        var policy = new SuppressionPolicy(s.Threshold, suppressZeros: s.SuppressZeros);
        var terms = Enumerable.Range(0, s.Counts.Length).Select(i => ReportingPeriod.Term(2019 + (i / 3), (SchoolTerm)((i % 3) + 1))).ToArray();
        var period = terms[s.LastTerm];
        var row = Build(Terms(2019, s.Counts), period, policy)["EXCL"];

        // Every count the row shows, as the set of terms it adds up.
        var shown = row.History.Where(p => p.State == ScorecardValueState.Value)
            .Select(p => (Terms: Covered(terms, p.Period), Value: p.Value!.Value))
            .Concat(row.VersusSamePeriodLastYear.Travel.TryGetJudgement(out var lastYear) && lastYear.Previous is { } v ? [(Covered(terms, row.VersusSamePeriodLastYear.Period), v)] : [])
            .Where(f => f.Terms.Length > 0)
            .ToList();
        bool Small(long n) => n < s.Threshold && (n > 0 || s.SuppressZeros);

        var leaks = new List<string>();
        for (int from = 0; from < terms.Length; from++)
        {
            for (int to = from; to < terms.Length; to++)
            {
                long truth = s.Counts[from..(to + 1)].Sum();
                if (Small(truth) && Determined(shown.Select(f => f.Terms).ToList(), from, to, terms.Length))
                {
                    leaks.Add($"terms {from}–{to} ({truth})");
                }
            }
        }

        bool valuesTrue = shown.All(f => f.Value == f.Terms.Sum(t => s.Counts[t]));
        return valuesTrue.Label("every shown count is the true sum of its terms")
            .And((leaks.Count == 0).Label("no small count can be worked out: " + string.Join(", ", leaks)));
    }

    /// <summary>Monthly counts shown as rolling windows: each window overlaps the last eleven.</summary>
    private static MeasureDefinition RollingCount() => new(
        "KIDS", "Children newly in care, rolling", "Children's Social Care", MeasureKind.Activity, MeasureValueType.Count("children"), Polarity.LowerIsBetter,
        ReportingFrequency.Monthly, PeriodType.RollingMonths, TemporalRule.Sum);

    public sealed record MonthlySeries(long[] Counts, int Threshold, int Window)
    {
        public override string ToString() => $"months [{string.Join(", ", Counts)}], threshold {Threshold}, window {Window}";
    }

    public static Arbitrary<MonthlySeries> MonthlySerieses() =>
        (from length in Gen.Choose(6, 30)
         from counts in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(0, 3)), (3, Gen.Choose(4, 12)), (1, Gen.Choose(13, 40))), length).Select(a => a.Select(n => (long)n).ToArray())
         from threshold in Gen.Choose(2, 10)
         from window in Gen.Elements(3, 6, 12)
         select new MonthlySeries(counts, threshold, window))
        .ToArbitrary();

    [Property(Arbitrary = [typeof(CumulativeDisclosureTests)], MaxTest = 200)]
    public Property No_small_count_of_months_can_be_worked_out_from_a_row_of_rolling_windows(MonthlySeries s)
    {
        var policy = new SuppressionPolicy(s.Threshold);
        var months = Enumerable.Range(0, s.Counts.Length).Select(i => ReportingPeriod.Month(2021 + ((i + 3) / 12), ((i + 3) % 12) + 1)).ToArray();
        var observations = months.Select((m, i) => new Observation("KIDS", m, s.Counts[i], null)).ToArray();
        var options = new ScorecardOptions { Audience = ScorecardAudience.Public, SuppressionPolicy = policy, RollingWindowMonths = s.Window };
        var row = new ScorecardBuilder(Catalogue(RollingCount()), options).Build(observations, months[^1])["KIDS"];

        var shown = row.History.Where(p => p.State == ScorecardValueState.Value)
            .Select(p => (Months: Covered(months, p.Period), Value: p.Value!.Value))
            .Concat(row.VersusSamePeriodLastYear.Travel.TryGetJudgement(out var lastYear) && lastYear.Previous is { } v ? [(Covered(months, row.VersusSamePeriodLastYear.Period), v)] : [])
            .Where(f => f.Months.Length > 0)
            .ToList();
        var leaks = new List<string>();
        for (int from = 0; from < months.Length; from++)
        {
            for (int to = from; to < months.Length; to++)
            {
                long truth = s.Counts[from..(to + 1)].Sum();
                if (truth > 0 && truth < s.Threshold && Determined(shown.Select(f => f.Months).ToList(), from, to, months.Length))
                {
                    leaks.Add($"months {from}–{to} ({truth})");
                }
            }
        }

        return shown.All(f => f.Value == f.Months.Sum(m => s.Counts[m])).Label("every shown count is the true sum of its months")
            .And((leaks.Count == 0).Label("no small count can be worked out: " + string.Join(", ", leaks)));
    }

    private static int[] Covered(ReportingPeriod[] terms, ReportingPeriod period) =>
        [.. Enumerable.Range(0, terms.Length).Where(i => period.Contains(terms[i]))];

    // Reference: the interval is fixed by the shown sums when adding it to them does not raise their rank.
    private static bool Determined(List<int[]> shown, int from, int to, int width)
    {
        var rows = shown.Select(t => Enumerable.Range(0, width).Select(i => t.Contains(i) ? 1.0 : 0.0).ToArray()).ToList();
        int rank = Rank(rows);
        rows.Add([.. Enumerable.Range(0, width).Select(i => i >= from && i <= to ? 1.0 : 0.0)]);
        return Rank(rows) == rank;
    }

    private static int Rank(List<double[]> rows)
    {
        var m = rows.Select(r => (double[])r.Clone()).ToArray();
        int rank = 0;
        for (int col = 0; col < (m.Length == 0 ? 0 : m[0].Length) && rank < m.Length; col++)
        {
            int pivot = Enumerable.Range(rank, m.Length - rank).OrderByDescending(r => Math.Abs(m[r][col])).First();
            if (Math.Abs(m[pivot][col]) < 1e-9)
            {
                continue;
            }

            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (int r = 0; r < m.Length; r++)
            {
                if (r != rank && Math.Abs(m[r][col]) > 1e-12)
                {
                    double f = m[r][col] / m[rank][col];
                    for (int c = col; c < m[r].Length; c++)
                    {
                        m[r][c] -= f * m[rank][c];
                    }
                }
            }

            rank++;
        }

        return rank;
    }
}
