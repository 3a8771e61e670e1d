using System.Collections.Generic;

namespace Measures.Reporting.Json;

internal sealed class StatisticsDocument
{
    public string? Withheld { get; init; }

    public IntervalDocument? Interval { get; init; }

    public IntervalDocument? OuterInterval { get; init; }

    public string? IntervalNote { get; init; }

    public SpcDocument? Spc { get; init; }

    public RecentTrendDocument? RecentTrend { get; init; }

    public List<SignificanceDocument>? BenchmarkSignificance { get; init; }

    public string? BenchmarkSignificanceNote { get; init; }
}

internal sealed class IntervalDocument
{
    public decimal Level { get; init; }

    public decimal Lower { get; init; }

    public decimal Upper { get; init; }

    public required string Method { get; init; }
}

internal sealed class SpcDocument
{
    public int Points { get; init; }

    public int PointsNeeded { get; init; }

    public string? LatestPoint { get; init; }

    public string? Variation { get; init; }

    public string? VariationText { get; init; }

    public string? Assurance { get; init; }

    public string? AssuranceText { get; init; }

    public bool? TrialLimits { get; init; }

    public decimal? Mean { get; init; }

    public decimal? LowerProcessLimit { get; init; }

    public decimal? UpperProcessLimit { get; init; }

    public required string Note { get; init; }
}

internal sealed class RecentTrendDocument
{
    public required string Marker { get; init; }

    public required string Text { get; init; }

    public decimal? ChiSquare { get; init; }

    public required string Reason { get; init; }
}

internal sealed class SignificanceDocument
{
    public required string Comparator { get; init; }

    public decimal ComparatorValue { get; init; }

    public required string Position { get; init; }

    public decimal? SignificantAt { get; init; }

    public required string Explanation { get; init; }
}
