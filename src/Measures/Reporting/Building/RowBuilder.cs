using System;
using System.Collections.Generic;
using System.Linq;
using Measures.Aggregation;
using Measures.Calculation;
using Measures.Definitions;
using Measures.Judgements;
using Measures.Time;
using NodaTime;

namespace Measures.Reporting.Building;

/// <summary>Works out and judges one scorecard row.</summary>
internal sealed class RowBuilder
{
    private const string WithheldValue = "Not shown: the value is suppressed to protect small numbers.";
    private const string WithheldComparison = "Not shown: a value compared is suppressed to protect small numbers.";

    private readonly ReportingPeriod period;
    private readonly ScorecardOptions options;
    private readonly AcademicYearConvention convention;
    private readonly ValueLocator locator;
    private readonly SuppressionPolicy? policy;
    private readonly HashSet<string> excluded;
    private readonly bool excludeTermly;

    public RowBuilder(ReportingPeriod period, ScorecardOptions options)
    {
        this.period = period;
        this.options = options;
        convention = options.AcademicYearConvention;
        locator = new ValueLocator(period, options);
        policy = options.Audience == ScorecardAudience.Public ? options.SuppressionPolicy : null;
        excluded = new HashSet<string>(options.SummaryExclusions, StringComparer.Ordinal);
        excludeTermly = options.ExcludeTermlyAndAcademicYearMeasuresFromSummary ?? PeriodTiling.Months(period.Type) < 12;
    }

    public ScorecardRow Build(MeasureDefinition measure, MeasureSeries? series)
    {
        var (slot, composition) = locator.Locate(measure, series);
        var history = new PointValue[options.HistoryLength];
        history[^1] = Evaluate(measure, slot, composition);
        for (int i = history.Length - 2; i >= 0; i--)
        {
            var earlier = history[i + 1].Slot.Previous(convention);
            history[i] = Evaluate(measure, earlier, Compose(series, earlier));
        }

        var previousSlot = slot.Previous(convention);
        var previous = history.Length > 1 ? history[^2] : Evaluate(measure, previousSlot, Compose(series, previousSlot));
        var lastYearSlot = slot.SamePeriodLastYear(convention);
        var lastYear = Evaluate(measure, lastYearSlot, Compose(series, lastYearSlot));
        if (policy is not null)
        {
            ProtectCumulativeCounts(measure, series, history, ref previous, ref lastYear);
        }

        var current = history[^1];
        var compared = Compared(measure, series, slot, history, previous, lastYear);

        // A value with its own period is judged against the target of that period, or else of the scorecard's
        // reporting year when the two overlap (an academic year's figure in a financial year's scorecard).
        var targetPeriod = measure.TargetFor(slot.Period) is null && slot.Period.Overlaps(period) ? period : slot.Period;
        var rating = RagRating.Rate(measure, targetPeriod, current.Exact, options.Judgements);

        // A measure that is not rated at all says nothing about its value, so that is shown even when the value is suppressed.
        var rag = current.State == ScorecardValueState.Suppressed && rating.Status is not (RagStatus.NoTarget or RagStatus.NoPolarity)
            ? ScorecardJudgement<RagRating>.Withheld(WithheldValue)
            : ScorecardJudgement<RagRating>.Shown(rating);
        var figures = current.State is ScorecardValueState.Value or ScorecardValueState.NoValue ? current.Aggregate : null;

        return new ScorecardRow(
            measure,
            slot.Period,
            slot.Label,
            slot.Period != period,
            current.State,
            current.Exact,
            current.Rounded,
            ValueText(measure, current),
            figures is { } f ? ShownCount(measure, f.Numerator, numerator: true) : null,
            figures?.Denominator is { } d ? ShownCount(measure, d, numerator: false) : null,
            current.Aggregate?.Completeness,
            rating.Target ?? measure.TargetFor(targetPeriod),
            rag,
            Direction(measure, ComparisonPeriod.PreviousPeriod, current, previous),
            Direction(measure, ComparisonPeriod.SamePeriodLastYear, current, lastYear),
            Benchmark(measure, slot, current),
            [.. history.Select(p => new ScorecardPoint(p.Slot.Period, p.Slot.Label, p.State, p.Rounded, ValueText(measure, p)))],
            current.Suppression,
            SummaryExclusion(measure),
            [.. compared.Select((p, i) => NamedDirection(measure, options.Comparisons[i], slot, current, p))],
            current.State == ScorecardValueState.Suppressed
                ? ScorecardJudgement<ScorecardStatistics>.Withheld(WithheldValue)
                : ScorecardJudgement<ScorecardStatistics>.Shown(StatisticsBuilder.Build(measure, history, rating.Target ?? measure.TargetFor(targetPeriod), FindBenchmark(measure, slot.Period), options.Spc, policy is { RoundCountsTo: > 1 })));
    }

    /// <summary>The row's value for each period named in the options, composed as the previous period's is.</summary>
    private PointValue[] Compared(MeasureDefinition measure, MeasureSeries? series, Slot slot, PointValue[] history, PointValue previous, PointValue lastYear)
    {
        var points = new PointValue[options.Comparisons.Count];
        for (int i = 0; i < points.Length; i++)
        {
            var earlier = Slot.Natural(options.Comparisons[i].PeriodFor(slot.Period, convention));
            points[i] = IsBefore(earlier, slot) ? Evaluate(measure, earlier, Compose(series, earlier)) : new PointValue(earlier, ScorecardValueState.NoData, null, default, SuppressionReason.None);
        }

        if (policy is not null && points.Length > 0)
        {
            ProtectComparedCounts(measure, series, history, previous, lastYear, points);
        }

        return points;
    }

    private static bool IsBefore(Slot earlier, Slot slot) => earlier.Period.End < slot.Period.Start;

    /// <summary>
    /// Withholds a named comparison's count of a summed measure when, beside the figures the row already shows, it would
    /// give a small count nobody published (a quarter's total less two of its months). The row's other figures are
    /// settled first and never change: a named comparison gives way instead.
    /// </summary>
    private void ProtectComparedCounts(MeasureDefinition measure, MeasureSeries? series, PointValue[] history, PointValue previous, PointValue lastYear, PointValue[] compared)
    {
        if (measure.ValueType.Kind != ValueKind.Count || measure.NumeratorRule != TemporalRule.Sum)
        {
            return;
        }

        static bool Shown(PointValue p) => p.State == ScorecardValueState.Value && p.Aggregate is not null;
        var shown = history.Append(previous).Append(lastYear).Where(Shown).DistinctBy(p => p.Slot.Period).ToList();
        var threshold = policy!;
        for (int i = 0; i < compared.Length; i++)
        {
            var point = compared[i];
            if (!Shown(point) || shown.Any(p => p.Slot.Period == point.Slot.Period))
            {
                continue;
            }

            var figures = shown.Append(point).Select(p => new Differencing.Figure(Spans(p, series), p.Aggregate!.Value.HeldNumerator)).ToList();
            if (Differencing.Withhold(figures, c => c < threshold.Threshold && (c > 0 || threshold.SuppressZeros)).Count > 0)
            {
                compared[i] = point with { State = ScorecardValueState.Suppressed, Suppression = SuppressionReason.ProtectsAnotherCell };
            }
            else
            {
                shown.Add(point);
            }
        }
    }

    /// <summary>A direction of travel against a named comparison, on its basis, withheld when a value compared is suppressed.</summary>
    private ScorecardDirection NamedDirection(MeasureDefinition measure, ScorecardComparison comparison, Slot slot, PointValue current, PointValue earlier)
    {
        var parts = ScorecardComparison.PeriodsOfLength(slot.Period, earlier.Slot.Period, convention);
        bool longer = parts > 1 || (parts is null && earlier.Slot.Period.Days > slot.Period.Days);
        decimal? averaged = comparison.Basis == ComparisonBasis.PeriodAverage && ScorecardComparison.AddsUpOverTime(measure) && parts > 1 ? parts : null;
        string label = earlier.Slot.Label + (averaged is null ? string.Empty : " " + AverageName(slot.Period));

        ScorecardJudgement<DirectionOfTravel> travel;
        if (!IsBefore(earlier.Slot, slot))
        {
            travel = ScorecardJudgement<DirectionOfTravel>.Shown(DirectionOfTravel.NotAvailable(label, $"{earlier.Slot.Label} does not end before {slot.Label} begins"));
        }
        else if (current.State == ScorecardValueState.Suppressed || earlier.State == ScorecardValueState.Suppressed)
        {
            travel = ScorecardJudgement<DirectionOfTravel>.Withheld(WithheldComparison);
        }
        else
        {
            decimal? then = averaged is { } n && earlier.Exact is { } total ? total / n : earlier.Exact;
            travel = ScorecardJudgement<DirectionOfTravel>.Shown(DirectionOfTravel.Between(measure, current.Exact, then, label, options.Judgements));
        }

        return new ScorecardDirection(ComparisonPeriod.Named, earlier.Slot.Period, label, travel, comparison, averaged, longer);
    }

    /// <summary>What an average per period of the row's length is called: "monthly average", "average per 10 months".</summary>
    private static string AverageName(ReportingPeriod period) => period.Type switch
    {
        PeriodType.Month => "monthly average",
        PeriodType.Quarter => "quarterly average",
        PeriodType.Term => "termly average",
        PeriodType.HalfTerm => "half-termly average",
        PeriodType.FinancialYear or PeriodType.CalendarYear or PeriodType.AcademicYear => "yearly average",
        _ when period.Start.Day == 1 && period.End.PlusDays(1).Day == 1 =>
            "average per " + ScorecardText.Number(((period.End.Year - period.Start.Year) * 12) + period.End.Month - period.Start.Month + 1) + " months",
        _ => "average per " + ScorecardText.Number(period.Days) + " days",
    };

    private Composition Compose(MeasureSeries? series, Slot slot) => series is null ? default : series.Compose(slot.Period, convention);

    private PointValue Evaluate(MeasureDefinition measure, Slot slot, Composition composition)
    {
        // A value given without counts is shown as given: with no counts there is nothing to suppress or show beside it.
        if (composition.Value is { } given)
        {
            return new PointValue(slot, ScorecardValueState.Value, null, measure.ValueType.FromValue(given), SuppressionReason.None);
        }

        if (composition.NeedsCounts)
        {
            return new PointValue(slot, ScorecardValueState.NeedsCounts, null, default, SuppressionReason.None);
        }

        if (composition.Aggregate is not { } aggregate)
        {
            return new PointValue(slot, ScorecardValueState.NoData, null, default, SuppressionReason.None);
        }

        var value = aggregate.ValueOf(measure.ValueType);
        var suppression = policy is null ? SuppressionReason.None : Suppression(measure, aggregate, policy);
        var state = suppression != SuppressionReason.None ? ScorecardValueState.Suppressed
            : value.HasValue ? ScorecardValueState.Value
            : ScorecardValueState.NoValue;
        return new PointValue(slot, state, aggregate, value, suppression);
    }

    /// <summary>
    /// Withholds shown counts of a summed measure that, added and subtracted, would give a small count nobody
    /// published (see <see cref="Differencing"/>): the history, the previous period and the same period last year
    /// overlap when the measure's periods are years to date or rolling windows.
    /// </summary>
    private void ProtectCumulativeCounts(MeasureDefinition measure, MeasureSeries? series, PointValue[] history, ref PointValue previous, ref PointValue lastYear)
    {
        if (measure.ValueType.Kind != ValueKind.Count || measure.NumeratorRule != TemporalRule.Sum)
        {
            return;
        }

        // Earliest history first and the row's own value last: the order figures are given up in.
        var points = history[..^1].Append(previous).Append(lastYear).Append(history[^1])
            .Where(p => p.State == ScorecardValueState.Value && p.Aggregate is not null)
            .DistinctBy(p => p.Slot.Period)
            .ToList();
        var figures = points.Select(p => new Differencing.Figure(Spans(p, series), p.Aggregate!.Value.HeldNumerator)).ToList();
        var threshold = policy!;
        var withheld = Differencing.Withhold(figures, c => c < threshold.Threshold && (c > 0 || threshold.SuppressZeros));
        if (withheld.Count == 0)
        {
            return;
        }

        var periods = withheld.Select(i => points[i].Slot.Period).ToHashSet();
        PointValue Protect(PointValue p) => periods.Contains(p.Slot.Period) && p.State == ScorecardValueState.Value
            ? p with { State = ScorecardValueState.Suppressed, Suppression = SuppressionReason.ProtectsAnotherCell }
            : p;
        for (int i = 0; i < history.Length; i++)
        {
            history[i] = Protect(history[i]);
        }

        previous = Protect(previous);
        lastYear = Protect(lastYear);
    }

    /// <summary>The stretches of a point's period that have data: its parts with figures, or the whole period.</summary>
    private List<(LocalDate Start, LocalDate End)> Spans(PointValue point, MeasureSeries? series)
    {
        var period = point.Slot.Period;
        var completeness = point.Aggregate!.Value.Completeness;
        var parts = series is null || completeness.IsComplete ? null : PeriodTiling.Tile(period, series.Frequency, convention);
        if (parts is null || parts.Length != completeness.PeriodsExpected)
        {
            return [(period.Start, period.End)];
        }

        var spans = new List<(LocalDate Start, LocalDate End)>();
        for (int i = 0; i < parts.Length; i++)
        {
            if (!completeness.IsPresent(i))
            {
                continue;
            }

            if (spans.Count > 0 && spans[^1].End.PlusDays(1) == parts[i].Start)
            {
                spans[^1] = (spans[^1].Start, parts[i].End);
            }
            else
            {
                spans.Add((parts[i].Start, parts[i].End));
            }
        }

        return spans;
    }

    /// <summary>
    /// Why the public version suppresses a value: a count of children or events that is below the threshold,
    /// or a value built on one (a percentage's numerator or denominator, a rate's numerator, a mean's cases).
    /// </summary>
    private static SuppressionReason Suppression(MeasureDefinition measure, Aggregate figures, SuppressionPolicy policy)
    {
        bool Small(decimal? count) => count is { } c && c < policy.Threshold && (c > 0 || policy.SuppressZeros);
        return measure.ValueType.Kind switch
        {
            ValueKind.Count => Small(figures.Numerator) ? SuppressionReason.BelowThreshold : SuppressionReason.None,
            ValueKind.Rate => Small(figures.Numerator) ? SuppressionReason.BuiltOnSuppressedCount : SuppressionReason.None,
            _ => Small(figures.Numerator) || Small(figures.Denominator) ? SuppressionReason.BuiltOnSuppressedCount : SuppressionReason.None,
        };
    }

    /// <summary>A count as the public version shows it: rounded to the policy's multiple. Sums of durations and populations are shown as they are.</summary>
    private decimal ShownCount(MeasureDefinition measure, decimal figure, bool numerator)
    {
        bool isCount = measure.ValueType.Kind switch
        {
            ValueKind.Mean => !numerator,
            ValueKind.Rate => numerator,
            _ => true,
        };
        if (policy is null || policy.RoundCountsTo == 1 || !isCount)
        {
            return figure;
        }

        return decimal.Truncate(figure) == figure && figure <= long.MaxValue
            ? policy.Publish((long)figure).Shown ?? figure
            : Math.Round(figure / policy.RoundCountsTo, MidpointRounding.AwayFromZero) * policy.RoundCountsTo;
    }

    private string ValueText(MeasureDefinition measure, PointValue point) => point.State switch
    {
        ScorecardValueState.NoData => "no data",
        ScorecardValueState.NoValue => "no cases",
        ScorecardValueState.Suppressed => PublishedFigure.SymbolText(StatisticalSymbol.Confidential),
        ScorecardValueState.NeedsCounts => "needs counts",
        _ when point.Aggregate is null => measure.ValueType.FormatGiven(point.Rounded.GetValueOrDefault()),
        _ when policy is not null && point.Rounded == 0m && point.Exact != 0m => PublishedFigure.SymbolText(StatisticalSymbol.Low),
        _ => measure.ValueType.Format(point.Rounded.GetValueOrDefault()),
    };

    private ScorecardDirection Direction(MeasureDefinition measure, ComparisonPeriod comparison, PointValue current, PointValue earlier)
    {
        string label = earlier.Slot.Label;
        var travel = current.State == ScorecardValueState.Suppressed || earlier.State == ScorecardValueState.Suppressed
            ? ScorecardJudgement<DirectionOfTravel>.Withheld(WithheldComparison)
            : ScorecardJudgement<DirectionOfTravel>.Shown(DirectionOfTravel.Between(measure, current.Exact, earlier.Exact, label, options.Judgements));
        return new ScorecardDirection(comparison, earlier.Slot.Period, label, travel);
    }

    private ScorecardBenchmark? Benchmark(MeasureDefinition measure, Slot slot, PointValue current)
    {
        if (FindBenchmark(measure, slot.Period) is not { } benchmark)
        {
            return null;
        }

        string label = ScorecardText.PeriodLabel(benchmark.Period);
        if (current.State == ScorecardValueState.Suppressed)
        {
            return new ScorecardBenchmark(benchmark, label, ScorecardJudgement<IReadOnlyList<BenchmarkComparison>>.Withheld(WithheldValue), ScorecardJudgement<QuartileBand?>.Withheld(WithheldValue));
        }

        var comparisons = benchmark.Comparators.Select(c => BenchmarkComparison.Compare(measure, current.Exact, c, options.Judgements)).ToArray();
        var band = benchmark.Band
            ?? (benchmark.Quartiles is { } quartiles && current.Exact is { } exact
                ? QuartileBanding.BandOf(options.Judgements.Comparison == ValueComparison.Rounded ? measure.ValueType.Round(exact) : exact, quartiles, measure.Polarity)
                : null);
        return new ScorecardBenchmark(benchmark, label, ScorecardJudgement<IReadOnlyList<BenchmarkComparison>>.Shown(comparisons), ScorecardJudgement<QuartileBand?>.Shown(band));
    }

    /// <summary>
    /// The benchmark for the value's period, or one covering the same days, or the shortest in force over the whole of it, or the one for the scorecard's period
    /// (a late figure compared with the benchmark of the year it is reported in), or else the latest from the year
    /// before the value's period ends.
    /// </summary>
    private Benchmark? FindBenchmark(MeasureDefinition measure, ReportingPeriod valuePeriod)
    {
        if (measure.BenchmarkFor(valuePeriod) is { } exact)
        {
            return exact;
        }

        // Then one in force over the value's period, as a target is (FY 2015/16's figures for July 2015).
        var earliest = valuePeriod.End.PlusYears(-1);
        return measure.Benchmarks.FirstOrDefault(b => b.Period.Start == valuePeriod.Start && b.Period.End == valuePeriod.End)
            ?? measure.Benchmarks.Where(b => b.Period.Start <= valuePeriod.Start && b.Period.End >= valuePeriod.End).OrderBy(b => b.Period.Days).FirstOrDefault()
            ?? measure.BenchmarkFor(period)
            ?? measure.Benchmarks.Where(b => b.Period.End <= valuePeriod.End && b.Period.End > earliest).OrderBy(b => b.Period.End).LastOrDefault();
    }

    private SummaryExclusionReason? SummaryExclusion(MeasureDefinition measure)
    {
        if (excluded.Contains(measure.Code))
        {
            return SummaryExclusionReason.ExcludedByOptions;
        }

        bool termlyOrAcademic = measure.Frequency == ReportingFrequency.Termly
            || measure.PeriodType is PeriodType.Term or PeriodType.HalfTerm or PeriodType.AcademicYear or PeriodType.AcademicYearToDate;
        if (excludeTermly && termlyOrAcademic)
        {
            return SummaryExclusionReason.TermlyOrAcademicYear;
        }

        return measure.CountsInSummary ? null : SummaryExclusionReason.NotInSummary;
    }
}
