using Measures.Time;
using NodaTime;

namespace Measures.Tests.Time;

public sealed class EasterTests
{
    // Easter Sunday dates as listed by the UK Government's bank-holiday feed
    // (https://www.gov.uk/bank-holidays: Good Friday is two days before, Easter Monday one day after)
    // and the Astronomical Applications Department of the US Naval Observatory's Easter table.
    [Theory]
    [InlineData(2012, 4, 8)]
    [InlineData(2016, 3, 27)]
    [InlineData(2019, 4, 21)]
    [InlineData(2020, 4, 12)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void Sunday_matches_published_dates(int year, int month, int day)
    {
        Assert.Equal(new LocalDate(year, month, day), Easter.Sunday(year));
    }

    [FsCheck.Xunit.Property]
    public bool Sunday_is_always_a_sunday_between_22_March_and_25_April(ushort seed)
    {
        int year = 1583 + (seed % 8000);
        LocalDate easter = Easter.Sunday(year);
        return easter.DayOfWeek == IsoDayOfWeek.Sunday
            && easter >= new LocalDate(year, 3, 22)
            && easter <= new LocalDate(year, 4, 25);
    }
}
