using System.IO;
using System.Linq;
using System.Text.Json;
using Measures.Definitions;
using Measures.Internal;
using Measures.Reporting.Json;
using Measures.Definitions.Serialization;

namespace Measures.Reporting;

/// <summary>
/// Writes a <see cref="Scorecard"/> as JSON with a documented, stable schema
/// (<c>docs/reference/scorecard.schema.json</c>, format version <see cref="FormatVersion"/>): every
/// status and category is a word ("green", "improving", "benchmark"), never a number, and every member is
/// present, null when there is nothing to say.
/// </summary>
/// <remarks>Periods are written in their canonical form ("FY 2023/24"), which <c>ReportingPeriod.Parse</c> reads back, beside the label a report shows. This type is stateless and thread-safe.</remarks>
internal static class ScorecardJsonWriter
{
    /// <summary>The version of the scorecard document format written.</summary>
    public const int FormatVersion = 1;

    /// <summary>Writes <paramref name="scorecard"/> as indented UTF-8 JSON.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="utf8Json">Where to write; left open.</param>
    public static void Write(Scorecard scorecard, Stream utf8Json)
    {
        Preconditions.CheckNotNull(scorecard);
        Preconditions.CheckNotNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, ToDocument(scorecard), ScorecardJsonContext.Writing.ScorecardDocument);
    }

    /// <summary>Writes <paramref name="scorecard"/> as indented JSON text.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="writer">Where to write; left open.</param>
    public static void Write(Scorecard scorecard, TextWriter writer)
    {
        Preconditions.CheckNotNull(scorecard);
        Preconditions.CheckNotNull(writer);
        writer.Write(JsonSerializer.Serialize(ToDocument(scorecard), ScorecardJsonContext.Writing.ScorecardDocument));
        writer.Write('\n');
    }

    private static ScorecardDocument ToDocument(Scorecard scorecard) => new()
    {
        Version = FormatVersion,
        Title = scorecard.Title,
        Period = scorecard.Period.ToString(),
        PeriodLabel = scorecard.PeriodLabel,
        Audience = ScorecardWords.Audience(scorecard.Audience),
        SuppressionPolicy = scorecard.SuppressionPolicy is { } policy
            ? new SuppressionPolicyDocument { Threshold = policy.Threshold, RoundCountsTo = policy.RoundCountsTo, SuppressZeros = policy.SuppressZeros }
            : null,
        Summary = new SummaryDocument
        {
            DirectionComparedWith = ScorecardWords.Comparison(scorecard.Summary.DirectionComparison),
            Overall = ToDocument(scorecard.Summary.Overall),
            ByServiceArea = [.. scorecard.Summary.ByServiceArea.Select(a => new ServiceAreaDocument { ServiceArea = a.ServiceArea, Counts = ToDocument(a.Counts) })],
            Excluded = [.. scorecard.Summary.Exclusions.Select(e => new ExclusionDocument { Code = e.MeasureCode, Reason = ScorecardWords.Exclusion(e.Reason) })],
        },
        Rows = [.. scorecard.Rows.Select(ToDocument)],
    };

    private static CountsDocument ToDocument(SummaryCounts c) => new()
    {
        Measures = c.Measures,
        Green = c.Green,
        Amber = c.Amber,
        Red = c.Red,
        Blue = c.Blue,
        NoValue = c.NoValue,
        WithoutTarget = c.WithoutTarget,
        Improving = c.Improving,
        Worsening = c.Worsening,
        NoChange = c.NoChange,
        NoDirection = c.NoDirection,
        WithoutGoodDirection = c.WithoutGoodDirection,
    };

    private static RowDocument ToDocument(ScorecardRow row)
    {
        var m = row.Measure;
        return new RowDocument
        {
            Code = row.Code,
            Title = row.Title,
            ServiceArea = row.ServiceArea,
            Kind = JsonWords.Kinds.Word(m.Kind),
            Parent = row.ParentCode,
            Polarity = JsonWords.Polarities.Word(m.Polarity),
            ValueType = JsonWords.ValueKinds.Word(m.ValueType.Kind),
            Unit = m.ValueType.Unit,
            Per = m.ValueType.RatePer,
            Decimals = m.ValueType.Decimals,
            Period = row.Period.ToString(),
            PeriodLabel = row.PeriodLabel,
            OwnPeriod = row.HasOwnPeriod,
            State = ScorecardWords.State(row.State),
            Value = row.RoundedValue,
            ValueText = row.ValueText,
            Numerator = Figure(row.Numerator),
            Denominator = Figure(row.Denominator),
            Completeness = row.Completeness is { } c ? new CompletenessDocument { Present = c.PeriodsPresent, Expected = c.PeriodsExpected } : null,
            Target = row.Target is { } t
                ? new RowTargetDocument
                {
                    Value = t.Value,
                    Upper = t.UpperValue,
                    ToleranceBasis = t.Tolerance.Basis == ToleranceBasis.Points ? "points" : "fractionOfTarget",
                    Tolerance = t.Tolerance.Amount,
                    ToleranceWidth = t.Tolerance.WidthAround(t.Value),
                    Stretch = t.Stretch,
                    Text = ScorecardCells.Target(row) ?? string.Empty,
                }
                : null,
            Rag = new RagDocument { Status = ScorecardWords.Rag(row.Rag), Explanation = ScorecardWords.Explanation(row.Rag) },
            PreviousPeriod = ToDocument(row.VersusPreviousPeriod),
            SamePeriodLastYear = ToDocument(row.VersusSamePeriodLastYear),
            Comparisons = [.. row.Comparisons.Select(ToNamedDocument)],
            Benchmark = row.Benchmark is { } b
                ? new RowBenchmarkDocument
                {
                    Period = b.Benchmark.Period.ToString(),
                    PeriodLabel = b.PeriodLabel,
                    QuartileBand = b.QuartileBand.TryGetJudgement(out var band) && band is { } shown ? JsonWords.QuartileBands.Word(shown) : null,
                    Rank = b.Benchmark.Rank is { } rank && b.QuartileBand.TryGetJudgement(out _) ? new RankDocument { Position = rank.Position, Of = rank.Of, Shared = rank.IsShared } : null,
                    Significance = ScorecardCells.Significance(row) is { Length: > 0 } significance ? significance : null,
                    Comparisons = [.. (b.Comparisons.TryGetJudgement(out var comparisons) ? comparisons : []).Select(c => new ComparisonDocument
                    {
                        Comparator = c.Comparator.Name,
                        ComparatorValue = c.Comparator.Value,
                        Position = ScorecardWords.Position(c.Position),
                        Difference = c.Difference,
                        Explanation = c.Explanation,
                    })],
                }
                : null,
            History = [.. row.History.Select(p => new PointDocument { Period = p.Period.ToString(), PeriodLabel = p.PeriodLabel, State = ScorecardWords.State(p.State), Value = p.Value })],
            Suppression = ScorecardWords.Suppression(row.Suppression),
            InSummary = row.SummaryExclusion is null,
            SummaryExclusion = row.SummaryExclusion is { } reason ? ScorecardWords.Exclusion(reason) : null,
            Statistics = ToStatistics(row),
        };
    }

    private static StatisticsDocument ToStatistics(ScorecardRow row)
    {
        if (!row.Statistics.TryGetJudgement(out var s))
        {
            return new StatisticsDocument { Withheld = row.Statistics.WithheldExplanation };
        }

        int decimals = row.Measure.ValueType.Decimals + 2;
        decimal Round(double value) => (decimal)System.Math.Round(value, decimals, System.MidpointRounding.AwayFromZero);
        IntervalDocument? Interval(Calculation.ConfidenceInterval? i) => i is null ? null
            : new IntervalDocument { Level = i.Level.Percent, Lower = Round(i.Lower), Upper = Round(i.Upper), Method = StatisticsWords.MethodWord(i.Method) };
        var segment = s.Chart?.Segments[^1];
        var comparators = row.Benchmark?.Benchmark.Comparators ?? [];
        return new StatisticsDocument
        {
            Interval = Interval(s.Interval),
            OuterInterval = Interval(s.OuterInterval),
            IntervalNote = s.IntervalNote,
            Spc = new SpcDocument
            {
                Points = s.SpcPoints,
                PointsNeeded = s.SpcPointsNeeded,
                LatestPoint = s.LatestPoint is { } p ? StatisticsWords.PointWord(p) : null,
                Variation = s.Variation is { } v ? StatisticsWords.VariationWord(v) : null,
                VariationText = s.Variation is { } vt ? Judgements.Spc.SpcWording.Describe(vt) : null,
                Assurance = s.Assurance is { } a ? StatisticsWords.AssuranceWord(a) : null,
                AssuranceText = s.Assurance is { } at ? Judgements.Spc.SpcWording.Describe(at) : null,
                TrialLimits = s.Chart?.HasTrialLimits,
                Mean = segment is null ? null : Round(segment.Mean),
                LowerProcessLimit = segment is null ? null : Round(segment.LowerProcessLimit),
                UpperProcessLimit = segment is null ? null : Round(segment.UpperProcessLimit),
                Note = s.SpcNote,
            },
            RecentTrend = new RecentTrendDocument
            {
                Marker = StatisticsWords.TrendWord(s.RecentTrend.Marker),
                Text = s.RecentTrend.Describe(row.Measure.Polarity),
                ChiSquare = s.RecentTrend.ChiSquare is { } chi ? (decimal)System.Math.Round(chi, 4) : null,
                Reason = s.RecentTrend.Reason,
            },
            BenchmarkSignificance = [.. comparators.Zip(s.BenchmarkSignificance, (c, x) => new SignificanceDocument
            {
                Comparator = c.Name,
                ComparatorValue = c.Value,
                Position = ScorecardWords.Position(x.Position),
                SignificantAt = x.SignificantAt?.Percent,
                Explanation = x.Explanation,
            })],
            BenchmarkSignificanceNote = s.BenchmarkSignificanceNote,
        };
    }

    private static DirectionDocument ToDocument(ScorecardDirection d) => ToDocument<DirectionDocument>(d);

    private static T ToDocument<T>(ScorecardDirection d)
        where T : DirectionDocument, new() => new()
    {
        Period = d.Period.ToString(),
        PeriodLabel = d.PeriodLabel,
        Direction = ScorecardWords.Direction(d),
        EarlierValue = d.Travel.TryGetJudgement(out var travel) ? travel.Previous : null,
        Change = travel?.Change,
        RelativeChange = Fraction(travel?.RelativeChange),
        Share = Fraction(travel?.Share),
        Explanation = ScorecardWords.Explanation(d),
    };

    private static NamedComparisonDocument ToNamedDocument(ScorecardDirection d)
    {
        var document = ToDocument<NamedComparisonDocument>(d);
        document.Comparison = d.NamedComparison?.ToString() ?? string.Empty;
        document.Basis = d.PeriodsAveraged is null ? "asReported" : "periodAverage";
        document.PeriodsAveraged = d.PeriodsAveraged is { } n ? decimal.Round(n, 4, System.MidpointRounding.AwayFromZero) : null;
        return document;
    }

    // A fraction to four decimals: 0.27 is an increase of 27%, 0.9635 a share of 96%.
    private static decimal? Fraction(decimal? value) => value is { } v ? decimal.Round(v, 4, System.MidpointRounding.AwayFromZero) : null;

    // A mean of snapshots can have many decimals; two are plenty for a numerator or denominator.
    private static decimal? Figure(decimal? value) => value is { } v ? decimal.Round(v, 2, System.MidpointRounding.AwayFromZero) : null;
}
