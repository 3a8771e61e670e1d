using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Time;

/// <summary>A period type whose periods tile the timeline (month, quarter, years, term, half-term).</summary>
public readonly record struct TilingType(PeriodType Value);

/// <summary>A period together with the academic-year convention it was built with.</summary>
public readonly record struct PeriodUnderConvention(ReportingPeriod Period, AcademicYearConvention Convention)
{
    public override string ToString() => $"{Period} ({Period.Start:uuuu-MM-dd}..{Period.End:uuuu-MM-dd}) under first month {Convention.FirstMonth}, {Convention.CustomTermBoundaries.Count} custom years";
}

/// <summary>Named generators for the time layer's properties.</summary>
public static class PeriodArbitraries
{
    private static readonly LocalDate Earliest = new(1900, 1, 1);
    private static readonly PeriodType[] TilingTypes =
    [
        PeriodType.Month, PeriodType.Quarter, PeriodType.FinancialYear, PeriodType.CalendarYear,
        PeriodType.AcademicYear, PeriodType.Term, PeriodType.HalfTerm,
    ];

    /// <summary>Dates from 1900 to 2199, where reporting happens (and well beyond).</summary>
    public static Arbitrary<LocalDate> Date() => DateGen.ToArbitrary();

    public static Arbitrary<TilingType> Tiling() => Gen.Elements(TilingTypes).Select(t => new TilingType(t)).ToArbitrary();

    /// <summary>Conventions: 1 September, 1 August, 1 July, and 1 September with a council's own term dates for 2000–2030.</summary>
    public static Arbitrary<AcademicYearConvention> Convention() => ConventionGen.ToArbitrary();

    /// <summary>A period of any type under the default convention.</summary>
    public static Arbitrary<ReportingPeriod> Period() =>
        PeriodGen(Gen.Constant(AcademicYearConvention.Default)).Select(p => p.Period).ToArbitrary();

    /// <summary>A period of any type under any convention.</summary>
    public static Arbitrary<PeriodUnderConvention> PeriodWithConvention() => PeriodGen(ConventionGen).ToArbitrary();

    private static Gen<LocalDate> DateGen => Gen.Choose(0, 109_000).Select(d => Earliest.PlusDays(d));

    private static Gen<int> YearGen => Gen.Frequency(
        (4, Gen.Choose(1995, 2035)),
        (1, Gen.Choose(1900, 2199)));

    private static Gen<YearMonth> MonthGen => YearGen.SelectMany(y => Gen.Choose(1, 12).Select(m => new YearMonth(y, m)));

    private static Gen<AcademicYearConvention> ConventionGen => Gen.Frequency(
        (2, Gen.Constant(AcademicYearConvention.Default)),
        (1, Gen.Constant(AcademicYearConvention.FromAugust)),
        (1, Gen.Constant(AcademicYearConvention.StartingIn(7))),
        (2, CustomBoundariesGen));

    // A council's own term dates: each default boundary moved by up to a week, for 2000/01 to 2030/31.
    private static Gen<AcademicYearConvention> CustomBoundariesGen =>
        Gen.Choose(-7, 7).ArrayOf(5 * 31).Select(shifts =>
            AcademicYearConvention.Default.WithTermBoundaries(Enumerable.Range(0, 31).Select(i =>
            {
                var d = TermBoundaries.Default(2000 + i);
                return new TermBoundaries(
                    d.AcademicYear,
                    d.AutumnSecondHalfStart.PlusDays(shifts[5 * i]),
                    d.SpringStart.PlusDays(Math.Abs(shifts[(5 * i) + 1])),
                    d.SpringSecondHalfStart.PlusDays(shifts[(5 * i) + 2]),
                    d.SummerStart.PlusDays(shifts[(5 * i) + 3]),
                    d.SummerSecondHalfStart.PlusDays(shifts[(5 * i) + 4]));
            }).ToArray()));

    private static Gen<PeriodUnderConvention> PeriodGen(Gen<AcademicYearConvention> conventions) =>
        from c in conventions
        from kind in Gen.Choose(1, 12)
        from year in YearGen
        from month in MonthGen
        from n in Gen.Frequency((3, Gen.Choose(1, 36)), (1, Gen.Choose(1, ReportingPeriod.MaxRollingMonths)))
        from start in DateGen
        from length in Gen.Frequency((3, Gen.Choose(0, 400)), (1, Gen.Choose(0, 5000)))
        from part in Gen.Choose(1, 12)
        select new PeriodUnderConvention(
            (PeriodType)kind switch
            {
                PeriodType.Month => ReportingPeriod.Month(month),
                PeriodType.Quarter => ReportingPeriod.Quarter(year, ((part - 1) % 4) + 1),
                PeriodType.FinancialYear => ReportingPeriod.FinancialYear(year),
                PeriodType.CalendarYear => ReportingPeriod.CalendarYear(year),
                PeriodType.AcademicYear => ReportingPeriod.AcademicYear(year, c),
                PeriodType.Term => ReportingPeriod.Term(year, (SchoolTerm)(((part - 1) % 3) + 1), c),
                PeriodType.HalfTerm => ReportingPeriod.HalfTerm(year, (HalfTerm)(((part - 1) % 6) + 1), c),
                PeriodType.RollingMonths => ReportingPeriod.RollingMonths(n, month),
                PeriodType.FinancialYearToDate => ReportingPeriod.FinancialYearToDate(month),
                PeriodType.AcademicYearToDate => ReportingPeriod.AcademicYearToDate(month, c),
                PeriodType.CalendarYearToDate => ReportingPeriod.CalendarYearToDate(month),
                _ => ReportingPeriod.DateRange(start, start.PlusDays(length)),
            },
            c);
}
