using System;
using System.Collections.Generic;
using System.Globalization;
using Measures.Internal;
using Measures.Returns;
using Measures.Returns.Cin;
using NodaTime;

namespace Measures.Samples;

/// <summary>
/// Makes a synthetic CIN census: children with clearly synthetic identifiers ("CIN-000001"), no names and no UPNs
/// (UPNunknown UN1), each with one to three referrals over the collection year and the two before it. Most referrals
/// lead to an assessment (most authorised within 45 working days, some late), some to no further action, some to a
/// section 47 enquiry and an initial conference, and some of those to a child protection plan with reviews; a few
/// children have a second plan or a plan of over two years. The same seed gives the same census on every machine.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class SyntheticCinCensus
{
    private static readonly string[] Needs = ["N1", "N1", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"];

    private static readonly string[] Sources = ["1A", "1B", "2A", "3A", "3B", "4", "5A", "6", "7", "9"];

    private static readonly string[] Categories = ["NEG", "NEG", "NEG", "EMO", "EMO", "PHY", "SAB", "MUL"];

    /// <summary>Makes a census of <paramref name="children"/> children for the year ending 31 March of <paramref name="collectionYear"/>.</summary>
    /// <param name="seed">The seed: the same seed and sizes give the same census.</param>
    /// <param name="children">How many children, 0 to 1,000,000.</param>
    /// <param name="collectionYear">The collection's year (its 31 March census day's year), 2003 to 2100.</param>
    /// <returns>The census.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size or year is out of range.</exception>
    public static CinCensus Generate(int seed, int children, int collectionYear)
    {
        Preconditions.CheckArgumentRange(children, 0, 1_000_000);
        Preconditions.CheckArgumentRange(collectionYear, 2003, 2100);
        var random = new Random(seed);
        var censusDay = new LocalDate(collectionYear, 3, 31);
        var first = new LocalDate(collectionYear - 3, 4, 1);
        int span = Period.Between(first, censusDay, PeriodUnits.Days).Days;
        var list = new List<CinChild>(children);
        for (int i = 1; i <= children; i++)
        {
            var episodes = new List<CinEpisode>();
            var referral = first.PlusDays(random.Next(0, span - 30));
            var born = referral.PlusDays(-random.Next(30, 365 * 17));
            int count = random.Next(10) switch { < 7 => 1, < 9 => 2, _ => 3 };
            int previousPlans = 0;
            for (int e = 0; e < count && referral <= censusDay; e++)
            {
                var episode = Episode(random, referral, censusDay, ref previousPlans);
                episodes.Add(episode);

                // The next referral after this one closes; some come back within 12 months.
                var closed = episode.ClosureDate ?? censusDay;
                referral = closed.PlusDays(random.Next(2) == 0 ? random.Next(20, 330) : random.Next(366, 700));
            }

            string sex = random.Next(2) == 0 ? "F" : "M";
            list.Add(new CinChild(
                string.Create(CultureInfo.InvariantCulture, $"CIN-{i:000000}"), null, null, "UN1", born, null, sex, null, "WBRI", ["NONE"], episodes.AsReadOnly(), RecordLocation.None));
        }

        return new CinCensus
        {
            Header = new CinCensusHeader("CIN", collectionYear.ToString(CultureInfo.InvariantCulture), censusDay, "L", "999", "Synthetic", "1", "001", $"{collectionYear}-04-05T10:00:00"),
            Children = list.AsReadOnly(),
        };
    }

    private static CinEpisode Episode(Random random, LocalDate referral, LocalDate censusDay, ref int previousPlans)
    {
        bool nfa = random.Next(10) == 0;
        var assessments = new List<CinAssessment>();
        var enquiries = new List<Section47Enquiry>();
        var plans = new List<ProtectionPlan>();
        var cinPlans = new List<CinPlan>();
        var lastDay = referral;
        if (!nfa)
        {
            // Most assessments are authorised well within 45 working days (about 63 calendar days); some are late.
            var authorised = referral.PlusDays(random.Next(10) < 8 ? random.Next(5, 55) : random.Next(66, 120));
            assessments.Add(new CinAssessment(referral.PlusDays(1), null, authorised <= censusDay ? authorised : null, ["2A"]));
            lastDay = authorised;
            if (random.Next(4) == 0)
            {
                var enquiry = referral.PlusDays(random.Next(1, 10));
                var conference = enquiry.PlusDays(random.Next(10) < 8 ? random.Next(5, 20) : random.Next(23, 40));
                enquiries.Add(new Section47Enquiry(enquiry, enquiry.PlusDays(21), conference <= censusDay ? conference : null, false));
                if (conference <= censusDay && random.Next(2) == 0)
                {
                    // Most plans last months; one in ten runs beyond two years.
                    var ends = conference.PlusDays(random.Next(10) == 0 ? random.Next(731, 900) : random.Next(90, 500));
                    var reviews = new List<LocalDate> { conference.PlusMonths(3) };
                    string category = Categories[random.Next(Categories.Length)];
                    plans.Add(new ProtectionPlan(conference, ends <= censusDay ? ends : null, category, category, previousPlans, reviews.AsReadOnly()));
                    previousPlans++;
                    lastDay = ends;
                }
                else
                {
                    lastDay = conference;
                }
            }
            else if (random.Next(3) == 0)
            {
                var start = authorised.PlusDays(random.Next(1, 20));
                var end = start.PlusDays(random.Next(60, 300));
                cinPlans.Add(new CinPlan(start, end <= censusDay ? end : null));
                lastDay = end;
            }
        }

        var closure = (nfa ? referral.PlusDays(random.Next(0, 5)) : lastDay.PlusDays(random.Next(1, 60)));
        return new CinEpisode(
            referral,
            Sources[random.Next(Sources.Length)],
            Needs[random.Next(Needs.Length)],
            closure <= censusDay ? closure : null,
            closure <= censusDay ? "RC" + random.Next(1, 9).ToString(CultureInfo.InvariantCulture) : null,
            null,
            nfa,
            assessments.AsReadOnly(),
            cinPlans.AsReadOnly(),
            enquiries.AsReadOnly(),
            plans.AsReadOnly(),
            RecordLocation.None);
    }
}
