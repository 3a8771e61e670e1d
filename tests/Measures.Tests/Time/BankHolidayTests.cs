using System;
using System.Linq;
using Measures.Tests.Time.Data;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Time;

public sealed class BankHolidayTests
{
    public static TheoryData<BankHolidayRegion, int> GovUkYears() => Years(GovUkBankHolidays.LastYear);

    // Titles after 2022 are reconstructed, not taken from a copy of the feed, so they are not evidence.
    public static TheoryData<BankHolidayRegion, int> GovUkYearsCheckedAgainstFeed() => Years(GovUkBankHolidays.LastYearCheckedAgainstFeed);

    private static TheoryData<BankHolidayRegion, int> Years(int lastYear)
    {
        var data = new TheoryData<BankHolidayRegion, int>();
        foreach (var region in new[] { BankHolidayRegion.EnglandAndWales, BankHolidayRegion.Scotland, BankHolidayRegion.NorthernIreland })
        {
            for (int year = GovUkBankHolidays.FirstYear; year <= lastYear; year++)
            {
                data.Add(region, year);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GovUkYears))]
    public void Dates_match_those_GOV_UK_publishes(BankHolidayRegion region, int year)
    {
        var published = GovUkBankHolidays.Events().Where(e => e.Region == region && e.Date.Year == year).Select(e => e.Date).ToArray();
        var computed = BankHolidays.For(region, year).Select(h => h.Date).ToArray();
        Assert.Equal(published, computed);
    }

    [Theory]
    [MemberData(nameof(GovUkYearsCheckedAgainstFeed))]
    public void Names_match_GOV_UK_titles_for_the_years_checked_against_its_feed(BankHolidayRegion region, int year)
    {
        var published = GovUkBankHolidays.Events().Where(e => e.Region == region && e.Date.Year == year).Select(e => (e.Date, e.Title)).ToArray();
        var computed = BankHolidays.For(region, year).Select(h => (h.Date, h.Name)).ToArray();
        Assert.Equal(published, computed);
    }

    [Fact]
    public void Substitute_days_are_those_GOV_UK_notes_as_substitute_days()
    {
        foreach (var (region, date, title, notes) in GovUkBankHolidays.Events())
        {
            Assert.True(BankHolidays.For(region, date.Year).TryGetHoliday(date, out var holiday), $"{region} {date}");

            // GOV.UK noted the 2012 spring bank holiday, moved to 4 June for the Diamond Jubilee, as a
            // "Substitute day" in England and Wales and Scotland; here a moved holiday is not a substitute.
            bool movedSpring2012 = date == new LocalDate(2012, 6, 4);
            Assert.True(
                holiday.IsSubstituteDay == (notes == "Substitute day") || movedSpring2012,
                $"{region} {holiday}: GOV.UK notes \"{notes}\" for {title}");
        }
    }

    // A Proclamation of 24 June 1998 under the Banking and Financial Dealings Act 1971
    // (The London Gazette, notice L-55182-5SI): Monday 28 December 1998, Friday 1 January 1999 and
    // Monday 3 May 1999 in England, Wales and Northern Ireland; Monday 28 December 1998,
    // Monday 4 January 1999 and Monday 31 May 1999 in Scotland.
    [Fact]
    public void Days_proclaimed_for_1998_and_1999_are_bank_holidays()
    {
        foreach (var region in new[] { BankHolidayRegion.EnglandAndWales, BankHolidayRegion.NorthernIreland })
        {
            Assert.True(BankHolidays.For(region, 1998).Contains(new LocalDate(1998, 12, 28)));
            Assert.True(BankHolidays.For(region, 1999).Contains(new LocalDate(1999, 1, 1)));
            Assert.True(BankHolidays.For(region, 1999).Contains(new LocalDate(1999, 5, 3)));
        }

        Assert.True(BankHolidays.For(BankHolidayRegion.Scotland, 1998).Contains(new LocalDate(1998, 12, 28)));
        Assert.True(BankHolidays.For(BankHolidayRegion.Scotland, 1999).Contains(new LocalDate(1999, 1, 4)));
        Assert.True(BankHolidays.For(BankHolidayRegion.Scotland, 1999).Contains(new LocalDate(1999, 5, 31)));
    }

    // HC Deb 19 January 1977 vol 924 cc191-3W (written answer on the Silver Jubilee): "In England, Wales
    // and Northern Ireland the Spring Bank Holiday will be changed to Monday 6th June and a special
    // Silver Jubilee Bank Holiday will be held on Tuesday 7th June. In Scotland an additional public
    // holiday will take place on dates arranged by the District Councils."
    [Fact]
    public void The_Silver_Jubilee_bank_holidays_were_not_Scottish_bank_holidays()
    {
        foreach (var region in new[] { BankHolidayRegion.EnglandAndWales, BankHolidayRegion.NorthernIreland })
        {
            var days = BankHolidays.For(region, 1977);
            Assert.True(days.Contains(new LocalDate(1977, 6, 6)));
            Assert.True(days.Contains(new LocalDate(1977, 6, 7)));
            Assert.False(days.Contains(new LocalDate(1977, 5, 30)));
        }

        Assert.DoesNotContain(BankHolidays.For(BankHolidayRegion.Scotland, 1977), h => h.Date.Month == 6);
    }

    // Wikipedia, "Public holidays in the United Kingdom" and "Bank holiday": the early May bank holiday
    // was moved to Monday 8 May 1995 and Friday 8 May 2020 for VE Day; extra days for the Silver Jubilee
    // (7 June 1977, with the spring bank holiday on 6 June), the wedding of the Prince of Wales
    // (29 July 1981), the millennium (31 December 1999) and the wedding of Prince William (29 April 2011).
    // House of Commons Library note SN/PC/1435, "Golden Jubilee 2002": "There were bank holidays on
    // Monday 3 June and Tuesday 4 June."
    [Theory]
    [InlineData(1977, 6, 6)]
    [InlineData(1977, 6, 7)]
    [InlineData(1981, 7, 29)]
    [InlineData(1995, 5, 8)]
    [InlineData(1999, 12, 31)]
    [InlineData(2002, 6, 3)]
    [InlineData(2002, 6, 4)]
    [InlineData(2011, 4, 29)]
    [InlineData(2020, 5, 8)]
    public void One_off_and_moved_days_are_bank_holidays_in_England_and_Wales(int year, int month, int day)
    {
        Assert.True(BankHolidays.For(BankHolidayRegion.EnglandAndWales, year).Contains(new LocalDate(year, month, day)));
    }

    [Theory]
    [InlineData(1977, 5, 30)] // the last Monday in May, moved to 6 June
    [InlineData(1995, 5, 1)] // the first Monday in May, moved to 8 May
    [InlineData(2002, 5, 27)]
    [InlineData(2012, 5, 28)]
    [InlineData(2020, 5, 4)]
    [InlineData(2022, 5, 30)]
    public void A_moved_holiday_leaves_its_usual_day_a_working_day(int year, int month, int day)
    {
        foreach (var region in new[] { BankHolidayRegion.EnglandAndWales, BankHolidayRegion.Scotland, BankHolidayRegion.NorthernIreland })
        {
            Assert.False(BankHolidays.For(region, year).Contains(new LocalDate(year, month, day)), $"{region}");
        }
    }

    [Fact]
    public void The_millennium_and_the_royal_weddings_are_bank_holidays_in_all_three_regions()
    {
        foreach (var region in new[] { BankHolidayRegion.EnglandAndWales, BankHolidayRegion.Scotland, BankHolidayRegion.NorthernIreland })
        {
            Assert.True(BankHolidays.For(region, 1981).Contains(new LocalDate(1981, 7, 29)));
            Assert.True(BankHolidays.For(region, 1999).Contains(new LocalDate(1999, 12, 31)));
            Assert.True(BankHolidays.For(region, 2011).Contains(new LocalDate(2011, 4, 29)));
        }
    }

    [Fact]
    public void New_Year_2000_fell_on_a_weekend_so_Monday_3_January_was_the_substitute_and_Scotland_also_had_Tuesday_4()
    {
        var england = BankHolidays.For(BankHolidayRegion.EnglandAndWales, 2000);
        Assert.True(england.TryGetHoliday(new LocalDate(2000, 1, 3), out var newYear));
        Assert.True(newYear.IsSubstituteDay);
        Assert.False(england.Contains(new LocalDate(2000, 1, 4)));

        var scotland = BankHolidays.For(BankHolidayRegion.Scotland, 2000);
        Assert.True(scotland.Contains(new LocalDate(2000, 1, 3)));
        Assert.True(scotland.TryGetHoliday(new LocalDate(2000, 1, 4), out var second));
        Assert.Equal("2nd January", second.Name);
    }

    [Fact]
    public void The_early_May_bank_holiday_starts_in_1978_except_in_Scotland_where_it_is_older()
    {
        Assert.DoesNotContain(BankHolidays.For(BankHolidayRegion.EnglandAndWales, 1977), h => h.Date.Month == 5 && h.Date.Day < 8);
        Assert.Contains(BankHolidays.For(BankHolidayRegion.EnglandAndWales, 1978), h => h.Date == new LocalDate(1978, 5, 1));
        Assert.Contains(BankHolidays.For(BankHolidayRegion.Scotland, 1977), h => h.Date == new LocalDate(1977, 5, 2));
    }

    [Fact]
    public void St_Andrews_Day_is_a_bank_holiday_in_Scotland_from_2007()
    {
        Assert.DoesNotContain(BankHolidays.For(BankHolidayRegion.Scotland, 2006), h => h.Date.Month == 11 || h.Date == new LocalDate(2006, 12, 1));
        Assert.True(BankHolidays.For(BankHolidayRegion.Scotland, 2007).Contains(new LocalDate(2007, 11, 30)));
        Assert.False(BankHolidays.For(BankHolidayRegion.EnglandAndWales, 2007).Contains(new LocalDate(2007, 11, 30)));
    }

    [Fact]
    public void Christmas_on_a_Sunday_keeps_Boxing_Day_on_Monday_and_moves_Christmas_to_Tuesday()
    {
        var days = BankHolidays.For(BankHolidayRegion.EnglandAndWales, 2033).Where(h => h.Date.Month == 12).ToArray();
        Assert.Equal(
            [new BankHoliday(new LocalDate(2033, 12, 26), "Boxing Day", false), new BankHoliday(new LocalDate(2033, 12, 27), "Christmas Day", true)],
            days);
    }

    [Fact]
    public void Years_far_ahead_are_computed_by_rule()
    {
        // Easter Sunday 2285 is 22 March (US Naval Observatory's table, as in EasterTests).
        var days = BankHolidays.For(BankHolidayRegion.EnglandAndWales, 2285);
        Assert.Contains(days, h => h.Date == new LocalDate(2285, 3, 20) && h.Name == "Good Friday");
        Assert.Contains(days, h => h.Date == new LocalDate(2285, 3, 23) && h.Name == "Easter Monday");
        Assert.Equal(8, days.Count);
    }

    [Fact]
    public void Years_before_1974_and_undefined_regions_are_rejected_with_the_reason()
    {
        var year = Assert.Throws<ArgumentOutOfRangeException>(() => BankHolidays.For(BankHolidayRegion.EnglandAndWales, 1973));
        Assert.Equal("year", year.ParamName);
        Assert.Contains("1974", year.Message, StringComparison.Ordinal);
        var region = Assert.Throws<ArgumentOutOfRangeException>(() => BankHolidays.For((BankHolidayRegion)9, 2020));
        Assert.Equal("region", region.ParamName);
    }

    [Fact]
    public void Scotland_2022_starts_with_two_substitute_days()
    {
        // New Year's Day and 2 January 2022 fell on Saturday and Sunday (GOV.UK: 3 and 4 January, substitute days).
        Assert.Equal(
            ["2022-01-03 New Year’s Day (substitute day)", "2022-01-04 2nd January (substitute day)"],
            BankHolidays.For(BankHolidayRegion.Scotland, 2022).Take(2).Select(h => h.ToString()));
    }

    [Fact]
    public void A_bank_holiday_formats_with_its_date_name_and_substitute_note()
    {
        Assert.True(BankHolidays.For(BankHolidayRegion.EnglandAndWales, 2022).TryGetHoliday(new LocalDate(2022, 12, 27), out var holiday));
        Assert.Equal("2022-12-27 Christmas Day (substitute day)", holiday.ToString());
        Assert.False(BankHolidays.For(BankHolidayRegion.EnglandAndWales, 2022).TryGetHoliday(new LocalDate(2022, 12, 28), out var none));
        Assert.Equal(default, none);
        Assert.Equal(string.Empty, none.Name);
    }

    [FsCheck.Xunit.Property]
    public bool Every_bank_holiday_is_a_distinct_weekday_in_its_year(ushort seed, byte regionSeed)
    {
        int year = BankHolidays.FirstYear + (seed % 2000);
        var region = (BankHolidayRegion)(1 + (regionSeed % 3));
        var days = BankHolidays.For(region, year);
        return days.All(h => h.Date.Year == year && h.Date.DayOfWeek < IsoDayOfWeek.Saturday)
            && days.Select(h => h.Date).Distinct().Count() == days.Count
            && days.Zip(days.Skip(1), (a, b) => a.Date < b.Date).All(x => x)
            && days.Count >= 7 && days.Count <= 12;
    }
}
