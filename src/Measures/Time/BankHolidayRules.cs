using System.Collections.Generic;
using NodaTime;

namespace Measures.Time;

/// <summary>
/// The rules that give each region's bank holidays for a year: the Banking and Financial
/// Dealings Act 1971 (Schedule 1), the St Andrew's Day Bank Holiday (Scotland) Act 2007 and the
/// royal proclamations that add, move or substitute days. Names follow GOV.UK's feed
/// (https://www.gov.uk/bank-holidays.json).
/// </summary>
internal static class BankHolidayRules
{
    /// <summary>The first year the rules cover: New Year's Day became a bank holiday in England, Wales and Northern Ireland, and Boxing Day in Scotland, in 1974.</summary>
    public const int FirstYear = 1974;

    /// <summary>The last year the rules cover (the last year a <see cref="LocalDate"/> can hold).</summary>
    public const int LastYear = 9999;

    private const string NewYearsDay = "New Year’s Day";
    private const string SecondJanuary = "2nd January";
    private const string StPatricksDay = "St Patrick’s Day";
    private const string GoodFriday = "Good Friday";
    private const string EasterMonday = "Easter Monday";
    private const string EarlyMay = "Early May bank holiday";
    private const string EarlyMayVeDay = "Early May bank holiday (VE day)";
    private const string Spring = "Spring bank holiday";
    private const string BattleOfTheBoyne = "Battle of the Boyne (Orangemen’s Day)";
    private const string Summer = "Summer bank holiday";
    private const string StAndrewsDay = "St Andrew’s Day";
    private const string ChristmasDay = "Christmas Day";
    private const string BoxingDay = "Boxing Day";

    /// <summary>Adds the bank holidays of <paramref name="region"/> in <paramref name="year"/> to <paramref name="into"/>, in date order.</summary>
    public static void AddYear(BankHolidayRegion region, int year, List<BankHoliday> into)
    {
        var fixedDates = new List<(LocalDate Date, string Name)>(6);
        var taken = new List<BankHoliday>(12);
        LocalDate easter = Easter.Sunday(year);
        bool scotland = region == BankHolidayRegion.Scotland;

        // Fixed-date holidays; a weekend one gets a substitute weekday below.
        fixedDates.Add((new LocalDate(year, 1, 1), NewYearsDay));
        if (scotland)
        {
            fixedDates.Add((new LocalDate(year, 1, 2), SecondJanuary));
        }

        if (region == BankHolidayRegion.NorthernIreland)
        {
            fixedDates.Add((new LocalDate(year, 3, 17), StPatricksDay));
            fixedDates.Add((new LocalDate(year, 7, 12), BattleOfTheBoyne));
        }

        if (scotland && year >= 2007)
        {
            fixedDates.Add((new LocalDate(year, 11, 30), StAndrewsDay));
        }

        fixedDates.Add((new LocalDate(year, 12, 25), ChristmasDay));
        fixedDates.Add((new LocalDate(year, 12, 26), BoxingDay));

        // Holidays that always fall on a weekday.
        taken.Add(new BankHoliday(easter.PlusDays(-2), GoodFriday, false));
        if (!scotland)
        {
            taken.Add(new BankHoliday(easter.PlusDays(1), EasterMonday, false));
        }

        AddEarlyMay(region, year, taken);
        AddSpring(region, year, taken);
        taken.Add(new BankHoliday(scotland ? FirstMonday(year, 8) : LastMonday(year, 8), Summer, false));
        AddOneOffs(region, year, taken);

        foreach (var (date, name) in fixedDates)
        {
            if (!IsWeekend(date))
            {
                taken.Add(new BankHoliday(date, name, false));
            }
        }

        // A weekend holiday moves to the next weekday not already a holiday, taken in date order
        // (Christmas on a Sunday: Boxing Day stays on Monday 26th, Christmas moves to Tuesday 27th).
        foreach (var (date, name) in fixedDates)
        {
            if (IsWeekend(date))
            {
                LocalDate substitute = date.PlusDays(1);
                while (IsWeekend(substitute) || IsTaken(taken, substitute))
                {
                    substitute = substitute.PlusDays(1);
                }

                taken.Add(new BankHoliday(substitute, name, true));
            }
        }

        taken.Sort();
        into.AddRange(taken);
    }

    private static void AddEarlyMay(BankHolidayRegion region, int year, List<BankHoliday> taken)
    {
        // England, Wales and Northern Ireland from 1978 by proclamation; in Scotland the first
        // Monday in May has been a bank holiday since 1871.
        if (year < 1978 && region != BankHolidayRegion.Scotland)
        {
            return;
        }

        // Moved to Monday 8 May 1995 and Friday 8 May 2020 for VE Day's 50th and 75th anniversaries.
        taken.Add(year is 1995 or 2020
            ? new BankHoliday(new LocalDate(year, 5, 8), EarlyMayVeDay, false)
            : new BankHoliday(FirstMonday(year, 5), EarlyMay, false));
    }

    private static void AddSpring(BankHolidayRegion region, int year, List<BankHoliday> taken)
    {
        // Proclaimed in Scotland from 1978; statutory elsewhere since 1971.
        if (year < 1978 && region == BankHolidayRegion.Scotland)
        {
            return;
        }

        LocalDate date = year switch
        {
            1977 => new LocalDate(1977, 6, 6), // Silver Jubilee weekend
            2002 => new LocalDate(2002, 6, 4), // Golden Jubilee weekend
            2012 => new LocalDate(2012, 6, 4), // Diamond Jubilee weekend
            2022 => new LocalDate(2022, 6, 2), // Platinum Jubilee weekend
            _ => LastMonday(year, 5),
        };
        taken.Add(new BankHoliday(date, Spring, false));
    }

    private static void AddOneOffs(BankHolidayRegion region, int year, List<BankHoliday> taken)
    {
        // Extra days proclaimed for the whole United Kingdom, except 1977: "In England, Wales and
        // Northern Ireland the Spring Bank Holiday will be changed to Monday 6th June and a special
        // Silver Jubilee Bank Holiday will be held on Tuesday 7th June. In Scotland an additional
        // public holiday will take place on dates arranged by the District Councils." (HC Deb
        // 19 January 1977 vol 924 cc191-3W.)
        switch (year)
        {
            case 1977 when region != BankHolidayRegion.Scotland:
                taken.Add(new BankHoliday(new LocalDate(1977, 6, 7), "Queen’s Silver Jubilee", false));
                break;
            case 1981:
                taken.Add(new BankHoliday(new LocalDate(1981, 7, 29), "Royal wedding (the Prince of Wales and Lady Diana Spencer)", false));
                break;
            case 1999:
                taken.Add(new BankHoliday(new LocalDate(1999, 12, 31), "Millennium celebrations", false));
                break;
            case 2002:
                taken.Add(new BankHoliday(new LocalDate(2002, 6, 3), "Queen’s Golden Jubilee", false));
                break;
            case 2011:
                taken.Add(new BankHoliday(new LocalDate(2011, 4, 29), "Royal wedding (Prince William and Catherine Middleton)", false));
                break;
            case 2012:
                taken.Add(new BankHoliday(new LocalDate(2012, 6, 5), "Queen’s Diamond Jubilee", false));
                break;
            case 2022:
                taken.Add(new BankHoliday(new LocalDate(2022, 6, 3), "Platinum Jubilee bank holiday", false));
                taken.Add(new BankHoliday(new LocalDate(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II", false));
                break;
            case 2023:
                taken.Add(new BankHoliday(new LocalDate(2023, 5, 8), "Bank holiday for the coronation of King Charles III", false));
                break;
            default:
                break;
        }
    }

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    private static bool IsTaken(List<BankHoliday> taken, LocalDate date)
    {
        foreach (var holiday in taken)
        {
            if (holiday.Date == date)
            {
                return true;
            }
        }

        return false;
    }

    private static LocalDate FirstMonday(int year, int month)
    {
        var first = new LocalDate(year, month, 1);
        return first.DayOfWeek == IsoDayOfWeek.Monday ? first : first.Next(IsoDayOfWeek.Monday);
    }

    private static LocalDate LastMonday(int year, int month)
    {
        var last = new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1);
        return last.DayOfWeek == IsoDayOfWeek.Monday ? last : last.Previous(IsoDayOfWeek.Monday);
    }
}
