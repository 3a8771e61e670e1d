using System;
using System.Collections.Generic;
using Measures.Definitions;
using Measures.Time;

namespace Measures.Tests.Reporting;

/// <summary>
/// Observations of the sample council's measures made from the figures published in the Children and
/// Young People's Services 2023/24 year-end performance report of Rotherham Metropolitan Borough Council,
/// as minuted by its Improving Lives Select Commission on 30 July 2024 (minute 18; seed document
/// 002_6e9f6af52e902438.txt, whose line numbers are cited beside each figure).
/// </summary>
/// <remarks>
/// The report publishes values, not counts: where it gives "91.3%", the observation holds a numerator and
/// a denominator of plausible size that give exactly that value when rounded to the measure's display
/// decimals (see <see cref="Fraction"/>). Counts it publishes ("502 children in care") are used as they are.
/// A previous year's value is included only where the report states it, or states the change it is
/// derived from ("2.5% more than last year", line 58). Each observation is for a whole period (a financial
/// year, a calendar year, an academic year or a term), as year-end outturns are.
/// </remarks>
internal static class PublishedOutturns
{
    public static readonly ReportingPeriod Year = ReportingPeriod.FinancialYear(2023);
    public static readonly ReportingPeriod LastYear = ReportingPeriod.FinancialYear(2022);

    /// <summary>Every observation made from the report.</summary>
    public static IReadOnlyList<Observation> Observations { get; } = Build();

    /// <summary>
    /// The smallest numerator and denominator, with the denominator at least <paramref name="about"/>, whose
    /// value (numerator × <paramref name="per"/> ÷ denominator) rounds half away from zero to <paramref name="value"/>
    /// at <paramref name="decimals"/> places.
    /// </summary>
    public static (long Numerator, long Denominator) Fraction(decimal value, long per, int decimals, long about)
    {
        for (long d = about; d < about * 10; d++)
        {
            long n = (long)Math.Round(value * d / per, MidpointRounding.AwayFromZero);
            if (Math.Round((decimal)n * per / d, decimals, MidpointRounding.AwayFromZero) == value)
            {
                return (n, d);
            }
        }

        throw new InvalidOperationException($"No fraction near {about} gives {value}.");
    }

    private static List<Observation> Build()
    {
        var o = new List<Observation>();
        void Percent(string code, ReportingPeriod period, decimal value, int decimals, long about)
        {
            var (n, d) = Fraction(value, 100, decimals, about);
            o.Add(new Observation(code, period, n, d));
        }

        void Rate(string code, ReportingPeriod period, decimal value, long per, int decimals, long about)
        {
            var (n, d) = Fraction(value, per, decimals, about);
            o.Add(new Observation(code, period, n, d));
        }

        void Mean(string code, ReportingPeriod period, decimal value, long cases)
        {
            var (n, d) = Fraction(value, 1, 1, cases);
            o.Add(new Observation(code, period, n, d));
        }

        void Count(string code, ReportingPeriod period, long count) => o.Add(new Observation(code, period, count, null));

        // Early Help and Family Engagement.
        Percent("EH-01", Year, 91.3m, 1, 2000);                    // line 56: 91.3% contacted within three working days (target 75%)
        Percent("EH-02", Year, 90.1m, 1, 1500);                    // line 58: 90.1% of assessments within 45 days…
        Percent("EH-02", LastYear, 87.6m, 1, 1500);                // line 58: …"2.5% more than last year": 90.1 − 2.5
        Percent("EH-03", Year, 27.5m, 1, 1500);                    // line 59: 27.5% completed by partners…
        Percent("EH-03", LastYear, 25.6m, 1, 1500);                // line 59: …"an increase of 1.9%": 27.5 − 1.9
        Percent("EH-04", Year, 94.5m, 1, 6000);                    // line 60: 94.5% registered…
        Percent("EH-04", LastYear, 92m, 1, 6000);                  // line 60: …"last year when performance reached 92%"
        Percent("EH-05", Year, 80.6m, 1, 6000);                    // line 61: "increased from 78% to 80.6%"
        Percent("EH-05", LastYear, 78m, 1, 6000);
        Percent("EH-06", Year, 4.95m, 2, 6000);                    // line 64: combined NEET/NK 4.95% (target 6%)
        Percent("EH-07", Year, 4.3m, 1, 6000);                     // line 62: NEET 4.3% (target 4.5%, lower is better)
        Percent("EH-08", Year, 0.64m, 2, 6000);                    // line 63: Not Known 0.64%
        Rate("EH-09", Year, 16.1m, 100_000, 1, 25_000);            // line 65: reoffending "from 19.8 to 16.1 per 100k" (national 32.1)
        Rate("EH-09", LastYear, 19.8m, 100_000, 1, 25_000);
        Rate("EH-10", Year, 186m, 100_000, 0, 25_000);             // line 74: first-time entrants 186 per 100k "when compared with 170"
        Rate("EH-10", LastYear, 170m, 100_000, 0, 25_000);

        // Children's Social Care.
        Rate("CSC-01", Year, 316.8m, 10_000, 1, 56_000);           // line 78: children in need 316.8 per 10k, "reduced from 378.6"
        Rate("CSC-01", LastYear, 378.6m, 10_000, 1, 56_000);
        Rate("CSC-02", Year, 45.6m, 10_000, 1, 56_000);            // line 79: child protection plans 45.6, "reduced from 70.4"
        Rate("CSC-02", LastYear, 70.4m, 10_000, 1, 56_000);
        Rate("CSC-03", Year, 88.4m, 10_000, 1, 56_000);            // line 80: children in care 88.4, "reduced from 96.7"
        Rate("CSC-03", LastYear, 96.7m, 10_000, 1, 56_000);
        Count("CSC-04", Year, 502);                                // line 81: "39/502 at the end of March 24"
        Count("CSC-05", Year, 39);
        Count("CSC-06", Year, 348);                                // line 82: leaving care "increased … to 348 from 319"
        Count("CSC-06", LastYear, 319);
        Percent("CSC-07", Year, 17.3m, 1, 3000);                   // line 83: re-referrals 17.3%, "in-line with the previous year (17.3%)", target below 22%
        Percent("CSC-07", LastYear, 17.3m, 1, 3000);
        Rate("CSC-08", Year, 194.8m, 10_000, 1, 56_000);           // line 84: S47s 194.8 per 10k "(278.2 last year)", national 191.6
        Rate("CSC-08", LastYear, 278.2m, 10_000, 1, 56_000);
        Percent("CSC-09", Year, 95m, 1, 250);                      // lines 85–87: 95% up-to-date plans, "improvement … (88.7%)", "met the target of 95%"
        Percent("CSC-09", LastYear, 88.7m, 1, 250);
        Mean("CSC-10", Year, 387.2m, 20);                          // line 90: 387.2 days, "last year … 492.5"
        Mean("CSC-10", LastYear, 492.5m, 20);
        Mean("CSC-11", Year, 182.6m, 20);                          // line 91: 182.6 days, "improvement on 197.4 last year"
        Mean("CSC-11", LastYear, 197.4m, 20);
        Percent("CSC-12", Year, 69.3m, 1, 10_000);                 // line 97: decisions within one working day "declined … from 72.1% to 69.3"
        Percent("CSC-12", LastYear, 72.1m, 1, 10_000);
        Percent("CSC-13", Year, 84.8m, 1, 300);                    // line 98: ICPCs within 15 days 84.8%, "below the target of 90%"
        Percent("CSC-14", Year, 65.2m, 1, 200);                    // line 103: stable placements 65.2%, "remained the same as last year", target 70%
        Percent("CSC-14", LastYear, 65.2m, 1, 200);
        Percent("CSC-15", Year, 75.3m, 1, 450);                    // line 105: family-based settings 75.3% "compared to 77% last year"
        Percent("CSC-15", LastYear, 77m, 1, 450);

        // CSC-16 (dental checks): line 149 says only "well below the 95% target"; no figure, so no observation.

        // Education: termly figures for the spring term ("term 2") and academic-year outcomes.
        var spring = ReportingPeriod.Term(2023, SchoolTerm.Spring);
        var springLastYear = ReportingPeriod.Term(2022, SchoolTerm.Spring);
        Percent("ED-01", spring, 90.9m, 1, 700);                   // line 107: 90.9% of 2-year-olds at the end of term 2, "an improvement on 90% at outturn last year", target 85%
        Percent("ED-01", springLastYear, 90m, 1, 700);
        Percent("ED-02", ReportingPeriod.AcademicYear(2023), 99.2m, 1, 3000); // line 108: 99.2% on National Offer Day 2024 (no 2023 figure)
        Percent("ED-03", ReportingPeriod.AcademicYear(2023), 97.4m, 1, 3000); // line 109: 97.4% in 2024, "an improvement on the 96% achieved in 2023"
        Percent("ED-03", ReportingPeriod.AcademicYear(2022), 96m, 1, 3000);
        Percent("ED-04", ReportingPeriod.AcademicYear(2022), 67.3m, 1, 3000); // line 110: EYFS 67.3% in 2022/23 "compared to 64.5% the previous year"
        Percent("ED-04", ReportingPeriod.AcademicYear(2021), 64.5m, 1, 3000);
        Percent("ED-05", ReportingPeriod.AcademicYear(2022), 79m, 0, 3000);   // line 111: phonics 79% "compared with 75% in 2021/2022"
        Percent("ED-05", ReportingPeriod.AcademicYear(2021), 75m, 0, 3000);
        Percent("ED-06", ReportingPeriod.AcademicYear(2022), 55m, 0, 3000);   // line 112: KS2 expected standard 55%, "a pleasing 1% improvement"
        Percent("ED-06", ReportingPeriod.AcademicYear(2021), 54m, 0, 3000);
        Percent("ED-07", ReportingPeriod.AcademicYear(2022), 5m, 0, 3000);    // line 112: 5% at the higher standard
        Percent("ED-08", ReportingPeriod.AcademicYear(2022), 38.7m, 1, 3000); // line 122: KS4 grade 5+ "reduced to 38.7% when compared with 44.7% the previous year"
        Percent("ED-08", ReportingPeriod.AcademicYear(2021), 44.7m, 1, 3000);
        Percent("ED-09", spring, 99.7m, 1, 300);                   // line 113: 99.7% up-to-date PEPs during term 2, target 95%
        Count("ED-10", spring, 523);                               // line 120: 523 EHE at the end of term 2, "increase on the 435 at the end of term 2 last year"
        Count("ED-10", springLastYear, 435);

        // ED-11 and ED-12 (exclusions) are published only as totals "by the end of term 2" (line 121); the
        // termly figures they are made of are not, so they have no observations here (see ScorecardBuilderTests).

        // Inclusion.
        Percent("INC-01", ReportingPeriod.CalendarYear(2023), 59.9m, 1, 400);  // line 125: EHCPs within 20 weeks 59.9% in 2023, "above target of 58%"
        Percent("INC-02", ReportingPeriod.AcademicYear(2023), 95.8m, 1, 250);  // line 126: primary transition reviews 95.8%, target 70%
        Percent("INC-03", ReportingPeriod.AcademicYear(2023), 79.1m, 1, 250);  // line 126: secondary transition reviews 79.1%, target 70%
        Count("INC-04", Year, 3360);                               // line 131: "3360 at the end of March 2024 compared to 3056 at the end of March 2023"
        Count("INC-04", LastYear, 3056);
        return o;
    }
}
