using System;
using Measures.Calculation;
using Measures.Judgements;

namespace Measures.Reporting;

/// <summary>
/// The words a scorecard writes for statuses and categories ("green", "improving", "better"): the
/// same in JSON, CSV and text, never a number. The JSON schema's enum lists are checked against these.
/// </summary>
internal static class ScorecardWords
{
    /// <summary>The word for a withheld judgement, in every writer.</summary>
    public const string Withheld = "suppressed";

    /// <summary>The name of a withheld judgement as a report's reader reads it.</summary>
    public const string WithheldName = "Suppressed";

    /// <summary>Every RAG word, in the order of <see cref="RagStatus"/>, with "suppressed" for a withheld rating.</summary>
    public static readonly string[] RagWords = ["red", "amber", "green", "blue", "noTarget", "noPolarity", "noValue", "suppressed"];

    /// <summary>Every direction word, with "suppressed" for a withheld comparison.</summary>
    public static readonly string[] DirectionWords = ["improving", "worsening", "noChange", "up", "down", "notAvailable", "suppressed"];

    /// <summary>Every benchmark position word.</summary>
    public static readonly string[] PositionWords = ["better", "similar", "worse", "above", "below", "notAvailable"];

    /// <summary>Every value state word.</summary>
    public static readonly string[] StateWords = ["value", "noData", "noValue", "suppressed", "needsCounts"];

    public static string Rag(RagStatus status) => status switch
    {
        RagStatus.Red => "red",
        RagStatus.Amber => "amber",
        RagStatus.Green => "green",
        RagStatus.Blue => "blue",
        RagStatus.NoTarget => "noTarget",
        RagStatus.NoPolarity => "noPolarity",
        RagStatus.NoValue => "noValue",
        _ => throw Undefined(status),
    };

    /// <summary>The RAG word of a rating as shown, or "suppressed".</summary>
    public static string Rag(ScorecardJudgement<RagRating> rag) => rag.TryGetJudgement(out var rating) ? Rag(rating.Status) : Withheld;

    /// <summary>The RAG name of a rating as shown, or "Suppressed".</summary>
    public static string RagName(ScorecardJudgement<RagRating> rag) => rag.TryGetJudgement(out var rating) ? RagName(rating.Status) : WithheldName;

    /// <summary>The explanation of a judgement as shown, or why it is withheld.</summary>
    public static string Explanation(ScorecardJudgement<RagRating> rag) => rag.TryGetJudgement(out var rating) ? rating.Explanation : rag.WithheldExplanation!;

    /// <summary>The relative change of a direction as a reader reads it: "+27%", "−50%", "+100%"; empty when there is none.</summary>
    public static string RelativeChange(ScorecardDirection direction)
    {
        if (!direction.Travel.TryGetJudgement(out var travel) || travel.RelativeChange is not { } relative)
        {
            return string.Empty;
        }

        decimal percent = decimal.Round(relative * 100, 0, MidpointRounding.AwayFromZero);
        return (percent > 0 ? "+" : percent < 0 ? "\u2212" : string.Empty) + Math.Abs(percent).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>
    /// A value that adds up over time (a count or rate of events) as a share of a longer earlier period taken as reported,
    /// as minutes put a part period against a whole: "343 is 96% of the whole of 2018 (356)"; empty for anything else.
    /// </summary>
    public static string Share(ScorecardRow row, ScorecardDirection direction)
    {
        var type = row.Measure.ValueType;
        if (!direction.EarlierPeriodIsLonger || direction.PeriodsAveraged is not null
            || !ScorecardComparison.AddsUpOverTime(row.Measure)
            || !direction.Travel.TryGetJudgement(out var travel) || travel.Share is not { } share)
        {
            return string.Empty;
        }

        string percent = decimal.Round(share * 100, 0, MidpointRounding.AwayFromZero).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{type.Format(travel.Current!.Value)} is {percent}% of the whole of {direction.PeriodLabel} ({type.Format(travel.Previous!.Value)})";
    }

    /// <summary>The comparisons named for a scorecard, in order, as its rows give them.</summary>
    public static System.Collections.Generic.IReadOnlyList<ScorecardComparison> NamedComparisons(Scorecard scorecard) =>
        scorecard.Rows.Count == 0 ? [] : [.. System.Linq.Enumerable.Select(scorecard.Rows[0].Comparisons, d => d.NamedComparison!)];

    /// <summary>The heading of a named comparison's column: "vs Oct 2020", "vs previous quarter average".</summary>
    public static string ComparisonHeading(ScorecardComparison comparison) => "vs " + comparison;

    /// <summary>The explanation of a direction as shown, or why it is withheld.</summary>
    public static string Explanation(ScorecardDirection direction) => direction.Travel.TryGetJudgement(out var travel) ? travel.Explanation : direction.Travel.WithheldExplanation!;

    /// <summary>The RAG status as a report's reader reads it: "Green", "No target".</summary>
    public static string RagName(RagStatus status) => status switch
    {
        RagStatus.Red => "Red",
        RagStatus.Amber => "Amber",
        RagStatus.Green => "Green",
        RagStatus.Blue => "Blue",
        RagStatus.NoTarget => "No target",
        RagStatus.NoPolarity => "Not rated",
        RagStatus.NoValue => "No value",
        _ => throw Undefined(status),
    };

    public static string Direction(ScorecardDirection direction) => direction.Travel.TryGetJudgement(out var travel) ? Direction(travel.Direction) : Withheld;

    public static string Direction(Direction direction) => direction switch
    {
        Judgements.Direction.Improving => "improving",
        Judgements.Direction.Worsening => "worsening",
        Judgements.Direction.NoChange => "noChange",
        Judgements.Direction.Up => "up",
        Judgements.Direction.Down => "down",
        Judgements.Direction.NotAvailable => "notAvailable",
        _ => throw Undefined(direction),
    };

    /// <summary>The direction as a report's reader reads it: "Improving", "No change", "Not available".</summary>
    public static string DirectionName(ScorecardDirection direction) => !direction.Travel.TryGetJudgement(out var travel) ? WithheldName : travel.Direction switch
    {
        Judgements.Direction.Improving => "Improving",
        Judgements.Direction.Worsening => "Worsening",
        Judgements.Direction.NoChange => "No change",
        Judgements.Direction.Up => "Up",
        Judgements.Direction.Down => "Down",
        _ => "Not available",
    };

    public static string Position(BenchmarkPosition position) => position switch
    {
        BenchmarkPosition.Better => "better",
        BenchmarkPosition.Similar => "similar",
        BenchmarkPosition.Worse => "worse",
        BenchmarkPosition.Above => "above",
        BenchmarkPosition.Below => "below",
        BenchmarkPosition.NotAvailable => "notAvailable",
        _ => throw Undefined(position),
    };

    public static string State(ScorecardValueState state) => state switch
    {
        ScorecardValueState.Value => "value",
        ScorecardValueState.NoData => "noData",
        ScorecardValueState.NoValue => "noValue",
        ScorecardValueState.Suppressed => Withheld,
        ScorecardValueState.NeedsCounts => "needsCounts",
        _ => throw Undefined(state),
    };

    public static string Audience(ScorecardAudience audience) => audience switch
    {
        ScorecardAudience.Internal => "internal",
        ScorecardAudience.Public => "public",
        _ => throw Undefined(audience),
    };

    public static string Comparison(ComparisonPeriod comparison) => comparison switch
    {
        ComparisonPeriod.PreviousPeriod => "previousPeriod",
        ComparisonPeriod.SamePeriodLastYear => "samePeriodLastYear",
        _ => throw Undefined(comparison),
    };

    public static string Exclusion(SummaryExclusionReason reason) => reason switch
    {
        SummaryExclusionReason.NotInSummary => "notInSummary",
        SummaryExclusionReason.TermlyOrAcademicYear => "termlyOrAcademicYear",
        SummaryExclusionReason.ExcludedByOptions => "excludedByOptions",
        _ => throw Undefined(reason),
    };

    /// <summary>How many measures are left out and why, for a reader: "12 measures not counted in summaries", "1 termly or academic-year measure".</summary>
    public static string ExclusionText(SummaryExclusionReason reason, int count)
    {
        string measures = count == 1 ? "measure" : "measures";
        string number = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return reason switch
        {
            SummaryExclusionReason.NotInSummary => $"{number} {measures} not counted in summaries",
            SummaryExclusionReason.TermlyOrAcademicYear => $"{number} termly or academic-year {measures}",
            SummaryExclusionReason.ExcludedByOptions => $"{number} {measures} left out of this summary",
            _ => throw Undefined(reason),
        };
    }

    public static string Suppression(SuppressionReason reason) => reason switch
    {
        SuppressionReason.None => "none",
        SuppressionReason.BelowThreshold => "belowThreshold",
        SuppressionReason.ProtectsAnotherCell => "protectsAnotherCell",
        SuppressionReason.BuiltOnSuppressedCount => "builtOnSuppressedCount",
        _ => throw Undefined(reason),
    };

    private static ArgumentOutOfRangeException Undefined<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        new(nameof(value), value, $"{value} is not a defined {typeof(TEnum).Name}.");
}
