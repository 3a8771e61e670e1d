using Measures.Time;
using NodaTime;

namespace Measures.Tests.Time;

/// <summary>A council's published term dates drive both its school days and its termly reporting periods.</summary>
public sealed class CouncilTermDatesTests
{
    // Solihull Metropolitan Borough Council, term dates 2024/25 for community schools, as published at
    // https://www.solihull.gov.uk/schools-and-learning/school-term-dates. The summer term begins on
    // Monday 28 April 2025, a week after Easter Monday, where the default boundaries put it.
    private static readonly SchoolTermDates Solihull = new(
        "Solihull",
        [
            new AcademicYearTermDates(
                2024,
                [
                    new TermDates(SchoolTerm.Autumn, new LocalDate(2024, 9, 2), new LocalDate(2024, 12, 20), new DateInterval(new LocalDate(2024, 10, 28), new LocalDate(2024, 11, 1))),
                    new TermDates(SchoolTerm.Spring, new LocalDate(2025, 1, 6), new LocalDate(2025, 4, 11), new DateInterval(new LocalDate(2025, 2, 17), new LocalDate(2025, 2, 21))),
                    new TermDates(SchoolTerm.Summer, new LocalDate(2025, 4, 28), new LocalDate(2025, 7, 21), new DateInterval(new LocalDate(2025, 5, 26), new LocalDate(2025, 5, 30))),
                ]),
        ]);

    [Fact]
    public void The_boundaries_follow_the_published_dates()
    {
        var boundaries = Solihull[2024].ToTermBoundaries();
        Assert.Equal(
            new TermBoundaries(2024, new LocalDate(2024, 11, 4), new LocalDate(2025, 1, 6), new LocalDate(2025, 2, 24), new LocalDate(2025, 4, 28), new LocalDate(2025, 6, 2)),
            boundaries);
        var convention = Solihull.ToAcademicYearConvention();
        Assert.Equal(boundaries, convention.GetTermBoundaries(2024));
        Assert.Equal(TermBoundaries.Default(2025), convention.GetTermBoundaries(2025));
        Assert.Equal(9, convention.FirstMonth);
        Assert.Equal(8, Solihull.ToAcademicYearConvention(AcademicYearConvention.FromAugust).FirstMonth);
    }

    [Fact]
    public void Every_school_day_lies_in_the_term_and_half_term_periods_of_its_term()
    {
        var schools = new SchoolDayCalendar(Solihull, BankHolidayRegion.EnglandAndWales);
        var convention = Solihull.ToAcademicYearConvention();
        int schoolDays = 0;
        foreach (TermDates term in Solihull[2024].Terms)
        {
            var termPeriod = ReportingPeriod.Term(2024, term.Term, convention);
            var firstHalf = ReportingPeriod.HalfTerm(2024, (HalfTerm)((2 * (int)term.Term) - 1), convention);
            var secondHalf = ReportingPeriod.HalfTerm(2024, (HalfTerm)(2 * (int)term.Term), convention);
            Assert.True(termPeriod.Contains(term.Start), $"{termPeriod} holds the first day of the {term.Term} term");
            for (LocalDate day = schools.FirstDate; day <= schools.LastDate; day = day.PlusDays(1))
            {
                bool inThisTerm = day >= term.Start && day <= term.End && schools.IsSchoolDay(day);
                if (!inThisTerm)
                {
                    continue;
                }

                schoolDays++;
                Assert.True(termPeriod.Contains(day), $"{day} is a school day of the {term.Term} term, so it is in {termPeriod}");
                Assert.Equal(termPeriod, ReportingPeriod.Containing(PeriodType.Term, day, convention));
                var half = day < term.HalfTerm!.Start ? firstHalf : secondHalf;
                Assert.True(half.Contains(day), $"{day} is in {half}");
                Assert.Equal(half, ReportingPeriod.Containing(PeriodType.HalfTerm, day, convention));
            }

            // The half-term holiday belongs to the first half, and the second half begins on the first day back.
            Assert.True(firstHalf.Contains(term.HalfTerm!.End));
            Assert.Equal(term.HalfTerm.End.PlusDays(3), secondHalf.Start);
        }

        Assert.True(schoolDays > 180, $"{schoolDays} school days were checked");
    }

    [Fact]
    public void Days_that_the_default_boundaries_would_misplace_follow_the_council()
    {
        var convention = Solihull.ToAcademicYearConvention();
        var lastDayOfEaster = new LocalDate(2025, 4, 25);
        var firstDayOfSummer = new LocalDate(2025, 4, 28);
        Assert.Equal(ReportingPeriod.Term(2024, SchoolTerm.Summer), ReportingPeriod.Containing(PeriodType.Term, lastDayOfEaster));
        Assert.Equal(ReportingPeriod.Term(2024, SchoolTerm.Spring, convention), ReportingPeriod.Containing(PeriodType.Term, lastDayOfEaster, convention));
        Assert.Equal(firstDayOfSummer, ReportingPeriod.Term(2024, SchoolTerm.Summer, convention).Start);
        Assert.Equal(ReportingPeriod.Term(2024, SchoolTerm.Summer, convention), ReportingPeriod.Term(2024, SchoolTerm.Spring, convention).Next(convention));
    }

    [Fact]
    public void A_term_without_a_half_term_splits_at_the_default_boundary()
    {
        var year = new AcademicYearTermDates(
            2024,
            [
                new TermDates(SchoolTerm.Autumn, new LocalDate(2024, 9, 2), new LocalDate(2024, 12, 20)),
                Solihull[2024].Spring,
                Solihull[2024].Summer,
            ]);
        Assert.Equal(TermBoundaries.Default(2024).AutumnSecondHalfStart, year.ToTermBoundaries().AutumnSecondHalfStart);
    }

    [Fact]
    public void The_convention_needs_a_convention_to_start_from()
    {
        Assert.Throws<System.ArgumentNullException>(() => Solihull.ToAcademicYearConvention(null!));
    }
}
