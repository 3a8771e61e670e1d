using System;
using System.Collections.Generic;
using System.Globalization;
using Measures.Returns.Ssda903;
using NodaTime;
using static Measures.Samples.SyntheticSsda903Codes;

namespace Measures.Samples;

/// <summary>
/// Makes the records of one synthetic return, child by child, from one seeded random source. Not thread-safe: each
/// call of <see cref="SyntheticSsda903.Generate(int, int, LocalDate, SyntheticSsda903Options)"/> has its own.
/// </summary>
internal sealed class SyntheticSsda903Builder
{
    private const string NoUrn = "XXXXXXX";

    private readonly int count;
    private readonly Random random;
    private readonly LocalDate yearEnd;
    private readonly LocalDate yearStart;
    private readonly int yearDays;
    private readonly SyntheticSsda903Options options;
    private readonly string[] socialWorkers;

    private readonly List<ChildHeader> children;
    private readonly List<Episode> episodes;
    private readonly List<Review> reviews;
    private readonly List<UnaccompaniedAsylumSeeker> uasc;
    private readonly List<HealthOutcome> health;
    private readonly List<CareLeaverOutcome> careLeavers;
    private readonly List<AdoptionRecord> adoptions;
    private readonly List<PlacedForAdoption> placed;
    private readonly List<PreviousPermanence> previousPermanence;
    private readonly List<MissingEpisode> missing;
    private readonly List<SocialWorkerEpisode> socialWorkerEpisodes;

    public SyntheticSsda903Builder(int count, int seed, LocalDate yearEnd, SyntheticSsda903Options options)
    {
        this.count = count;
        random = new Random(seed);
        this.yearEnd = yearEnd;
        yearStart = yearEnd.PlusYears(-1).PlusDays(1);
        yearDays = Days(yearStart, yearEnd) + 1;
        this.options = options;

        // Sized up front from the shares the draws below give, with a margin, so that lists rarely grow.
        children = new List<ChildHeader>(count);
        episodes = new List<Episode>((count * 5 / 2) + 16);
        reviews = new List<Review>((count * 9 / 4) + 16);
        uasc = new List<UnaccompaniedAsylumSeeker>((count / 40) + 16);
        health = new List<HealthOutcome>((count * 3 / 5) + 16);
        careLeavers = new List<CareLeaverOutcome>((int)(count * options.CareLeaverShare * 1.1) + 16);
        adoptions = new List<AdoptionRecord>((count / 25) + 16);
        placed = new List<PlacedForAdoption>((count / 15) + 16);
        previousPermanence = new List<PreviousPermanence>((count * 3 / 10) + 16);
        missing = new List<MissingEpisode>((count * 3 / 5) + 16);
        socialWorkerEpisodes = new List<SocialWorkerEpisode>((count * 2) + 16);

        socialWorkers = new string[Math.Max(10, count / 18)];
        for (int i = 0; i < socialWorkers.Length; i++)
        {
            socialWorkers[i] = string.Create(CultureInfo.InvariantCulture, $"SYNSW{i + 1:D4}");
        }
    }

    public Ssda903Return Build()
    {
        for (int i = 0; i < count; i++)
        {
            string id = string.Create(CultureInfo.InvariantCulture, $"SYN{i + 1:D6}");
            double kind = random.NextDouble();
            if (kind < options.CareLeaverShare)
            {
                CareLeaver(i, id);
            }
            else if (kind < options.CareLeaverShare + options.ShortBreakShare)
            {
                ShortBreaks(i, id);
            }
            else
            {
                LookedAfter(i, id);
            }
        }

        return new Ssda903Return
        {
            Files = new HashSet<Ssda903File>(Enum.GetValues<Ssda903File>()),
            Children = children,
            Episodes = episodes,
            Reviews = reviews,
            UnaccompaniedAsylumSeekers = uasc,
            HealthOutcomes = health,
            CareLeaverOutcomes = careLeavers,
            Adoptions = adoptions,
            PlacedForAdoption = placed,
            PreviousPermanence = previousPermanence,
            MissingEpisodes = missing,
            SocialWorkerEpisodes = socialWorkerEpisodes,
        };
    }

    private static int Days(LocalDate from, LocalDate to) => Period.DaysBetween(from, to);

    // Whole years completed on d, as NodaTime's calendar arithmetic counts them.
    private static int AgeOn(LocalDate dob, LocalDate d)
    {
        int years = d.Year - dob.Year;
        return dob.PlusYears(years) > d ? years - 1 : years;
    }

    private bool Chance(double p) => random.NextDouble() < p;

    private LocalDate Between(LocalDate from, LocalDate to) => from.PlusDays(random.Next(Days(from, to) + 1));

    private string Postcode() => Postcodes[random.Next(Postcodes.Length)];

    // A child looked after at some time in the year, with the history of their care.
    private void LookedAfter(int index, string id)
    {
        bool asylum = Chance(0.06);
        LocalDate start;
        bool startedInYear = Chance(0.28);
        if (startedInYear)
        {
            start = yearStart.PlusDays(random.Next(yearDays));
        }
        else
        {
            // Long-tailed time in care: a third under a year, a third 1 to 2.5 years, a third 2.5 to 10 years.
            double band = random.NextDouble();
            int before = band < 0.33 ? 1 + random.Next(365) : band < 0.62 ? 366 + random.Next(548) : 914 + random.Next(2737);
            start = yearStart.PlusDays(-before);
        }

        LocalDate dob = start.PlusDays(-AgeAtEntryDays(asylum));

        // Under 18 on the first day of the year, or the child was never looked after in it.
        LocalDate earliestDob = yearStart.PlusYears(-18).PlusDays(2);
        if (dob < earliestDob)
        {
            dob = Between(earliestDob, start);
        }

        string sex = asylum ? (Chance(0.95) ? "1" : "2") : (Chance(0.53) ? "1" : "2");
        AddHeader(index, id, sex, dob, lookedAfterInYear: true);

        // A few children came back into care: an earlier period ended with them going home.
        if (!asylum && Days(dob, start) > 500 && Chance(0.12))
        {
            LocalDate previousEnd = start.PlusDays(-(30 + random.Next(Math.Min(700, Days(dob, start) - 400))));
            int length = 20 + random.Next(500);
            LocalDate previousStart = previousEnd.PlusDays(-length);
            if (previousStart < dob)
            {
                previousStart = dob;
            }

            if (Days(previousStart, previousEnd) > 7)
            {
                WritePeriod(id, dob, previousStart, previousEnd, CeasedBeforeReturn.Draw(random), asylum, adoption: false);
            }
        }

        // How the current period ends: at 18, earlier in the year, or not at all.
        LocalDate eighteenth = dob.PlusYears(18);
        LocalDate? end = null;
        string? reason = null;
        bool adopted = false;
        if (eighteenth <= yearEnd)
        {
            end = eighteenth;
            reason = CeasedAt18.Draw(random);
        }
        else if (start < yearEnd && Chance(startedInYear ? 0.32 : 0.22))
        {
            LocalDate from = start >= yearStart ? start.PlusDays(1) : yearStart.PlusDays(1);
            end = Between(from, yearEnd);
            if (AgeOn(dob, end.Value) < 8 && Days(start, end.Value) >= 300 && Chance(0.6))
            {
                adopted = true;
                reason = Chance(0.45) ? "E11" : "E12";
            }
            else
            {
                reason = Ceased.Draw(random);
            }
        }

        WritePeriod(id, dob, start, end, reason, asylum, adopted);

        if (asylum)
        {
            var stopped = eighteenth <= yearEnd && eighteenth >= yearStart.PlusYears(-1) ? eighteenth : (LocalDate?)null;
            if (stopped is not null)
            {
                uasc.Add(new UnaccompaniedAsylumSeeker(id, sex, dob, stopped));
            }
        }

        // A decision to place for adoption not yet carried out, for some young children in care a while.
        if (end is null && AgeOn(dob, yearEnd) < 6 && Days(start, yearEnd) > 300 && Chance(0.12))
        {
            placed.Add(new PlacedForAdoption(id, dob, Between(start.PlusDays(60), yearEnd), null, null));
        }

        if (startedInYear)
        {
            AddPreviousPermanence(id, dob, start);
        }

        if (end is null && start <= yearEnd.PlusYears(-1))
        {
            AddHealth(id, dob);
        }

        AddReviews(id, dob, start, end);
        AddMissing(id, dob, start, end);
        AddSocialWorkers(id, dob, start, end);
    }

    private int AgeAtEntryDays(bool asylum)
    {
        if (asylum)
        {
            return (14 * 365) + random.Next(3 * 365);
        }

        // Ages at entry: babies, toddlers, primary-age children, teenagers, older teenagers.
        double band = random.NextDouble();
        return band < 0.19 ? random.Next(365)
            : band < 0.35 ? 365 + random.Next(4 * 365)
            : band < 0.52 ? (5 * 365) + random.Next(5 * 365)
            : band < 0.87 ? (10 * 365) + random.Next(6 * 365)
            : (16 * 365) + random.Next(700);
    }

    // Writes the episodes of one period of care. Changes of placement and legal status come at random intervals; an
    // adoption ends with a placement for adoption.
    private void WritePeriod(string id, LocalDate dob, LocalDate start, LocalDate? end, string? reason, bool asylum, bool adoption)
    {
        string cin = asylum ? "N8" : CategoryOfNeed.Draw(random);
        string home = Postcode();
        string legal = asylum ? "V2" : FirstLegalStatus.Draw(random);
        if (legal[0] == 'J' && AgeOn(dob, start) < 10)
        {
            legal = "V2";
        }

        string place = Placement(dob, start);
        string provider = Provider(place);
        string placePostcode = place == "P1" ? home : Postcode();
        string rne = "S";
        LocalDate episodeStart = start;

        LocalDate adoptionPlacement = default;
        LocalDate limit;
        if (adoption)
        {
            LocalDate adopted = end!.Value;
            adoptionPlacement = adopted.PlusDays(-Math.Min(60 + random.Next(300), Days(start, adopted) - 90));
            limit = adoptionPlacement;
        }
        else
        {
            limit = end ?? yearEnd.PlusDays(1);
        }

        // Most children's placements are stable for years; a few children go through a spell of moves every few
        // months, which for them spans the year and the six months before it.
        bool unsettled = Chance(0.22);
        LocalDate unsettledFrom = yearStart.PlusDays(-180);
        LocalDate t = start;
        while (true)
        {
            double meanGap = unsettled && t >= unsettledFrom ? 130 : 1000;
            t = t.PlusDays(7 + (int)(-Math.Log(1 - random.NextDouble()) * meanGap));
            if (t >= limit)
            {
                break;
            }

            double kind = random.NextDouble();
            string nextRne;
            string nextLegal = legal;
            string nextPlace = place;
            if (kind < 0.24 && NextLegalStatus(legal) is { } changed)
            {
                nextRne = "L";
                nextLegal = changed;
            }
            else if (kind < 0.31 && (place == "U3" || place == "U6"))
            {
                nextRne = "U";
                nextPlace = place == "U3" ? "U1" : "U4";
            }
            else
            {
                double moveKind = random.NextDouble();
                nextPlace = Placement(dob, t);
                if (moveKind < 0.12 && NextLegalStatus(legal) is { } withMove)
                {
                    nextRne = moveKind < 0.06 ? "T" : "B";
                    nextLegal = withMove;
                }
                else
                {
                    nextRne = "P";
                }
            }

            bool moves = nextRne != "L";
            episodes.Add(new Episode(id, episodeStart, rne, legal, cin, place, provider, t, "X1", moves ? ReasonPlaceChange.Draw(random) : null, home, placePostcode, NoUrn));
            rne = nextRne;
            episodeStart = t;
            legal = nextLegal;
            if (moves)
            {
                if (nextRne != "U")
                {
                    provider = Provider(nextPlace);
                    placePostcode = nextPlace == "P1" ? home : Postcode();
                }

                place = nextPlace;
            }
        }

        if (adoption)
        {
            bool order = Chance(0.85);
            bool foster = Chance(0.2);
            string adoptionPlace = order ? (foster ? "A5" : "A6") : (foster ? "A3" : "A4");
            string adoptionRne = order && legal != "E1" ? (foster ? "T" : "B") : (foster ? "U" : "P");
            episodes.Add(new Episode(id, episodeStart, rne, legal, cin, place, provider, adoptionPlacement, "X1", "PLACE", home, placePostcode, NoUrn));
            rne = adoptionRne;
            episodeStart = adoptionPlacement;
            legal = order ? "E1" : legal;
            place = adoptionPlace;
            provider = ProviderAdoption.Draw(random);
            placePostcode = foster ? placePostcode : Postcode();
            AddAdoption(id, dob, start, adoptionPlacement, end!.Value, reason!, foster);
        }

        episodes.Add(new Episode(id, episodeStart, rne, legal, cin, place, provider, end, reason, null, home, placePostcode, NoUrn));
    }

    private static string? NextLegalStatus(string legal) => legal switch
    {
        "V2" => "C2",
        "C2" => "C1",
        "L1" or "L2" => "C2",
        "J1" or "J2" or "J3" => "V2",
        _ => null,
    };

    private string Placement(LocalDate dob, LocalDate on)
    {
        int age = AgeOn(dob, on);
        return (age < 5 ? PlacementUnder5 : age < 16 ? PlacementUnder16 : Placement16Plus).Draw(random);
    }

    private string Provider(string place) => place switch
    {
        "P1" => "PR0",
        "K2" or "H5" or "R1" or "S1" or "R5" => ProviderHome.Draw(random),
        "P2" or "Z1" or "R3" => "PR1",
        _ => ProviderFoster.Draw(random),
    };

    private void AddAdoption(string id, LocalDate dob, LocalDate start, LocalDate adoptionPlacement, LocalDate adopted, string reason, bool foster)
    {
        // The decision comes at least a month into care and 40 days before the placement; the match between them.
        LocalDate decision = start.PlusDays(30 + random.Next(Days(start, adoptionPlacement) - 70 + 1));
        LocalDate match = decision.PlusDays(1 + random.Next(Days(decision, adoptionPlacement) - 1));
        bool couple = Chance(0.85);
        string sex = couple ? (Chance(0.85) ? "MF" : Chance(0.5) ? "MM" : "FF") : (Chance(0.8) ? "F1" : "M1");
        string status = couple ? (Chance(0.6) ? "L11" : Chance(0.2) ? "L12" : "L2") : "L0";
        adoptions.Add(new AdoptionRecord(id, dob, decision, match, foster ? "1" : "0", couple ? "L1" : "L0", sex, status));
        placed.Add(new PlacedForAdoption(id, dob, decision, adopted, reason));
    }

    private void AddHeader(int index, string id, string sex, LocalDate dob, bool lookedAfterInYear)
    {
        int age = AgeOn(dob, yearEnd);
        string upn = age < 4 ? "UN1" : string.Create(CultureInfo.InvariantCulture, $"Z999{index + 1:D9}");
        string? mother = null;
        LocalDate? motherChild = null;
        if (lookedAfterInYear && sex == "2" && age >= 12)
        {
            bool isMother = age >= 14 && Chance(0.02);
            mother = isMother ? "1" : "0";
            motherChild = isMother ? Between(dob.PlusYears(14), yearEnd) : null;
        }

        children.Add(new ChildHeader(id, sex, dob, Ethnicity.Draw(random), upn, mother, motherChild));
    }

    private void AddPreviousPermanence(string id, LocalDate dob, LocalDate start)
    {
        string kind = PreviousPermanenceKind.Draw(random);
        if (kind == "Z1" || Days(dob, start) < 60)
        {
            previousPermanence.Add(new PreviousPermanence(id, dob, "Z1", null, null));
            return;
        }

        LocalDate order = Between(dob.PlusDays(30), start.PlusDays(-1));
        string date = Chance(0.3)
            ? order.ToString("'zz'/MM/yyyy", CultureInfo.InvariantCulture)
            : order.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        previousPermanence.Add(new PreviousPermanence(id, dob, kind, "999", date));
    }

    private void AddHealth(string id, LocalDate dob)
    {
        int age = AgeOn(dob, yearEnd);
        string? sdq = null;
        string? sdqReason = null;
        if (age is >= 4 and <= 16)
        {
            if (Chance(0.8))
            {
                sdq = Math.Clamp((int)Math.Round(14 + (7 * Normal())), 0, 40).ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                sdqReason = Chance(0.5) ? "SDQ2" : Chance(0.5) ? "SDQ3" : "SDQ5";
            }
        }

        string? convicted = age >= 10 ? (Chance(0.02) ? "1" : "0") : null;
        string check = Chance(0.90) ? "1" : "0";
        bool misuse = age >= 10 && Chance(0.04);
        string? received = misuse ? (Chance(0.6) ? "1" : "0") : null;
        string? offered = received == "0" ? (Chance(0.5) ? "1" : "0") : null;
        health.Add(new HealthOutcome(
            id, dob, sdq, sdqReason, convicted, check, Chance(0.83) ? "1" : "0", Chance(0.78) ? "1" : "0", check,
            misuse ? "1" : "0", received, offered));
    }

    // A standard normal draw (Box–Muller), for scores that cluster around a mean.
    private double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    // Reviews in the year: 20 working days after entry (about 28 days), three months later, then every six months.
    private void AddReviews(string id, LocalDate dob, LocalDate start, LocalDate? end)
    {
        LocalDate last = end is { } e && e <= yearEnd ? e.PlusDays(-1) : yearEnd;
        LocalDate review = start.PlusDays(20 + random.Next(10));
        int step = 0;
        while (review <= last)
        {
            if (review >= yearStart)
            {
                string code = AgeOn(dob, review) < 4 ? "PN0" : ReviewParticipation.Draw(random);
                reviews.Add(new Review(id, dob, review, code));
            }

            review = step++ == 0 ? review.PlusMonths(3).PlusDays(-random.Next(10)) : review.PlusMonths(6).PlusDays(-random.Next(20));
        }
    }

    // Missing and away episodes in the year, mostly of teenagers: about one child in nine looked after in the year.
    private void AddMissing(string id, LocalDate dob, LocalDate start, LocalDate? end)
    {
        LocalDate first = start > yearStart ? start : yearStart;
        LocalDate last = end is { } e && e <= yearEnd ? e.PlusDays(-1) : yearEnd;
        if (last < first || AgeOn(dob, last) < 10 || !Chance(0.2))
        {
            return;
        }

        int episodesWanted = 1 + (int)(-Math.Log(1 - random.NextDouble()) * 5);
        LocalDate t = first.PlusDays(random.Next(Math.Min(Days(first, last) + 1, 120)));
        for (int n = 0; n < episodesWanted && t <= last; n++)
        {
            LocalDate back = t.PlusDays(random.Next(4));
            missing.Add(new MissingEpisode(id, dob, Chance(0.85) ? "M" : "A", t, back <= yearEnd ? back : null));
            t = back.PlusDays(1 + random.Next(1, 90));
        }
    }

    // Social workers over the year: the one holding the case at the year start (or entry), then changes.
    private void AddSocialWorkers(string id, LocalDate dob, LocalDate start, LocalDate? end)
    {
        LocalDate from = start >= yearStart ? start : Between(start, yearStart);
        LocalDate stop = end ?? yearEnd.PlusDays(1);
        while (true)
        {
            LocalDate change = from.PlusDays(120 + random.Next(600));
            string worker = socialWorkers[random.Next(socialWorkers.Length)];
            if (change >= stop || change > yearEnd)
            {
                socialWorkerEpisodes.Add(new SocialWorkerEpisode(id, dob, worker, from, end, null));
                return;
            }

            socialWorkerEpisodes.Add(new SocialWorkerEpisode(id, dob, worker, from, change, SocialWorkerReason.Draw(random)));
            from = change;
        }
    }

    // A young person aged 19 to 21 at the year end who left care at 16 to 18 (the OC3 cohort).
    private void CareLeaver(int index, string id)
    {
        int age = 19 + random.Next(3);
        LocalDate dob = yearEnd.PlusYears(-age).PlusDays(-random.Next(365));
        AddHeader(index, id, Chance(0.55) ? "1" : "2", dob, lookedAfterInYear: false);

        LocalDate start = dob.PlusYears(14).PlusDays(random.Next(900));
        LocalDate eighteenth = dob.PlusYears(18);
        if (Chance(0.75))
        {
            WritePeriod(id, dob, start, eighteenth, CeasedAt18.Draw(random), asylum: false, adoption: false);
        }
        else
        {
            LocalDate sixteenth = dob.PlusYears(16);
            LocalDate from = start.PlusDays(91) > sixteenth ? start.PlusDays(91) : sixteenth;
            WritePeriod(id, dob, start, Between(from, eighteenth.PlusDays(-1)), Ceased.Draw(random), asylum: false, adoption: false);
        }

        string inTouch = InTouch.Draw(random);
        string? activity = null;
        string? accommodation = null;
        if (inTouch == "YES")
        {
            activity = Activity.Draw(random);
            // Types S and X are only ever not suitable in the code list.
            string type = AccommodationType.Draw(random);
            accommodation = type + (type is not ("S" or "X") && Chance(0.9) ? "1" : "2");
        }

        careLeavers.Add(new CareLeaverOutcome(id, dob, inTouch, activity, accommodation));
    }

    // A disabled child looked after only under an agreed series of short breaks (LS V3 each break, V4 one agreement).
    private void ShortBreaks(int index, string id)
    {
        int age = 5 + random.Next(12);
        LocalDate dob = yearEnd.PlusYears(-age).PlusDays(-random.Next(365));
        AddHeader(index, id, Chance(0.6) ? "1" : "2", dob, lookedAfterInYear: true);
        string home = Postcode();
        string place = Chance(0.5) ? "K2" : "U6";
        string provider = Provider(place);
        string placePostcode = Postcode();

        if (Chance(0.7))
        {
            int breaks = 2 + random.Next(5);
            int slot = yearDays / breaks;
            for (int b = 0; b < breaks; b++)
            {
                LocalDate breakStart = yearStart.PlusDays((b * slot) + random.Next(slot - 5));
                LocalDate breakEnd = breakStart.PlusDays(1 + random.Next(4));
                episodes.Add(new Episode(id, breakStart, "S", "V3", "N2", place, provider, breakEnd, "E4A", null, home, placePostcode, NoUrn));
            }
        }
        else
        {
            LocalDate agreed = yearStart.PlusDays(-random.Next(700));
            LocalDate? ended = Chance(0.6) ? null : Between(yearStart.PlusDays(1), yearEnd);
            episodes.Add(new Episode(id, agreed, "S", "V4", "N2", place, provider, ended, ended is null ? null : "E4A", null, home, placePostcode, NoUrn));
        }
    }
}
