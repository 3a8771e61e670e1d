using System;
using Measures.Definitions;
using Measures.Time;
using NodaTime;

namespace Measures.Reporting.Building;

/// <summary>
/// Decides which period a measure's value in a scorecard is for, and finds its aggregate.
/// </summary>
/// <remarks>
/// <para>
/// A measure reported at least as often as the scorecard is rolled up to the scorecard's period; one
/// over a window (rolling months, a year to date) takes the window ending with the scorecard's last
/// month. Either, when its data lag, steps back to the latest window with complete data within the lag.
/// </para>
/// <para>
/// A measure reported less often (termly, for an academic or calendar year), or whose observations are
/// for longer periods than the scorecard's, shows the latest of its own periods: one that has ended by the
/// scorecard's last day when it is made up of shorter observations, or, when one observation covers the
/// whole period (an academic year's outcome, a term's figure), one that has begun by then, since such a
/// figure exists only once it is published. Only the latest such period is looked at, and earlier ones
/// within the measure's data lag.
/// </para>
/// </remarks>
internal sealed class ValueLocator
{
    private readonly ReportingPeriod scorecardPeriod;
    private readonly ScorecardOptions options;
    private readonly AcademicYearConvention convention;

    public ValueLocator(ReportingPeriod scorecardPeriod, ScorecardOptions options)
    {
        this.scorecardPeriod = scorecardPeriod;
        this.options = options;
        convention = options.AcademicYearConvention;
    }

    /// <summary>The slot a measure's value is shown for, and its aggregate there.</summary>
    public (Slot Slot, Composition Composition) Locate(MeasureDefinition measure, MeasureSeries? series)
    {
        LocalDate reach = scorecardPeriod.End.PlusMonths(-LagMonths(measure.DataLag));
        bool lagged = measure.DataLag is not null;
        if (Ideal(measure, series) is { } ideal)
        {
            if (series is null)
            {
                return (ideal, default);
            }

            return lagged ? Search(ideal, series, reach, ownType: false, Interval(measure)) : (ideal, series.Compose(ideal.Period, convention));
        }

        var type = OwnType(measure, series, scorecardPeriod.End, convention);
        var latest = ReportingPeriod.Containing(type, scorecardPeriod.End, convention);
        bool toEndOfTerm = measure.PeriodType == PeriodType.AcademicYearToDate && type is PeriodType.Term or PeriodType.HalfTerm;
        var first = toEndOfTerm ? Slot.ToEndOfTerm(latest, convention) : Slot.Natural(latest);
        if (series is null)
        {
            return (first, default);
        }

        return Search(first, series, reach, ownType: !toEndOfTerm && series.Frequency == type, Interval(measure));
    }

    /// <summary>How many months a step back goes for a window: the longer of the scorecard's period and the measure's reporting interval.</summary>
    public int Cadence(MeasureDefinition measure) => Math.Max(
        PeriodTiling.Months(scorecardPeriod.Type),
        measure.Frequency switch
        {
            ReportingFrequency.Quarterly => 3,
            ReportingFrequency.Termly => 4,
            ReportingFrequency.Annually => 12,
            _ => 1,
        });

    // A lagged window is looked for at each of the measure's own reporting points (a quarterly
    // youth-justice rate is found at the latest quarter the lag allows), while its comparisons
    // keep stepping by the cadence.
    private static int Interval(MeasureDefinition measure) => measure.Frequency switch
    {
        ReportingFrequency.Quarterly => 3,
        ReportingFrequency.Termly => 4,
        ReportingFrequency.Annually => 12,
        _ => 1,
    };

    private static int LagMonths(Period? lag) => lag is null ? 0 : checked((lag.Years * 12) + lag.Months + (int)Math.Ceiling(((lag.Weeks * 7) + lag.Days) / 30.0));

    private static bool EndsAMonth(LocalDate date) => date.PlusDays(1).Day == 1;

    /// <summary>The slot derived from the scorecard's own period, or null when the measure shows its own periods instead.</summary>
    private Slot? Ideal(MeasureDefinition measure, MeasureSeries? series)
    {
        var p = scorecardPeriod;
        bool monthEnd = EndsAMonth(p.End);
        Slot? ideal = measure.PeriodType switch
        {
            PeriodType.RollingMonths when monthEnd =>
                new Slot(ReportingPeriod.RollingMonths(measure.RollingMonths ?? options.RollingWindowMonths, p.EndMonth), SlotKind.MonthWindow, default, Cadence(measure)),
            PeriodType.FinancialYearToDate when monthEnd => Window(ReportingPeriod.FinancialYearToDate(p.EndMonth), PeriodType.FinancialYear, measure),
            PeriodType.CalendarYearToDate when monthEnd => Window(ReportingPeriod.CalendarYearToDate(p.EndMonth), PeriodType.CalendarYear, measure),
            PeriodType.AcademicYearToDate when monthEnd && series?.Frequency is not (PeriodType.Term or PeriodType.HalfTerm) =>
                Window(ReportingPeriod.AcademicYearToDate(p.EndMonth, convention), PeriodType.AcademicYear, measure),
            PeriodType.DateRange => Slot.Natural(p),
            var type when PeriodTiling.IsTiling(type) && (type == p.Type || PeriodTiling.Tile(p, type, convention) is not null) => Slot.Natural(p),
            _ => null,
        };

        // Observations for longer periods than the slot (annual figures for a monthly measure) cannot make it up.
        // A figure given for the slot itself (a system's year-to-date total) stands for it whatever the rows' periods.
        if (ideal is { } slot && series is not null && series.Frequency != slot.Period.Type && !series.HasFigureFor(slot.Period)
            && PeriodTiling.Tile(slot.Period, series.Frequency, convention) is null)
        {
            return null;
        }

        return ideal;
    }

    /// <summary>A year-to-date window, or the whole year when it covers it.</summary>
    private Slot Window(ReportingPeriod window, PeriodType yearType, MeasureDefinition measure)
    {
        var year = ReportingPeriod.Containing(yearType, window.Start, convention);
        return year.Start == window.Start && year.End == window.End
            ? Slot.Natural(year)
            : new Slot(window, SlotKind.MonthWindow, default, Cadence(measure));
    }

    /// <summary>The type of the periods a measure shows when it does not follow the scorecard's period.</summary>
    /// <remarks>
    /// The measure's own period type, unless its observations cannot make such periods up (annual figures for
    /// a monthly measure, financial-year figures for an academic-year one): then the observations' own periods.
    /// </remarks>
    private static PeriodType OwnType(MeasureDefinition measure, MeasureSeries? series, LocalDate end, AcademicYearConvention convention)
    {
        var type = PeriodTiling.IsTiling(measure.PeriodType) ? measure.PeriodType : series?.Frequency ?? PeriodType.Month;
        if (series is not null && series.Frequency != type
            && (!PeriodTiling.IsTiling(measure.PeriodType)
                || PeriodTiling.Months(series.Frequency) > PeriodTiling.Months(type)
                || PeriodTiling.Tile(ReportingPeriod.Containing(type, end, convention), series.Frequency, convention) is null))
        {
            type = series.Frequency;
        }

        return type;
    }

    /// <summary>
    /// Steps back from <paramref name="first"/> while within reach, taking the first eligible slot with data
    /// that stands for its whole period, else the first eligible slot with any data, else the first eligible slot.
    /// </summary>
    private (Slot, Composition) Search(Slot first, MeasureSeries series, LocalDate reach, bool ownType, int intervalMonths)
    {
        Slot? firstEligible = null;
        (Slot, Composition)? firstWithData = null;
        int cadence = first.StepMonths;
        var slot = first.Kind == SlotKind.MonthWindow ? first with { StepMonths = Math.Min(intervalMonths, cadence) } : first;
        for (int step = 0; step < 256; step++)
        {
            // An observation for a whole period counts once the period has begun; one made up of shorter observations once it has ended.
            bool eligible = ownType ? slot.Period.Start <= scorecardPeriod.End : slot.Period.End <= scorecardPeriod.End;
            if (eligible)
            {
                firstEligible ??= slot;
                var composition = series.Compose(slot.Period, convention);
                if (composition.IsUsable)
                {
                    return (slot with { StepMonths = cadence }, composition);
                }

                if (composition.HasData)
                {
                    firstWithData ??= (slot with { StepMonths = cadence }, composition);
                }
            }

            // The next slot back is within reach while this one ends after the reach date.
            if (slot.Period.End <= reach)
            {
                break;
            }

            slot = slot.Previous(convention);
        }

        return firstWithData ?? ((firstEligible ?? first) with { StepMonths = cadence }, default);
    }
}
