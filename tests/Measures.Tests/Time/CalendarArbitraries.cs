using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Time;

/// <summary>A working-day calendar under test, with the plain definition of a working day it should follow.</summary>
public sealed record WorkingDayCase(string Name, WorkingDayCalendar Calendar, BankHolidayRegion Region, IReadOnlySet<LocalDate> ClosureDays)
{
    /// <summary>The definition, day by day: a weekday that is neither a bank holiday of the region nor a closure day.</summary>
    public bool IsWorkingDayByDefinition(LocalDate date) =>
        date.DayOfWeek < IsoDayOfWeek.Saturday
        && !BankHolidays.For(Region, date.Year).Contains(date)
        && !ClosureDays.Contains(date);

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>, counted one day at a time.</summary>
    public int CountByDefinition(LocalDate from, LocalDate to)
    {
        int sign = to >= from ? 1 : -1;
        (LocalDate a, LocalDate b) = to >= from ? (from, to) : (to, from);
        int n = 0;
        for (var d = a.PlusDays(1); d <= b; d = d.PlusDays(1))
        {
            n += IsWorkingDayByDefinition(d) ? 1 : 0;
        }

        return sign * n;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>A date well inside the working-day calendars' range (1990–2185), so that moving a few thousand working days stays inside it.</summary>
public readonly record struct CoveredDate(LocalDate Value)
{
    /// <inheritdoc />
    public override string ToString() => Value.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A span of up to about two years, short enough to count day by day.</summary>
public readonly record struct ShortSpan(LocalDate From, LocalDate To);

/// <summary>A number of working days to move, mostly small, up to ±3000 (about twelve years).</summary>
public readonly record struct DayCount(int Value);

/// <summary>Named FsCheck arbitraries for working days, school days and term dates.</summary>
public static class CalendarArbitraries
{
    private static readonly LocalDate Low = new(1990, 1, 1);
    private static readonly LocalDate High = new(2185, 12, 31);

    private static readonly Lazy<WorkingDayCase[]> Cases = new(() =>
    {
        var christmas = new HashSet<LocalDate>();
        for (int year = 1974; year <= 2199; year++)
        {
            for (int day = 27; day <= 31; day++)
            {
                christmas.Add(new LocalDate(year, 12, day));
            }
        }

        // Scattered closure days, some on weekends and bank holidays, to exercise merging.
        var scattered = new HashSet<LocalDate>();
        var random = new Random(20240301);
        for (int i = 0; i < 400; i++)
        {
            scattered.Add(Low.PlusDays(random.Next(0, Period.DaysBetween(Low, High))));
        }

        return
        [
            new("England and Wales", WorkingDayCalendar.EnglandAndWales, BankHolidayRegion.EnglandAndWales, new HashSet<LocalDate>()),
            new("Scotland", WorkingDayCalendar.Scotland, BankHolidayRegion.Scotland, new HashSet<LocalDate>()),
            new("Northern Ireland", WorkingDayCalendar.NorthernIreland, BankHolidayRegion.NorthernIreland, new HashSet<LocalDate>()),
            new(
                "England and Wales, closed 27–31 December",
                WorkingDayCalendar.EnglandAndWales.WithAnnualClosure(new AnnualDate(12, 27), new AnnualDate(12, 31)),
                BankHolidayRegion.EnglandAndWales,
                christmas),
            new(
                "Scotland with 400 scattered closure days",
                WorkingDayCalendar.Scotland.WithClosureDays(scattered),
                BankHolidayRegion.Scotland,
                scattered),
        ];
    });

    /// <summary>One of five calendars: the three regions, a council's Christmas closure, scattered closures.</summary>
    public static Arbitrary<WorkingDayCase> WorkingDayCases() => Gen.Elements(Cases.Value).ToArbitrary();

    /// <summary>Dates from 1990 to 2185.</summary>
    public static Arbitrary<CoveredDate> CoveredDates() => DateGen.Select(d => new CoveredDate(d)).ToArbitrary();

    /// <summary>Spans of 0 to 800 days, in either direction.</summary>
    public static Arbitrary<ShortSpan> ShortSpans() =>
        (from start in DateGen
         from length in Gen.Choose(-800, 800)
         select new ShortSpan(start, start.PlusDays(length))).ToArbitrary();

    /// <summary>Counts of working days: mostly within a year, sometimes up to ±3000.</summary>
    public static Arbitrary<DayCount> DayCounts() =>
        Gen.Frequency(
            (4, Gen.Choose(-30, 30)),
            (3, Gen.Choose(-260, 260)),
            (1, Gen.Choose(-3000, 3000)))
        .Select(n => new DayCount(n))
        .ToArbitrary();

    /// <summary>A council's term dates for one to four consecutive academic years starting between 2000 and 2035.</summary>
    public static Arbitrary<SchoolTermDates> TermDates() =>
        (from firstYear in Gen.Choose(2000, 2035)
         from count in Gen.Choose(1, 4)
         from years in Gen.CollectToArray(Enumerable.Range(firstYear, count), YearGen)
         from name in Gen.Elements("Rotherham", "Kirklees", "St Mary’s \"Infants\" <federation>", string.Empty)
         select new SchoolTermDates(name, years)).ToArbitrary();

    private static Gen<LocalDate> DateGen =>
        Gen.Choose(0, Period.DaysBetween(Low, High)).Select(d => Low.PlusDays(d));

    private static Gen<AcademicYearTermDates> YearGen(int startYear) =>
        from autumn in TermGen(SchoolTerm.Autumn, new LocalDate(startYear, 9, 1), 6, new LocalDate(startYear, 10, 20), new LocalDate(startYear, 12, 15))
        from spring in TermGen(SchoolTerm.Spring, new LocalDate(startYear + 1, 1, 2), 7, new LocalDate(startYear + 1, 2, 10), new LocalDate(startYear + 1, 3, 22))
        from summer in TermGen(SchoolTerm.Summer, new LocalDate(startYear + 1, 4, 8), 14, new LocalDate(startYear + 1, 5, 22), new LocalDate(startYear + 1, 7, 15))
        from candidates in Gen.ListOf(Gen.Choose(0, 330), 5)
        select new AcademicYearTermDates(startYear, [autumn, spring, summer], InsetDays(startYear, [autumn, spring, summer], candidates));

    private static Gen<TermDates> TermGen(SchoolTerm term, LocalDate earliestStart, int startSpread, LocalDate halfTermFrom, LocalDate earliestEnd) =>
        from start in Gen.Choose(0, startSpread)
        from halfStart in Gen.Choose(0, 9)
        from halfLength in Gen.Choose(0, 8)
        from hasHalfTerm in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
        from end in Gen.Choose(0, 10)
        select new TermDates(
            term,
            earliestStart.PlusDays(start),
            earliestEnd.PlusDays(end),
            hasHalfTerm ? new DateInterval(halfTermFrom.PlusDays(halfStart), halfTermFrom.PlusDays(halfStart + halfLength)) : null);

    // INSET days from day offsets after 1 September: those that land on a weekday in term time.
    private static List<LocalDate> InsetDays(int startYear, TermDates[] terms, IEnumerable<int> offsets) =>
        offsets.Select(o => new LocalDate(startYear, 9, 1).PlusDays(o))
            .Where(d => d.DayOfWeek < IsoDayOfWeek.Saturday && terms.Any(t => t.IsTermTime(d)))
            .Distinct()
            .ToList();
}
