using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Returns.Ssda903;
using Measures.Samples;
using NodaTime;

namespace Measures.Tests.Samples;

public sealed class SyntheticSsda903Tests
{
    private static readonly LocalDate YearEnd = new(2024, 3, 31);
    private static readonly LocalDate YearStart = new(2023, 4, 1);

    // One national-size return and one council-size return, shared by the tests that only read them.
    private static readonly Lazy<Ssda903Return> National = new(() => SyntheticSsda903.Generate(110_000, 2024, YearEnd));
    private static readonly Lazy<Ssda903Return> Council = new(() => SyntheticSsda903.Generate(3_000, 17, YearEnd));

    // The DfE's SSDA903 code lists, as the data-to-insight 903 validator (data-to-insight/csc-validator-be-903,
    // lac_validator/rules/lac2022_23: rules 143 RNE, 144 LS, 145 CIN, 146 PLACE, 149 REC, 1009 REASON_PLACE_CHANGE,
    // 131 IN_TOUCH, 132 ACTIV and the OC3 ACCOM rule) holds them.
    private static readonly HashSet<string> Rne = ["S", "P", "L", "T", "U", "B"];
    private static readonly HashSet<string> LegalStatus = ["C1", "C2", "D1", "E1", "V2", "V3", "V4", "J1", "J2", "J3", "L1", "L2", "L3"];
    private static readonly HashSet<string> CategoryOfNeed = ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"];
    private static readonly HashSet<string> Place =
    [
        "A3", "A4", "A5", "A6", "H5", "K1", "K2", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4",
        "U1", "U2", "U3", "U4", "U5", "U6", "Z1",
    ];
    private static readonly HashSet<string> Rec =
    [
        "E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E8", "E9", "E14", "E15", "E16", "E17", "X1",
    ];
    private static readonly HashSet<string> ReasonPlaceChange = ["CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "CUSTOD", "OTHER"];
    private static readonly HashSet<string> InTouch = ["YES", "NO", "DIED", "REFU", "NREQ", "RHOM"];
    private static readonly HashSet<string> Activity = ["F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0"];
    private static readonly HashSet<string> Accommodation =
    [
        "B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2", "R1", "R2", "S2", "T1", "T2", "U1", "U2",
        "V1", "V2", "W1", "W2", "X2", "Y1", "Y2", "Z1", "Z2", "0",
    ];

    [Fact]
    public void The_same_seed_gives_the_same_records_and_another_seed_different_ones()
    {
        var a = SyntheticSsda903.Generate(800, 5, YearEnd);
        var b = SyntheticSsda903.Generate(800, 5, YearEnd);
        Assert.Equal(a.Children, b.Children);
        Assert.Equal(a.Episodes, b.Episodes);
        Assert.Equal(a.Reviews, b.Reviews);
        Assert.Equal(a.UnaccompaniedAsylumSeekers, b.UnaccompaniedAsylumSeekers);
        Assert.Equal(a.HealthOutcomes, b.HealthOutcomes);
        Assert.Equal(a.CareLeaverOutcomes, b.CareLeaverOutcomes);
        Assert.Equal(a.Adoptions, b.Adoptions);
        Assert.Equal(a.PlacedForAdoption, b.PlacedForAdoption);
        Assert.Equal(a.PreviousPermanence, b.PreviousPermanence);
        Assert.Equal(a.MissingEpisodes, b.MissingEpisodes);
        Assert.Equal(a.SocialWorkerEpisodes, b.SocialWorkerEpisodes);

        var c = SyntheticSsda903.Generate(800, 6, YearEnd);
        Assert.NotEqual(a.Episodes, c.Episodes);
        Assert.NotEqual(a.Children, c.Children);
    }

    [Fact]
    public void Every_file_is_present_and_filled()
    {
        var r = Council.Value;
        Assert.Equal(Enum.GetValues<Ssda903File>(), r.Files.Order());
        Assert.Equal(3_000, r.Children.Count);
        Assert.All(
            new[] { r.Episodes.Count, r.Reviews.Count, r.UnaccompaniedAsylumSeekers.Count, r.HealthOutcomes.Count, r.CareLeaverOutcomes.Count, r.Adoptions.Count, r.PlacedForAdoption.Count, r.PreviousPermanence.Count, r.MissingEpisodes.Count, r.SocialWorkerEpisodes.Count },
            n => Assert.True(n > 0));
        Assert.Empty(r.Problems);
    }

    [Fact]
    public void A_council_size_return_is_valid_by_construction()
    {
        Assert.Empty(Violations(Council.Value, YearEnd));
    }

    [Fact]
    public void A_national_size_return_is_valid_by_construction()
    {
        Assert.Empty(Violations(National.Value, YearEnd).Take(20));
    }

    [Property(MaxTest = 40)]
    public Property Any_seed_size_and_year_gives_a_valid_return(int seed, byte size, byte year)
    {
        var yearEnd = new LocalDate(2000 + (year % 40), 3, 31);
        var r = SyntheticSsda903.Generate(size % 80, seed, yearEnd);
        var violations = Violations(r, yearEnd).Take(5).ToList();
        return (violations.Count == 0).Label(string.Join("; ", violations));
    }

    [Fact]
    public void A_year_ending_on_another_day_gives_a_valid_return()
    {
        // A leap day and a calendar year end: the year's first day is 1 March 2023 and 1 January 2023.
        Assert.Empty(Violations(SyntheticSsda903.Generate(400, 3, new LocalDate(2024, 2, 29)), new LocalDate(2024, 2, 29)));
        Assert.Empty(Violations(SyntheticSsda903.Generate(400, 3, new LocalDate(2023, 12, 31)), new LocalDate(2023, 12, 31)));
    }

    [Fact]
    public void The_validity_check_finds_broken_returns()
    {
        // The checks above pass on generated returns; here each kind of fault is planted to show they can fail.
        var r = SyntheticSsda903.Generate(200, 9, YearEnd);
        var chained = r.Episodes.Select((e, i) => (e, i)).First(x => x.e.ReasonEpisodeCeased == "X1").i;
        var gap = r.Episodes.ToList();
        gap[chained] = gap[chained] with { End = gap[chained].End!.Value.PlusDays(-1) };
        Assert.Contains(Violations(With(r, gap), YearEnd), v => v.Contains("X1", StringComparison.Ordinal));

        var overlap = r.Episodes.ToList();
        overlap[chained] = overlap[chained] with { End = overlap[chained].End!.Value.PlusDays(5) };
        Assert.NotEmpty(Violations(With(r, overlap), YearEnd));

        var stranger = r.Episodes.Append(r.Episodes[0] with { ChildId = "SYN999999", Start = YearEnd }).ToList();
        Assert.Contains(Violations(With(r, stranger), YearEnd), v => v.Contains("not in Header", StringComparison.Ordinal));

        var badCode = r.Episodes.ToList();
        badCode[0] = badCode[0] with { Placement = "Q9" };
        Assert.Contains(Violations(With(r, badCode), YearEnd), v => v.Contains("PLACE", StringComparison.Ordinal));

        var late = r.Episodes.ToList();
        int open = late.FindIndex(e => e.End is null && e.LegalStatus != "V4");
        late[open] = late[open] with { End = YearEnd.PlusDays(1), ReasonEpisodeCeased = "E8" };
        Assert.Contains(Violations(With(r, late), YearEnd), v => v.Contains("after the year end", StringComparison.Ordinal));
    }

    [Fact]
    public void Identifiers_and_postcodes_are_plainly_invented()
    {
        var r = Council.Value;
        Assert.All(r.Children, c =>
        {
            Assert.Matches("^SYN[0-9]{6}$", c.ChildId);
            Assert.True(c.Upn == "UN1" || (c.Upn!.Length == 13 && c.Upn.StartsWith("Z999", StringComparison.Ordinal)), c.Upn);
        });
        Assert.All(r.Episodes, e =>
        {
            Assert.Matches("^ZZ[0-9] [0-9]$", e.HomePostcode!);
            Assert.Matches("^ZZ[0-9] [0-9]$", e.PlacementPostcode!);
            Assert.Equal("XXXXXXX", e.Urn);
        });
        Assert.All(r.SocialWorkerEpisodes, s => Assert.StartsWith("SYNSW", s.SocialWorkerId, StringComparison.Ordinal));
    }

    [Fact]
    public void Adoptions_agree_across_episodes_ad1_and_placed_adoption()
    {
        var r = Council.Value;
        var adopted = r.Episodes.Where(e => e.ReasonEpisodeCeased is "E11" or "E12").ToList();
        Assert.NotEmpty(adopted);
        Assert.Equal(adopted.Select(e => e.ChildId).Order(StringComparer.Ordinal), r.Adoptions.Select(a => a.ChildId).Order(StringComparer.Ordinal));
        var ad1 = r.Adoptions.ToDictionary(a => a.ChildId);
        var placed = r.PlacedForAdoption.Where(p => p.CeasedDate is not null).ToDictionary(p => p.ChildId);
        Assert.Equal(adopted.Count, placed.Count);
        foreach (var e in adopted)
        {
            Assert.Contains(e.Placement, new[] { "A3", "A4", "A5", "A6" });
            var a = ad1[e.ChildId];
            var p = placed[e.ChildId];
            Assert.True(a.DecisionDate < a.MatchDate && a.MatchDate < e.Start, $"{e.ChildId}: decision {a.DecisionDate}, match {a.MatchDate}, placed {e.Start}");
            Assert.Equal((a.DecisionDate, e.End, e.ReasonEpisodeCeased), (p.DecisionDate, p.CeasedDate, p.ReasonCeased));
            Assert.Equal(e.Placement is "A3" or "A5" ? "1" : "0", a.FosterCare);
        }

        // Decisions not yet carried out belong to children still in care.
        var openAtYearEnd = OpenOn(r, YearEnd);
        Assert.All(r.PlacedForAdoption.Where(p => p.CeasedDate is null), p => Assert.Contains(p.ChildId, openAtYearEnd));
    }

    [Fact]
    public void The_oc2_cohort_is_the_children_looked_after_for_twelve_months_at_the_year_end()
    {
        var r = Council.Value;
        var twelveMonths = new HashSet<string>(
            PeriodsOfCare(r).Where(p => p.Start <= YearEnd.PlusYears(-1) && p.End is null && !p.ShortBreaks).Select(p => p.ChildId), StringComparer.Ordinal);
        Assert.Equal(twelveMonths.Order(StringComparer.Ordinal), r.HealthOutcomes.Select(h => h.ChildId).Order(StringComparer.Ordinal));
        Assert.All(r.HealthOutcomes, h => Assert.All(new[] { h.HealthCheck, h.TeethCheck, h.Immunisations }, v => Assert.Contains(v, new[] { "0", "1" })));
    }

    [Fact]
    public void The_oc3_cohort_is_care_leavers_aged_19_to_21_who_left_care_at_16_or_older()
    {
        var r = Council.Value;
        var dob = r.Children.ToDictionary(c => c.ChildId, c => c.DateOfBirth);
        var lastEnd = r.Episodes.GroupBy(e => e.ChildId).ToDictionary(g => g.Key, g => g.Max(e => e.End));
        Assert.All(r.CareLeaverOutcomes, o =>
        {
            int age = Period.Between(dob[o.ChildId], YearEnd, PeriodUnits.Years).Years;
            Assert.InRange(age, 19, 21);
            Assert.Equal(dob[o.ChildId], o.DateOfBirth);
            Assert.True(lastEnd[o.ChildId] >= dob[o.ChildId].PlusYears(16) && lastEnd[o.ChildId] <= dob[o.ChildId].PlusYears(18), o.ChildId);
            Assert.Contains(o.InTouch!, InTouch);
            if (o.InTouch == "YES")
            {
                Assert.Contains(o.Activity!, Activity);
                Assert.Contains(o.Accommodation!, Accommodation);
            }
            else
            {
                Assert.Null(o.Activity);
                Assert.Null(o.Accommodation);
            }
        });
    }

    [Fact]
    public void Options_change_the_make_up()
    {
        var none = SyntheticSsda903.Generate(1_000, 1, YearEnd, new SyntheticSsda903Options { CareLeaverShare = 0, ShortBreakShare = 0 });
        Assert.Empty(none.CareLeaverOutcomes);
        Assert.DoesNotContain(none.Episodes, e => e.LegalStatus is "V3" or "V4");

        var many = SyntheticSsda903.Generate(1_000, 1, YearEnd, new SyntheticSsda903Options { CareLeaverShare = 0.5, ShortBreakShare = 0.2 });
        Assert.InRange(many.CareLeaverOutcomes.Count, 430, 570);
        Assert.InRange(many.Episodes.Where(e => e.LegalStatus is "V3" or "V4").Select(e => e.ChildId).Distinct().Count(), 150, 250);
        Assert.Empty(SyntheticSsda903.Generate(0, 1, YearEnd).Episodes);
    }

    [Fact]
    public void Bad_arguments_are_refused_with_the_value_and_the_range()
    {
        var children = Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticSsda903.Generate(-1, 1, YearEnd));
        Assert.Equal("children", children.ParamName);
        Assert.Contains("it was -1", children.Message, StringComparison.Ordinal);
        Assert.Equal("yearEnd", Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticSsda903.Generate(10, 1, new LocalDate(1900, 3, 31))).ParamName);
        var share = Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticSsda903.Generate(10, 1, YearEnd, new SyntheticSsda903Options { ShortBreakShare = 0.6 }));
        Assert.Contains("ShortBreakShare must be between 0 and 0.5; it was 0.6", share.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticSsda903.Generate(10, 1, YearEnd, new SyntheticSsda903Options { CareLeaverShare = double.NaN }));
        Assert.Throws<ArgumentNullException>(() => SyntheticSsda903.Generate(10, 1, YearEnd, null!));
    }

    // Shape statistics of a national-size return. Each range is wide on purpose: the return should look national,
    // not reproduce a published figure. Figures are from the DfE's "Children looked after in England including
    // adoptions", reporting year 2024 (explore-education-statistics.service.gov.uk, national time series, figures
    // rounded to the nearest 10) unless marked illustrative.
    [Fact]
    public void A_national_size_return_has_about_260000_episodes_and_2_3_to_2_5_per_child()
    {
        // Illustrative: a national return of about 110,000 children holds about 260,000 episodes.
        var r = National.Value;
        Assert.InRange(r.Episodes.Count, 235_000, 285_000);
        Assert.InRange((double)r.Episodes.Count / r.Children.Count, 2.2, 2.6);
    }

    [Fact]
    public void About_seven_in_ten_children_looked_after_in_the_year_are_still_looked_after_at_its_end()
    {
        // DfE 2024: 83,630 children looked after on 31 March and 33,620 who ceased in the year: 83,630 / 117,250 = 71%.
        var r = National.Value;
        int inYear = LookedAfterInYear(r).Count;
        Assert.InRange((double)OpenOn(r, YearEnd).Count / inYear, 0.66, 0.76);
    }

    [Fact]
    public void About_three_in_ten_children_looked_after_in_the_year_started_and_as_many_ceased()
    {
        // DfE 2024: 33,050 started and 33,620 ceased, against 117,250 looked after in the year (28% and 29%).
        var r = National.Value;
        var episodes = r.Episodes.Where(e => e.LegalStatus is not ("V3" or "V4")).ToList();
        double inYear = LookedAfterInYear(r).Count;
        int started = episodes.Where(e => e.ReasonForNewEpisode == "S" && InYear(e.Start)).Select(e => e.ChildId).Distinct().Count();
        int ceased = episodes.Where(e => e.End is { } end && InYear(end) && e.ReasonEpisodeCeased != "X1").Select(e => e.ChildId).Distinct().Count();
        Assert.InRange(started / inYear, 0.24, 0.32);
        Assert.InRange(ceased / inYear, 0.24, 0.34);
    }

    [Fact]
    public void A_few_percent_of_children_who_cease_are_adopted()
    {
        // DfE 2024: 2,980 children adopted of 33,620 who ceased to be looked after: 8.9%.
        var r = National.Value;
        var ceased = r.Episodes.Where(e => e.End is { } end && InYear(end) && e.ReasonEpisodeCeased != "X1" && e.LegalStatus is not ("V3" or "V4")).ToList();
        double adopted = ceased.Count(e => e.ReasonEpisodeCeased is "E11" or "E12");
        Assert.InRange(adopted / ceased.Select(e => e.ChildId).Distinct().Count(), 0.06, 0.12);
    }

    [Fact]
    public void A_few_percent_of_episodes_are_short_breaks()
    {
        // Illustrative: short breaks are a small share of episodes, and left out of every published figure.
        var r = National.Value;
        Assert.InRange((double)r.Episodes.Count(e => e.LegalStatus is "V3" or "V4") / r.Episodes.Count, 0.01, 0.06);
    }

    [Fact]
    public void About_one_child_in_nine_looked_after_in_the_year_goes_missing()
    {
        // DfE figures as Coram reported them (26 March 2019): 11,530 children had a missing incident in the year to
        // 31 March 2018, 11% of the children looked after in the year.
        var r = National.Value;
        int missing = r.MissingEpisodes.Where(m => m.Kind == "M" && InYear(m.Start)).Select(m => m.ChildId).Distinct().Count();
        Assert.InRange((double)missing / LookedAfterInYear(r).Count, 0.08, 0.14);
    }

    [Fact]
    public void About_one_child_in_ten_looked_after_at_the_year_end_had_three_or_more_placements_in_it()
    {
        // Illustrative: the published share of children with three or more placements in a year is about one in ten.
        var r = National.Value;
        var open = OpenOn(r, YearEnd);
        int three = 0;
        foreach (var group in r.Episodes.Where(e => e.LegalStatus is not ("V3" or "V4") && open.Contains(e.ChildId)).GroupBy(e => e.ChildId))
        {
            var list = group.ToList();
            int placements = 0;
            for (int i = 0; i < list.Count; i++)
            {
                int j = i;
                while (j + 1 < list.Count && list[j + 1].ReasonForNewEpisode == "L" && list[j].End == list[j + 1].Start)
                {
                    j++;
                }

                if (list[i].Start <= YearEnd && (list[j].End is null || list[j].End > YearStart))
                {
                    placements++;
                }

                i = j;
            }

            three += placements >= 3 ? 1 : 0;
        }

        Assert.InRange((double)three / open.Count, 0.06, 0.14);
    }

    [Fact]
    public void Most_of_the_oc2_cohort_have_health_and_dental_checks_and_immunisations_up_to_date()
    {
        // Illustrative: most children looked after for 12 months have each up to date, health checks the most often.
        var r = National.Value;
        double n = r.HealthOutcomes.Count;
        double health = r.HealthOutcomes.Count(h => h.HealthCheck == "1") / n;
        double teeth = r.HealthOutcomes.Count(h => h.TeethCheck == "1") / n;
        double immunisations = r.HealthOutcomes.Count(h => h.Immunisations == "1") / n;
        Assert.InRange(health, 0.85, 0.95);
        Assert.InRange(teeth, 0.7, 0.9);
        Assert.InRange(immunisations, 0.75, 0.9);
        Assert.True(health > teeth && health > immunisations);
    }

    [Fact]
    public void Periods_of_care_start_over_several_years_so_that_long_term_cohorts_exist()
    {
        // The long-term stability measure needs children in care for 30 months or more at the year end.
        var r = National.Value;
        var current = PeriodsOfCare(r).Where(p => p.End is null && !p.ShortBreaks).ToList();
        double longTerm = current.Count(p => p.Start <= YearEnd.PlusMonths(-30));
        Assert.InRange(longTerm / current.Count, 0.25, 0.6);
        Assert.Contains(current, p => p.Start <= YearEnd.PlusYears(-8));
        int reentries = r.Episodes.Where(e => e.ReasonForNewEpisode == "S" && e.LegalStatus is not ("V3" or "V4")).GroupBy(e => e.ChildId).Count(g => g.Count() >= 2);
        Assert.InRange((double)reentries / r.Children.Count, 0.03, 0.15);
    }

    [Fact]
    public void The_guide_says_what_the_generator_does()
    {
        string guide = System.Text.RegularExpressions.Regex.Replace(RepositoryFile.ReadAllText("docs/guides/synthetic-returns.md"), @"\s+", " ");
        Assert.Contains("(8% of children by default)", guide, StringComparison.Ordinal);
        Assert.Equal(0.08, SyntheticSsda903Options.Default.CareLeaverShare);
        Assert.Contains("(2.5% of children by default)", guide, StringComparison.Ordinal);
        Assert.Equal(0.025, SyntheticSsda903Options.Default.ShortBreakShare);
        Assert.Contains("from 0 to 2,000,000", guide, StringComparison.Ordinal);
        Assert.Equal(2_000_000, SyntheticSsda903.MaxChildren);
        Assert.Contains("any date from 1950 to 2200", guide, StringComparison.Ordinal);
        _ = SyntheticSsda903.Generate(1, 1, new LocalDate(1950, 1, 1));
        _ = SyntheticSsda903.Generate(1, 1, new LocalDate(2200, 12, 31));

        // The code sample, as written.
        var plain = SyntheticSsda903.Generate(3_000, 17, new LocalDate(2024, 3, 31), new SyntheticSsda903Options { CareLeaverShare = 0.02, ShortBreakShare = 0 });
        Assert.Equal(Council.Value.Children.Count, plain.Children.Count);
        Assert.DoesNotContain(plain.Episodes, e => e.LegalStatus is "V3" or "V4");

        // "About one in eleven had an earlier period of care and came back", of the children looked after in the year.
        var r = National.Value;
        int back = r.Episodes.Where(e => e.ReasonForNewEpisode == "S" && e.LegalStatus is not ("V3" or "V4")).GroupBy(e => e.ChildId).Count(g => g.Count() >= 2);
        Assert.InRange((double)back / LookedAfterInYear(r).Count, 0.07, 0.11);

        // "About 28% started in the year", "about 9% of those who ceased were adopted" and the rest are checked above.
        Assert.Contains("about 28% started in the year", guide, StringComparison.Ordinal);
        Assert.Contains("about 9% of those who ceased were adopted", guide, StringComparison.Ordinal);
    }

    private static bool InYear(LocalDate d) => d >= YearStart && d <= YearEnd;

    private static HashSet<string> OpenOn(Ssda903Return r, LocalDate d) =>
        new(r.Episodes.Where(e => e.LegalStatus is not ("V3" or "V4") && e.Start <= d && (e.End is null || e.End > d)).Select(e => e.ChildId), StringComparer.Ordinal);

    private static HashSet<string> LookedAfterInYear(Ssda903Return r) =>
        new(r.Episodes.Where(e => e.LegalStatus is not ("V3" or "V4") && e.Start <= YearEnd && (e.End is null || e.End > YearStart)).Select(e => e.ChildId), StringComparer.Ordinal);

    private static IEnumerable<(string ChildId, LocalDate Start, LocalDate? End, bool ShortBreaks)> PeriodsOfCare(Ssda903Return r)
    {
        foreach (var group in r.Episodes.GroupBy(e => e.ChildId))
        {
            Episode? first = null;
            foreach (var e in group)
            {
                first ??= e;
                if (e.ReasonEpisodeCeased != "X1")
                {
                    yield return (group.Key, first.Start, e.End, e.LegalStatus is "V3" or "V4");
                    first = null;
                }
            }
        }
    }

    private static Ssda903Return With(Ssda903Return r, IReadOnlyList<Episode> episodes) => new()
    {
        Files = r.Files,
        Children = r.Children,
        Episodes = episodes,
        Reviews = r.Reviews,
        UnaccompaniedAsylumSeekers = r.UnaccompaniedAsylumSeekers,
        HealthOutcomes = r.HealthOutcomes,
        CareLeaverOutcomes = r.CareLeaverOutcomes,
        Adoptions = r.Adoptions,
        PlacedForAdoption = r.PlacedForAdoption,
        PreviousPermanence = r.PreviousPermanence,
        MissingEpisodes = r.MissingEpisodes,
        SocialWorkerEpisodes = r.SocialWorkerEpisodes,
    };

    // Every rule the generator promises, checked on the records themselves; each broken rule is one line.
    private static IEnumerable<string> Violations(Ssda903Return r, LocalDate yearEnd)
    {
        LocalDate yearStart = yearEnd.PlusYears(-1).PlusDays(1);
        var header = new Dictionary<string, ChildHeader>(StringComparer.Ordinal);
        foreach (var c in r.Children)
        {
            if (!header.TryAdd(c.ChildId, c))
            {
                yield return $"{c.ChildId} is in Header twice";
            }
        }

        IEnumerable<(string File, string Child)> everyChild = r.Episodes.Select(x => ("Episodes", x.ChildId))
            .Concat(r.Reviews.Select(x => ("Reviews", x.ChildId))).Concat(r.UnaccompaniedAsylumSeekers.Select(x => ("UASC", x.ChildId)))
            .Concat(r.HealthOutcomes.Select(x => ("OC2", x.ChildId))).Concat(r.CareLeaverOutcomes.Select(x => ("OC3", x.ChildId)))
            .Concat(r.Adoptions.Select(x => ("AD1", x.ChildId))).Concat(r.PlacedForAdoption.Select(x => ("PlacedAdoption", x.ChildId)))
            .Concat(r.PreviousPermanence.Select(x => ("PrevPerm", x.ChildId))).Concat(r.MissingEpisodes.Select(x => ("Missing", x.ChildId)))
            .Concat(r.SocialWorkerEpisodes.Select(x => ("SW_Episodes", x.ChildId)));
        foreach (var (file, child) in everyChild.Where(x => !header.ContainsKey(x.Child)).Distinct())
        {
            yield return $"{file} child {child} is not in Header";
        }

        foreach (var group in r.Episodes.Where(e => header.ContainsKey(e.ChildId)).GroupBy(e => e.ChildId))
        {
            var dob = header[group.Key].DateOfBirth;
            Episode? previous = null;
            foreach (var e in group)
            {
                string where = $"{e.ChildId} episode from {e.Start}";
                if (!Rne.Contains(e.ReasonForNewEpisode) || !LegalStatus.Contains(e.LegalStatus) || !CategoryOfNeed.Contains(e.CategoryOfNeed))
                {
                    yield return $"{where}: RNE {e.ReasonForNewEpisode}, LS {e.LegalStatus} or CIN {e.CategoryOfNeed} is not in the code list";
                }

                if (!Place.Contains(e.Placement))
                {
                    yield return $"{where}: PLACE {e.Placement} is not in the code list";
                }

                if ((e.ReasonEpisodeCeased is { } rec && !Rec.Contains(rec)) || (e.ReasonPlaceChange is { } why && !ReasonPlaceChange.Contains(why)))
                {
                    yield return $"{where}: REC {e.ReasonEpisodeCeased} or REASON_PLACE_CHANGE {e.ReasonPlaceChange} is not in the code list";
                }

                if (e.PlacementProvider is not ("PR0" or "PR1" or "PR2" or "PR3" or "PR4" or "PR5"))
                {
                    yield return $"{where}: PLACE_PROVIDER {e.PlacementProvider} is not in the code list";
                }

                if (e.Start < dob || e.Start > yearEnd || e.End > yearEnd)
                {
                    yield return $"{where}: a date is before the birth on {dob} or after the year end";
                }

                if ((e.End is null) != (e.ReasonEpisodeCeased is null) || (e.End is { } end && end <= e.Start))
                {
                    yield return $"{where}: DEC {e.End} and REC {e.ReasonEpisodeCeased} do not agree, or the episode ends before it starts";
                }

                if (previous is null)
                {
                    if (e.ReasonForNewEpisode != "S")
                    {
                        yield return $"{where}: the child's first episode has RNE {e.ReasonForNewEpisode}, not S";
                    }
                }
                else if (previous.End is null)
                {
                    yield return $"{where}: follows an open episode";
                }
                else if (previous.ReasonEpisodeCeased == "X1")
                {
                    if (e.Start != previous.End || e.ReasonForNewEpisode == "S")
                    {
                        yield return $"{where}: the episode before ended {previous.End} with X1, so this one must start that day and not with RNE S";
                    }

                    if (e.ReasonForNewEpisode == "L" && (e.Placement != previous.Placement || e.PlacementPostcode != previous.PlacementPostcode))
                    {
                        yield return $"{where}: RNE L changes the placement";
                    }

                    if (e.ReasonForNewEpisode != "L" && previous.ReasonPlaceChange is null)
                    {
                        yield return $"{where}: a change of placement without REASON_PLACE_CHANGE";
                    }
                }
                else if (e.Start <= previous.End || e.ReasonForNewEpisode != "S")
                {
                    yield return $"{where}: the child ceased on {previous.End}, so this episode must start later with RNE S";
                }

                previous = e;
            }
        }

        foreach (var m in r.MissingEpisodes)
        {
            if (m.Kind is not ("M" or "A") || m.Start < yearStart || m.Start > yearEnd || m.End < m.Start || m.End > yearEnd)
            {
                yield return $"{m.ChildId} missing from {m.Start}: kind {m.Kind} or dates out of order or out of the year";
            }
        }

        foreach (var v in r.Reviews)
        {
            if (v.Date < yearStart || v.Date > yearEnd || v.ParticipationCode is not ("PN0" or "PN1" or "PN2" or "PN3" or "PN4" or "PN5" or "PN6" or "PN7"))
            {
                yield return $"{v.ChildId} review on {v.Date}: out of the year or REVIEW_CODE {v.ParticipationCode} not in the code list";
            }
        }

        foreach (var group in r.SocialWorkerEpisodes.GroupBy(s => s.ChildId))
        {
            SocialWorkerEpisode? previous = null;
            foreach (var s in group)
            {
                if (s.Start > yearEnd || s.End > yearEnd || s.End <= s.Start || (previous is not null && previous.End != s.Start))
                {
                    yield return $"{s.ChildId} social worker from {s.Start}: dates out of order, after the year end, or not following on";
                }

                previous = s;
            }
        }
    }
}
