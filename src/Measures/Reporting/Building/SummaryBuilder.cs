using System.Collections.Generic;
using System.Linq;
using Measures.Definitions;
using Measures.Judgements;

namespace Measures.Reporting.Building;

/// <summary>Counts a scorecard's rows as councils summarise them.</summary>
internal static class SummaryBuilder
{
    public static ScorecardSummary Summarise(IReadOnlyList<ScorecardRow> rows, ComparisonPeriod direction)
    {
        var counted = rows.Where(r => r.SummaryExclusion is null).ToList();
        var areas = counted.Select(r => r.ServiceArea).Distinct().Select(area => new ServiceAreaSummary(area, Count(counted.Where(r => r.ServiceArea == area), direction)));
        var exclusions = rows.Where(r => r.SummaryExclusion is not null).Select(r => new SummaryExclusion(r.Code, r.SummaryExclusion!.Value));
        return new ScorecardSummary(Count(counted, direction), [.. areas], [.. exclusions], direction);
    }

    private static SummaryCounts Count(IEnumerable<ScorecardRow> rows, ComparisonPeriod comparison)
    {
        int measures = 0, green = 0, amber = 0, red = 0, blue = 0, noValue = 0, withoutTarget = 0;
        int improving = 0, worsening = 0, noChange = 0, noDirection = 0, withoutGoodDirection = 0;
        foreach (var row in rows)
        {
            measures++;
            switch (row.Rag.TryGetJudgement(out var rating) ? rating.Status : RagStatus.NoValue)
            {
                case RagStatus.Green: green++; break;
                case RagStatus.Amber: amber++; break;
                case RagStatus.Red: red++; break;
                case RagStatus.Blue: blue++; break;
                case RagStatus.NoValue: noValue++; break;
                default: withoutTarget++; break;
            }

            if (row.Measure.Polarity is not (Polarity.HigherIsBetter or Polarity.LowerIsBetter))
            {
                withoutGoodDirection++;
                continue;
            }

            var travel = comparison == ComparisonPeriod.PreviousPeriod ? row.VersusPreviousPeriod : row.VersusSamePeriodLastYear;
            switch (travel.Travel.TryGetJudgement(out var shown) ? shown.Direction : Direction.NotAvailable)
            {
                case Direction.Improving: improving++; break;
                case Direction.Worsening: worsening++; break;
                case Direction.NoChange: noChange++; break;
                default: noDirection++; break;
            }
        }

        return new SummaryCounts
        {
            Measures = measures,
            Green = green,
            Amber = amber,
            Red = red,
            Blue = blue,
            NoValue = noValue,
            WithoutTarget = withoutTarget,
            Improving = improving,
            Worsening = worsening,
            NoChange = noChange,
            NoDirection = noDirection,
            WithoutGoodDirection = withoutGoodDirection,
        };
    }
}
