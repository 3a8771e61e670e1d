using System.Text.Json.Serialization;

namespace Measures.Time;

/// <summary>The kind of a <see cref="ReportingPeriod"/>: a calendar unit or a reporting window.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PeriodType>))]
public enum PeriodType : byte
{
    /// <summary>A calendar month.</summary>
    Month = 1,

    /// <summary>A financial-year quarter: Q1 is April–June … Q4 is January–March.</summary>
    Quarter = 2,

    /// <summary>A financial year, 1 April to 31 March, written "2023/24".</summary>
    FinancialYear = 3,

    /// <summary>A calendar year, 1 January to 31 December.</summary>
    CalendarYear = 4,

    /// <summary>An academic year, 1 September (by default) to 31 August.</summary>
    AcademicYear = 5,

    /// <summary>A school term (autumn, spring or summer) of an academic year.</summary>
    Term = 6,

    /// <summary>Half of a school term.</summary>
    HalfTerm = 7,

    /// <summary>A window of N whole months ending with a month ("rolling 12 months to July 2023").</summary>
    RollingMonths = 8,

    /// <summary>From the start of a financial year to the end of a month in it.</summary>
    FinancialYearToDate = 9,

    /// <summary>From the start of an academic year to the end of a month in it.</summary>
    AcademicYearToDate = 10,

    /// <summary>A plain inclusive range of dates.</summary>
    DateRange = 11,

    /// <summary>From 1 January to the end of a month of the same year ("Jan to Sep 2019").</summary>
    CalendarYearToDate = 12,
}
