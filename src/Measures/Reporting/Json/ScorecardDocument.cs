using System.Collections.Generic;

namespace Measures.Reporting.Json;

// The scorecard JSON document, version 1, as docs/reference/scorecard.schema.json describes it. Every
// member is always written (null when there is nothing to say), so that consumers see a stable shape.
#pragma warning disable CA1812 // Instantiated by the source-generated serialiser.
#pragma warning disable CA1002 // List<T> keeps the source-generated contract simple.

internal sealed class ScorecardDocument
{
    public int Version { get; init; }

    public required string Title { get; init; }

    public required string Period { get; init; }

    public required string PeriodLabel { get; init; }

    public required string Audience { get; init; }

    public SuppressionPolicyDocument? SuppressionPolicy { get; init; }

    public required SummaryDocument Summary { get; init; }

    public required List<RowDocument> Rows { get; init; }
}

internal sealed class SuppressionPolicyDocument
{
    public int Threshold { get; init; }

    public int RoundCountsTo { get; init; }

    public bool SuppressZeros { get; init; }
}

internal sealed class SummaryDocument
{
    public required string DirectionComparedWith { get; init; }

    public required CountsDocument Overall { get; init; }

    public required List<ServiceAreaDocument> ByServiceArea { get; init; }

    public required List<ExclusionDocument> Excluded { get; init; }
}

internal sealed class CountsDocument
{
    public int Measures { get; init; }

    public int Green { get; init; }

    public int Amber { get; init; }

    public int Red { get; init; }

    public int Blue { get; init; }

    public int NoValue { get; init; }

    public int WithoutTarget { get; init; }

    public int Improving { get; init; }

    public int Worsening { get; init; }

    public int NoChange { get; init; }

    public int NoDirection { get; init; }

    public int WithoutGoodDirection { get; init; }
}

internal sealed class ServiceAreaDocument
{
    public required string ServiceArea { get; init; }

    public required CountsDocument Counts { get; init; }
}

internal sealed class ExclusionDocument
{
    public required string Code { get; init; }

    public required string Reason { get; init; }
}

internal sealed class RowDocument
{
    public required string Code { get; init; }

    public required string Title { get; init; }

    public required string ServiceArea { get; init; }

    public required string Kind { get; init; }

    public string? Parent { get; init; }

    public required string Polarity { get; init; }

    public required string ValueType { get; init; }

    public required string Unit { get; init; }

    public long? Per { get; init; }

    public int Decimals { get; init; }

    public required string Period { get; init; }

    public required string PeriodLabel { get; init; }

    public bool OwnPeriod { get; init; }

    public required string State { get; init; }

    public decimal? Value { get; init; }

    public required string ValueText { get; init; }

    public decimal? Numerator { get; init; }

    public decimal? Denominator { get; init; }

    public CompletenessDocument? Completeness { get; init; }

    public RowTargetDocument? Target { get; init; }

    public required RagDocument Rag { get; init; }

    public required DirectionDocument PreviousPeriod { get; init; }

    public required DirectionDocument SamePeriodLastYear { get; init; }

    public required List<NamedComparisonDocument> Comparisons { get; init; }

    public RowBenchmarkDocument? Benchmark { get; init; }

    public required List<PointDocument> History { get; init; }

    public required string Suppression { get; init; }

    public bool InSummary { get; init; }

    public string? SummaryExclusion { get; init; }

    public required StatisticsDocument Statistics { get; init; }
}

internal sealed class CompletenessDocument
{
    public int Present { get; init; }

    public int Expected { get; init; }
}

internal sealed class RowTargetDocument
{
    public decimal Value { get; init; }

    public decimal? Upper { get; init; }

    public required string ToleranceBasis { get; init; }

    public decimal Tolerance { get; init; }

    public decimal ToleranceWidth { get; init; }

    public decimal? Stretch { get; init; }

    public required string Text { get; init; }
}

internal sealed class RagDocument
{
    public required string Status { get; init; }

    public required string Explanation { get; init; }
}

// A direction of travel; a named comparison is one with what it was compared with added.
internal class DirectionDocument
{
    public string Period { get; init; } = string.Empty;

    public string PeriodLabel { get; init; } = string.Empty;

    public string Direction { get; init; } = string.Empty;

    public decimal? EarlierValue { get; init; }

    public decimal? Change { get; init; }

    public decimal? RelativeChange { get; init; }

    public decimal? Share { get; init; }

    public string Explanation { get; init; } = string.Empty;
}

internal sealed class NamedComparisonDocument : DirectionDocument
{
    public string Comparison { get; set; } = string.Empty;

    public string Basis { get; set; } = string.Empty;

    public decimal? PeriodsAveraged { get; set; }
}

internal sealed class RowBenchmarkDocument
{
    public required string Period { get; init; }

    public required string PeriodLabel { get; init; }

    public string? QuartileBand { get; init; }

    public required List<ComparisonDocument> Comparisons { get; init; }

    public RankDocument? Rank { get; init; }

    public string? Significance { get; init; }
}

internal sealed class RankDocument
{
    public required int Position { get; init; }

    public required int Of { get; init; }

    public required bool Shared { get; init; }
}

internal sealed class ComparisonDocument
{
    public required string Comparator { get; init; }

    public decimal ComparatorValue { get; init; }

    public required string Position { get; init; }

    public decimal? Difference { get; init; }

    public required string Explanation { get; init; }
}

internal sealed class PointDocument
{
    public required string Period { get; init; }

    public required string PeriodLabel { get; init; }

    public required string State { get; init; }

    public decimal? Value { get; init; }
}
