using System;
using System.Collections.Generic;
using System.Linq;
using Measures.Definitions;
using Measures.Time;
using NodaTime;
using Measures.Observations;
using Measures.Samples;

namespace Measures.Tests.Samples;

/// <summary>
/// Makes the sample council's observations (src/Measures/Samples/Data/sample-observations.csv):
/// illustrative monthly, termly and yearly figures for April 2021 to March 2024 whose outturns, rolled up
/// by each measure's rules, are the figures of Rotherham's 2023/24 year-end report (seed 002, minute 18)
/// for 2023/24 and, where the report gives them, 2022/23. Every other figure is made up to be plausible.
/// Deterministic: the same code always writes the same file (a fixed-seed generator, no clock).
/// </summary>
/// <remarks>
/// Figures arrive no later than the data lag allows at the end of March 2024: youth justice reoffending
/// (12 months) stops at March 2023, first-time entrants (6 months) at September 2023, dental checks
/// (1 month) at February 2024. Academic-year results stop at the last one known by then (2022/23), while
/// National Offer Day and transition-review figures for 2023/24 are in.
/// </remarks>
internal sealed class SampleObservationsGenerator
{
    private static readonly YearMonth First = new(2021, 4);
    private static readonly YearMonth Last = new(2024, 3);

    private readonly MeasureCatalogue catalogue = SampleCouncil.Catalogue;
    private readonly List<Observation> observations = [];
    private ulong state = 0x9E3779B97F4A7C15UL;

    public static IReadOnlyList<Observation> Generate()
    {
        var generator = new SampleObservationsGenerator();
        generator.Run();
        return generator.observations;
    }

    private void Run()
    {
        // Populations held for a financial year, as councils do with the ONS mid-year estimates.
        // Under 18: chosen so that 502 children in care is 88.4 per 10,000 in March 2024 (seed 002 lines 80–81).
        var under18 = PopulationSolver();
        var aged10To17 = new Dictionary<int, long> { [2021] = 30_300, [2022] = 31_150, [2023] = 31_200 };

        // Early help: flows, by financial year.
        FlowPercentage("EH-01", 255, FinancialYears(("2021/22", 86.9m, false), ("2022/23", 88.6m, false), ("2023/24", 91.3m, true)));
        FlowPercentage("EH-02", 190, FinancialYears(("2021/22", 86.1m, false), ("2022/23", 87.6m, true), ("2023/24", 90.1m, true)));
        FlowPercentage("EH-03", 190, FinancialYears(("2021/22", 24.8m, false), ("2022/23", 25.6m, true), ("2023/24", 27.5m, true)));

        // Snapshots of the 0–5 population of the most deprived areas.
        SnapshotPercentage("EH-04", 8_950, 10, new() { [First] = 90.8m, [new(2022, 3)] = 91.1m, [new(2023, 3)] = 92.0m, [Last] = 94.5m });
        SnapshotPercentage("EH-05", 8_950, 10, new() { [First] = 76.4m, [new(2022, 3)] = 77.1m, [new(2023, 3)] = 78.0m, [Last] = 80.6m });

        Neet();
        RollingRates(aged10To17);
        SocialCare(under18);
        Education();
        Inclusion();

        observations.Sort((a, b) =>
        {
            int byMeasure = IndexOf(a.MeasureCode).CompareTo(IndexOf(b.MeasureCode));
            return byMeasure != 0 ? byMeasure : a.Period.CompareTo(b.Period);
        });
    }

    private int IndexOf(string code)
    {
        for (int i = 0; i < catalogue.Measures.Count; i++)
        {
            if (catalogue.Measures[i].Code == code)
            {
                return i;
            }
        }

        throw new InvalidOperationException(code + " is not in the sample catalogue.");
    }

    // ---- Populations -------------------------------------------------------------------------

    // Finds a population under 18 for each financial year that lets every published rate of that year
    // come out with whole counts: 2023/24 CIN 316.8, CP 45.6, CiC 88.4 with 502 children, S47 194.8;
    // 2022/23 CIN 378.6, CP 70.4, CiC 96.7, S47 278.2 (seed 002 lines 78–80 and 84).
    private static Dictionary<int, long> PopulationSolver()
    {
        var rate = MeasureValueType.Rate(10_000);
        bool Reachable(long population, decimal target) => CountFor(rate, target, population) is not null;
        long Find(long from, Func<long, bool> fits)
        {
            for (long p = from; p < from + 2_000; p++)
            {
                if (fits(p))
                {
                    return p;
                }
            }

            throw new InvalidOperationException("No population fits.");
        }

        // The children on a plan and in care at each March are also the denominators of the plans up to
        // date (95.0% in 2024, 88.7% in 2023; lines 85–87) and of family-based settings (75.3%, 77%; line 105).
        var percentage = MeasureValueType.Percentage(1);
        bool Share(long? whole, decimal target) => whole is { } w && CountFor(percentage, target, w) is not null;
        long p2023 = Find(56_760, p => rate.Calculate(502, p).Rounded == 88.4m && Reachable(p, 316.8m) && Reachable(p, 194.8m)
            && Share(CountFor(rate, 45.6m, p), 95.0m) && Share(502, 75.3m));
        long p2022 = Find(56_420, p => Reachable(p, 378.6m) && Reachable(p, 278.2m)
            && Share(CountFor(rate, 70.4m, p), 88.7m) && Share(CountFor(rate, 96.7m, p), 77.0m));
        long p2021 = 56_180;
        return new Dictionary<int, long> { [2021] = p2021, [2022] = p2022, [2023] = p2023 };
    }

    // ---- Early help: NEET ------------------------------------------------------------------------

    // NEET and not known are the statutory snapshots of December, January and February, whose mean is the
    // year's figure: 2023/24 NEET 4.3%, not known 0.64%, combined 4.95% (seed 002 lines 62–64); the earlier
    // years are illustrative and worse, as the report says 2023/24 improved on them. Only those months are
    // given: the catalogue's mean rule then averages exactly the statutory snapshots, whatever the period
    // a scorecard rolls them up into (a council tracking NEET every month needs the window in its rule).
    private void Neet()
    {
        var neetType = catalogue["EH-07"].ValueType;
        var unknownType = catalogue["EH-08"].ValueType;
        var combinedType = catalogue["EH-06"].ValueType;
        var targets = new Dictionary<int, (decimal Neet, decimal Unknown, decimal Combined)>
        {
            [2021] = (5.2m, 1.05m, 6.25m),
            [2022] = (4.8m, 0.91m, 5.71m),
            [2023] = (4.3m, 0.64m, 4.95m),
        };

        foreach (var (year, target) in targets)
        {
            YearMonth[] winter = [new(year, 12), new(year + 1, 1), new(year + 1, 2)];
            long[] cohorts = [.. winter.Select(_ => 6_980 + Next(-60, 60))];
            while (true)
            {
                long total = cohorts.Sum();
                var found = (from neet in Around(neetType, target.Neet, total)
                             from unknown in Around(unknownType, target.Unknown, total)
                             where combinedType.Calculate(neet + unknown, total).Rounded == target.Combined
                             select (Neet: neet, Unknown: unknown)).FirstOrDefault();
                if (found != default)
                {
                    long[] neets = Split(found.Neet, cohorts);
                    long[] unknowns = Split(found.Unknown, cohorts);
                    for (int i = 0; i < 3; i++)
                    {
                        if (winter[i] <= Last)
                        {
                            AddNeet(winter[i], cohorts[i], neets[i], unknowns[i]);
                        }
                    }

                    break;
                }

                cohorts[0]++;
            }
        }
    }

    private void AddNeet(YearMonth month, long cohort, long neet, long unknown)
    {
        Add("EH-07", month, neet, cohort);
        Add("EH-08", month, unknown, cohort);
        Add("EH-06", month, neet + unknown, cohort);
    }

    // ---- Early help: youth justice, rates over rolling 12 months ----------------------------------

    // Reoffending: 19.8 then 16.1 per 100,000 aged 10–17 over the twelve months to March 2022 and March
    // 2023, the last data available with a 12-month lag at March 2024 (seed 002 line 65).
    // First-time entrants: 186 per 100,000 in the latest data, the twelve months to September 2023 (a
    // 6-month lag at March 2024), against 170 in the previous period, the previous quarter's twelve
    // months, to June 2023 (seed 002 line 74).
    private void RollingRates(Dictionary<int, long> aged10To17)
    {
        var reoffendingType = catalogue["EH-09"].ValueType;
        var reoffending = new Dictionary<YearMonth, long>();
        foreach (int year in (int[])[2021, 2022])
        {
            decimal target = year == 2021 ? 19.8m : 16.1m;
            long count = CountFor(reoffendingType, target, aged10To17[year]) ?? throw new InvalidOperationException("Reoffending unreachable.");
            var months = Months(new YearMonth(year, 4), new YearMonth(year + 1, 3)).ToArray();
            long[] split = SplitCounts(count, months.Length);
            for (int i = 0; i < months.Length; i++)
            {
                reoffending[months[i]] = split[i];
            }
        }

        foreach (var (month, count) in reoffending)
        {
            Add("EH-09", month, count, aged10To17[FinancialYearOf(month)]);
        }

        var entrantsType = catalogue["EH-10"].ValueType;
        // Fewer in 2021/22, so that the latest twelve months are also up on the same period a year before.
        var entrants = Months(First, new YearMonth(2023, 9)).ToDictionary(m => m, m => (long)(m < new YearMonth(2022, 4) ? Next(2, 5) : Next(3, 6)));
        long toSeptember = CountFor(entrantsType, 186m, aged10To17[2023]) ?? throw new InvalidOperationException("Entrants unreachable.");
        long toJune = CountFor(entrantsType, 170m, aged10To17[2023]) ?? throw new InvalidOperationException("Entrants unreachable.");
        var shared = Months(new YearMonth(2022, 10), new YearMonth(2023, 6)).ToArray();
        long sharedSum = shared.Sum(m => entrants[m]);
        SetSum(entrants, Months(new YearMonth(2023, 7), new YearMonth(2023, 9)), toSeptember - sharedSum);
        SetSum(entrants, Months(new YearMonth(2022, 7), new YearMonth(2022, 9)), toJune - sharedSum);
        foreach (var (month, count) in entrants)
        {
            Add("EH-10", month, count, aged10To17[FinancialYearOf(month)]);
        }
    }

    // ---- Children's social care -------------------------------------------------------------------

    private void SocialCare(Dictionary<int, long> under18)
    {
        var rate = MeasureValueType.Rate(10_000);
        long At(long population, decimal target) => CountFor(rate, target, population) ?? throw new InvalidOperationException("Rate unreachable.");

        // Children in care: 502 at the end of March 2024, 39 of them separated migrant children (seed 002
        // line 81); March 2023 from the 2022/23 rate of 96.7 (line 80).
        var inCare = SnapshotCounts(new() { [First] = 584, [new(2022, 3)] = 571, [new(2023, 3)] = At(under18[2022], 96.7m), [Last] = 502 }, 4);
        var migrants = SnapshotCounts(new() { [First] = 18, [new(2022, 3)] = 24, [new(2023, 3)] = 31, [Last] = 39 }, 1);
        var inNeed = SnapshotCounts(new() { [First] = 2_270, [new(2022, 3)] = 2_245, [new(2023, 3)] = At(under18[2022], 378.6m), [Last] = At(under18[2023], 316.8m) }, 25);
        var onPlan = SnapshotCounts(new() { [First] = 452, [new(2022, 3)] = 431, [new(2023, 3)] = At(under18[2022], 70.4m), [Last] = At(under18[2023], 45.6m) }, 8);
        foreach (var month in Months(First, Last))
        {
            long population = under18[FinancialYearOf(month)];
            Add("CSC-01", month, inNeed[month], population);
            Add("CSC-02", month, onPlan[month], population);
            Add("CSC-03", month, inCare[month], population);
            Add("CSC-04", month, inCare[month], null);
            Add("CSC-05", month, migrants[month], null);
        }

        // Care leavers: 348 in 2023/24, up from 319 (seed 002 line 82).
        foreach (var (month, count) in SnapshotCounts(new() { [First] = 296, [new(2022, 3)] = 305, [new(2023, 3)] = 319, [Last] = 348 }, 3))
        {
            Add("CSC-06", month, count, null);
        }

        // Re-referrals: 17.3% in 2023/24, in line with the year before (seed 002 line 83), with a peak
        // during the year brought down in the fourth quarter.
        FlowPercentage("CSC-07", 410, FinancialYears(("2021/22", 18.4m, false), ("2022/23", 17.3m, true), ("2023/24", 17.3m, true)), month => month.Month switch
        {
            >= 7 and <= 10 => 3.0m,
            >= 1 and <= 3 => -3.0m,
            _ => 0m,
        });

        // Section 47 enquiries: 194.8 per 10,000 in 2023/24, 278.2 the year before (seed 002 line 84),
        // a flow over the year against the year's population.
        foreach (var (year, target) in new[] { (2021, 301.5m), (2022, 278.2m), (2023, 194.8m) })
        {
            long total = year == 2021 ? (long)Math.Round(target * under18[year] / 10_000m) : At(under18[year], target);
            var months = Months(new YearMonth(year, 4), new YearMonth(year + 1, 3)).ToArray();
            long[] split = SplitCounts(total, months.Length);
            for (int i = 0; i < months.Length; i++)
            {
                Add("CSC-08", months[i], split[i], under18[year]);
            }
        }

        // Child protection plans up to date: 95% at the end of March 2024, 88.7% a year before (seed 002
        // lines 85–87), of the children on a plan.
        var upToDate = catalogue["CSC-09"].ValueType;
        foreach (var month in Months(First, Last))
        {
            decimal target = month == Last ? 95.0m : month == new YearMonth(2023, 3) ? 88.7m : Interpolate(month, (First, 90.2m), (new YearMonth(2023, 3), 88.7m), (Last, 95.0m)) + (Next(-8, 8) / 10m);
            long plans = onPlan[month];
            long count = month == Last || month == new YearMonth(2023, 3)
                ? CountFor(upToDate, target, plans) ?? throw new InvalidOperationException("CSC-09 unreachable.")
                : (long)Math.Round(target * plans / 100m);
            Add("CSC-09", month, Math.Min(count, plans), plans);
        }

        // Adoption timeliness (means of days): 387.2 in 2023/24 against 492.5, and 182.6 against 197.4
        // (seed 002 lines 90–91).
        MeanDays("CSC-10", 2, [(2021, 468.3m), (2022, 492.5m), (2023, 387.2m)], 300, 700);
        MeanDays("CSC-11", 2, [(2021, 205.9m), (2022, 197.4m), (2023, 182.6m)], 90, 320);

        // Contacts decided within one working day: 69.3% in 2023/24, down from 72.1% (seed 002 line 97).
        FlowPercentage("CSC-12", 1_050, FinancialYears(("2021/22", 73.0m, false), ("2022/23", 72.1m, true), ("2023/24", 69.3m, true)));

        // Initial conferences within 15 working days: 84.8% in 2023/24 (seed 002 line 98).
        FlowPercentage("CSC-13", 34, FinancialYears(("2021/22", 80.2m, false), ("2022/23", 82.6m, false), ("2023/24", 84.8m, true)));

        // Long-term placement stability: 65.2% in both years (seed 002 line 103).
        SnapshotPercentage("CSC-14", 158, 2, new() { [First] = 66.9m, [new(2022, 3)] = 66.1m, [new(2023, 3)] = 65.2m, [Last] = 65.2m });

        // Family-based settings: 75.3% of children in care in 2023/24, 77% the year before (seed 002 line 105).
        foreach (var month in Months(First, Last))
        {
            bool published = month == Last || month == new YearMonth(2023, 3);
            decimal target = month == Last ? 75.3m : month == new YearMonth(2023, 3) ? 77.0m
                : Interpolate(month, (First, 78.1m), (new YearMonth(2023, 3), 77.0m), (Last, 75.3m)) + (Next(-4, 4) / 10m);
            long children = inCare[month];
            long count = published
                ? CountFor(catalogue["CSC-15"].ValueType, target, children) ?? throw new InvalidOperationException("CSC-15 unreachable.")
                : (long)Math.Round(target * children / 100m);
            Add("CSC-15", month, count, children);
        }

        // Dental checks: "well below the 95% target" (seed 002 line 149); no figure is given, so these are
        // illustrative. A one-month lag: the last figure is February 2024.
        foreach (var month in Months(First, new YearMonth(2024, 2)))
        {
            long children = (long)Math.Round(inCare[month] * 0.72m);
            decimal target = Interpolate(month, (First, 83.5m), (new YearMonth(2023, 3), 79.2m), (new YearMonth(2024, 2), 76.4m)) + (Next(-10, 10) / 10m);
            Add("CSC-16", month, (long)Math.Round(target * children / 100m), children);
        }
    }

    // ---- Education ----------------------------------------------------------------------------------

    private void Education()
    {
        var terms = Terms().ToArray();

        // Two-year-olds taking up a place: 90.9% in spring 2023/24, 90% in spring 2022/23 (seed 002 line 107).
        TermlyPercentage("ED-01", terms, 1_060, new() { [Spring(2022)] = 90.0m, [Spring(2023)] = 90.9m }, 88.4m);

        // Personal education plans: 99.7% in spring 2023/24 (seed 002 line 113).
        TermlyPercentage("ED-09", terms, 335, new() { [Spring(2023)] = 99.7m }, 97.8m);

        // Elective home education: 523 at the end of spring 2023/24, 435 a year before (seed 002 line 120).
        var homeEducated = new Dictionary<ReportingPeriod, long> { [Spring(2022)] = 435, [Spring(2023)] = 523 };
        long previous = 352;
        foreach (var term in terms)
        {
            long count = homeEducated.TryGetValue(term, out long published) ? published : previous + Next(12, 30);
            Add("ED-10", term, count, null);
            previous = count;
        }

        // Permanent exclusions, a flow counted over the academic year to date: 11 primary and 73 secondary
        // by the end of spring 2023/24, 6 and 60 by the same point a year before (seed 002 line 121).
        TermlyExclusions("ED-11", terms, [(2021, 5), (2022, 6), (2023, 11)], 2);
        TermlyExclusions("ED-12", terms, [(2021, 49), (2022, 60), (2023, 73)], 14);

        // Results by academic year. National Offer Day 2024 (99.2% primary, 97.4% secondary) falls in the
        // academic year 2023/24, 2023's (secondary 96%) in 2022/23 (seed 002 lines 108–109).
        AcademicYears("ED-02", 3_310, [(2021, 98.7m), (2022, 99.0m), (2023, 99.2m)]);
        AcademicYears("ED-03", 3_420, [(2021, 95.1m), (2022, 96.0m), (2023, 97.4m)]);

        // Attainment for 2022/23 against 2021/22 (seed 002 lines 110–112 and 122); the higher standard at
        // key stage 2 in 2021/22 is illustrative.
        AcademicYears("ED-04", 3_240, [(2021, 64.5m), (2022, 67.3m)]);
        AcademicYears("ED-05", 3_300, [(2021, 75m), (2022, 79m)]);
        AcademicYears("ED-06", 3_350, [(2021, 54m), (2022, 55m)]);
        AcademicYears("ED-07", 3_350, [(2021, 4m), (2022, 5m)]);
        AcademicYears("ED-08", 3_180, [(2021, 44.7m), (2022, 38.7m)]);
    }

    // ---- Inclusion ----------------------------------------------------------------------------------

    private void Inclusion()
    {
        // New EHCPs within 20 weeks, measured by calendar year: 59.9% in 2023 (seed 002 line 125); the other
        // windows are illustrative, 2024 rising towards the 75.6% reported for January to June.
        var windows = new List<(YearMonth From, YearMonth To, decimal Value, bool Published)>
        {
            (First, new YearMonth(2021, 12), 51.6m, false),
            (new YearMonth(2022, 1), new YearMonth(2022, 12), 54.2m, false),
            (new YearMonth(2023, 1), new YearMonth(2023, 12), 59.9m, true),
            (new YearMonth(2024, 1), Last, 73.8m, false),
        };
        FlowPercentage("INC-01", 66, windows);

        // Transition reviews by the statutory deadline: 95.8% primary and 79.1% secondary (seed 002 line 126).
        AcademicYears("INC-02", 236, [(2021, 88.3m), (2022, 91.4m), (2023, 95.8m)]);
        AcademicYears("INC-03", 254, [(2021, 69.4m), (2022, 72.0m), (2023, 79.1m)]);

        // EHCPs maintained: 3360 at the end of March 2024, 3056 a year before (seed 002 line 131).
        foreach (var (month, count) in SnapshotCounts(new() { [First] = 2_610, [new(2022, 3)] = 2_790, [new(2023, 3)] = 3_056, [Last] = 3_360 }, 9))
        {
            Add("INC-04", month, count, null);
        }
    }

    // ---- Building blocks ----------------------------------------------------------------------------

    private static List<(YearMonth From, YearMonth To, decimal Value, bool Published)> FinancialYears(params (string Year, decimal Value, bool Published)[] years) =>
        [.. years.Select(y =>
        {
            int start = int.Parse(y.Year[..4], System.Globalization.CultureInfo.InvariantCulture);
            return (new YearMonth(start, 4), new YearMonth(start + 1, 3), y.Value, y.Published);
        })];

    // A flow percentage: in each window the numerators and denominators sum to figures whose value
    // rounds to the window's figure; months vary in volume and rate around it.
    private void FlowPercentage(string code, int monthlyVolume, List<(YearMonth From, YearMonth To, decimal Value, bool Published)> windows, Func<YearMonth, decimal>? season = null)
    {
        var type = catalogue[code].ValueType;
        foreach (var (from, to, value, _) in windows)
        {
            var months = Months(from, to).ToArray();
            long[] volumes = [.. months.Select(_ => (long)Math.Max(1, monthlyVolume + Next(-monthlyVolume / 6, monthlyVolume / 6)))];
            long numerator;
            while (true)
            {
                long total = volumes.Sum();
                long? found = CountFor(type, value, total);
                if (found is { } n)
                {
                    numerator = n;
                    break;
                }

                volumes[Next(0, volumes.Length - 1)]++;
            }

            var rates = months.Select(m => value + (season?.Invoke(m) ?? 0m) + (Next(-15, 15) / 10m)).ToArray();
            long[] numerators = [.. months.Select((_, i) => Math.Clamp((long)Math.Round(rates[i] * volumes[i] / 100m), 0, volumes[i]))];
            Balance(numerators, numerator, volumes);
            for (int i = 0; i < months.Length; i++)
            {
                Add(code, months[i], numerators[i], volumes[i]);
            }
        }
    }

    // A snapshot percentage: each month's figures stand alone; the anchors (the ends of financial
    // years) round exactly to their figures, the months between drift from one to the next.
    private void SnapshotPercentage(string code, long population, int drift, Dictionary<YearMonth, decimal> anchors)
    {
        var type = catalogue[code].ValueType;
        var points = anchors.OrderBy(a => a.Key).Select(a => (a.Key, a.Value)).ToArray();
        foreach (var month in Months(First, Last))
        {
            long denominator = population + Next(-drift * 3, drift * 3);
            if (anchors.TryGetValue(month, out decimal value))
            {
                long? exact;
                while ((exact = CountFor(type, value, denominator)) is null)
                {
                    denominator++;
                }

                Add(code, month, exact.Value, denominator);
                continue;
            }

            decimal rate = Interpolate(month, points) + (Next(-4, 4) / 10m);
            Add(code, month, Math.Clamp((long)Math.Round(rate * denominator / 100m), 0, denominator), denominator);
        }
    }

    // A snapshot count: exact at the anchors, drifting between them with a little noise.
    private Dictionary<YearMonth, long> SnapshotCounts(Dictionary<YearMonth, long> anchors, int noise)
    {
        var points = anchors.OrderBy(a => a.Key).Select(a => (a.Key, (decimal)a.Value)).ToArray();
        var result = new Dictionary<YearMonth, long>();
        foreach (var month in Months(First, Last))
        {
            result[month] = anchors.TryGetValue(month, out long exact)
                ? exact
                : Math.Max(0, (long)Math.Round(Interpolate(month, points)) + Next(-noise, noise));
        }

        return result;
    }

    // A mean of days over a count, by financial year: months have 0–N events; the year's totals give the
    // published mean to one decimal.
    private void MeanDays(string code, int perMonth, (int Year, decimal Mean)[] years, int shortest, int longest)
    {
        var type = catalogue[code].ValueType;
        foreach (var (year, mean) in years)
        {
            var months = Months(new YearMonth(year, 4), new YearMonth(year + 1, 3)).ToArray();
            long[] counts = [.. months.Select(_ => (long)Next(0, perMonth * 2))];
            long events = Math.Max(1, counts.Sum());
            long days = CountFor(type, mean, events) ?? throw new InvalidOperationException(code + " unreachable.");
            long[] sums = [.. counts.Select(c => c * Math.Clamp((long)mean + Next(-60, 60), shortest, longest))];
            Balance(sums, days, [.. counts.Select(c => c * longest * 3)]);
            for (int i = 0; i < months.Length; i++)
            {
                Add(code, months[i], sums[i], counts[i]);
            }
        }
    }

    private void TermlyPercentage(string code, ReportingPeriod[] terms, long eligible, Dictionary<ReportingPeriod, decimal> published, decimal usual)
    {
        var type = catalogue[code].ValueType;
        foreach (var term in terms)
        {
            long denominator = eligible + Next(-40, 40) * eligible / 1_000;
            if (published.TryGetValue(term, out decimal value))
            {
                long? exact;
                while ((exact = CountFor(type, value, denominator)) is null)
                {
                    denominator++;
                }

                Add(code, term, exact.Value, denominator);
            }
            else
            {
                decimal rate = Math.Min(100m, usual + (Next(-15, 15) / 10m));
                Add(code, term, (long)Math.Round(rate * denominator / 100m), denominator);
            }
        }
    }

    private void TermlyExclusions(string code, ReportingPeriod[] terms, (int AcademicYear, long ToSpring)[] years, int summer)
    {
        var autumn = years.ToDictionary(y => y.AcademicYear, y => (y.ToSpring * 45 / 100) + Next(-1, 1));
        foreach (var term in terms)
        {
            long count = term.SchoolTerm switch
            {
                SchoolTerm.Summer => summer + Next(-1, 2),
                SchoolTerm.Autumn => autumn[term.Year],
                _ => years.Single(y => y.AcademicYear == term.Year).ToSpring - autumn[term.Year],
            };
            Add(code, term, count, null);
        }
    }

    private void AcademicYears(string code, long cohort, (int Year, decimal Value)[] years)
    {
        var type = catalogue[code].ValueType;
        foreach (var (year, value) in years)
        {
            long denominator = cohort + Next(-60, 60);
            long? exact;
            while ((exact = CountFor(type, value, denominator)) is null)
            {
                denominator++;
            }

            Add(code, ReportingPeriod.AcademicYear(year), exact.Value, denominator);
        }
    }

    // The terms from summer 2020/21 (which starts after Easter, 4 April 2021) to spring 2023/24.
    private static IEnumerable<ReportingPeriod> Terms()
    {
        var term = ReportingPeriod.Term(2020, SchoolTerm.Summer);
        while (term <= Spring(2023))
        {
            yield return term;
            term = term.Next();
        }
    }

    private static ReportingPeriod Spring(int academicYear) => ReportingPeriod.Term(academicYear, SchoolTerm.Spring);

    // The numerator, nearest to target × denominator, whose value rounds to the target; null if none does.
    private static long? CountFor(MeasureValueType type, decimal target, long denominator) =>
        Around(type, target, denominator).Cast<long?>().FirstOrDefault();

    private static IEnumerable<long> Around(MeasureValueType type, decimal target, long denominator)
    {
        decimal scale = type.Kind switch
        {
            ValueKind.Percentage => 100m,
            ValueKind.Rate => type.RatePer.GetValueOrDefault(),
            _ => 1m,
        };
        long centre = (long)Math.Round(target * denominator / scale);
        foreach (long n in (long[])[centre, centre - 1, centre + 1, centre - 2, centre + 2])
        {
            if (n >= 0 && type.Calculate(n, denominator).Rounded == target)
            {
                yield return n;
            }
        }
    }

    // Moves the parts by ones until they sum to the total, keeping each within 0 and its cap.
    private void Balance(long[] parts, long total, long[] caps)
    {
        long gap = total - parts.Sum();
        int guard = 0;
        while (gap != 0)
        {
            int i = Next(0, parts.Length - 1);
            if (gap > 0 && parts[i] < caps[i])
            {
                parts[i]++;
                gap--;
            }
            else if (gap < 0 && parts[i] > 0 && (caps[i] > 0 || parts[i] > 0))
            {
                parts[i]--;
                gap++;
            }

            if (++guard > 10_000_000)
            {
                throw new InvalidOperationException("Cannot balance the parts.");
            }
        }
    }

    private long[] Split(long total, long[] weights)
    {
        long weight = weights.Sum();
        long[] parts = [.. weights.Select(w => total * w / weight)];
        Balance(parts, total, weights);
        return parts;
    }

    private long[] SplitCounts(long total, int parts)
    {
        long[] result = new long[parts];
        for (long k = 0; k < total; k++)
        {
            result[Next(0, parts - 1)]++;
        }

        return result;
    }

    private void SetSum(Dictionary<YearMonth, long> series, IEnumerable<YearMonth> months, long total)
    {
        var chosen = months.ToArray();
        if (total < 0)
        {
            throw new InvalidOperationException("A window cannot sum to a negative count.");
        }

        long[] parts = SplitCounts(total, chosen.Length);
        for (int i = 0; i < chosen.Length; i++)
        {
            series[chosen[i]] = parts[i];
        }
    }

    private static decimal Interpolate(YearMonth month, params (YearMonth Month, decimal Value)[] points)
    {
        static int Index(YearMonth m) => (m.Year * 12) + m.Month;
        for (int i = 1; i < points.Length; i++)
        {
            if (month <= points[i].Month)
            {
                var (a, b) = (points[i - 1], points[i]);
                decimal t = (decimal)(Index(month) - Index(a.Month)) / (Index(b.Month) - Index(a.Month));
                return a.Value + ((b.Value - a.Value) * t);
            }
        }

        return points[^1].Value;
    }

    private static int FinancialYearOf(YearMonth month) => month.Month >= 4 ? month.Year : month.Year - 1;

    private static IEnumerable<YearMonth> Months(YearMonth from, YearMonth to)
    {
        for (var m = from; m <= to; m = m.PlusMonths(1))
        {
            yield return m;
        }
    }

    private void Add(string code, YearMonth month, long numerator, long? denominator) =>
        Add(code, ReportingPeriod.Month(month), numerator, denominator);

    private void Add(string code, ReportingPeriod period, long numerator, long? denominator) =>
        observations.Add(new Observation(code, period, numerator, denominator));

    // xorshift64*: a fixed sequence on every machine and runtime, unlike System.Random's unspecified algorithm.
    private int Next(int min, int max)
    {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        ulong value = state * 0x2545F4914F6CDD1DUL;
        return min + (int)(value % (ulong)(max - min + 1));
    }
}
