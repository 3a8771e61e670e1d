using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Indicators;
using Measures.Returns;
using Measures.Returns.Ssda903;
using Measures.Time;
using NodaTime;
using static Measures.Tests.Indicators.Ssda903TestReturns;

namespace Measures.Tests.Indicators;

/// <summary>Small random SSDA903 returns: a few children, each with a chain of episodes between 2020 and 2025.</summary>
public static class Ssda903Arbitraries
{
    private static readonly LocalDate Origin = new(2020, 1, 1);

    public static Gen<Func<string, List<Episode>>> ChildEpisodes =>
        from count in Gen.Choose(1, 5)
        from first in Gen.Choose(0, 1500)
        from steps in Gen.ListOf(Gen.Choose(1, 300), count)
        from reasons in Gen.ListOf(Gen.Elements("S", "L", "P", "T", "B", "U"), count)
        from statuses in Gen.ListOf(Gen.Elements("C2", "C1", "E1", "V3", "V4"), count)
        from places in Gen.ListOf(Gen.Elements("U1", "A4", "K2"), count)
        from endings in Gen.ListOf(Gen.Elements("X1", "X1", "X1", "E11", "E13", ""), count)
        from open in Gen.Elements(true, false)
        select new Func<string, List<Episode>>(child => Chain(child, first, [.. steps], [.. reasons], [.. statuses], [.. places], [.. endings], open));

    public static Gen<Ssda903Return> Returns =>
        from children in Gen.Choose(1, 6)
        from chains in Gen.ListOf(ChildEpisodes, children)
        from births in Gen.ListOf(Gen.Choose(0, 7000), children)
        from missingCount in Gen.Choose(0, 4)
        from missing in Gen.ListOf(Gen.Choose(0, children - 1).Zip(Gen.Choose(0, 1800)).Zip(Gen.Elements(true, false)), missingCount)
        select Build([.. chains.SelectMany((chain, i) => chain("C" + i))], [.. births], [.. missing.Select(m => (m.Item1.Item1, m.Item1.Item2, m.Item2))]);

    public static Arbitrary<Ssda903Return> ReturnArbitrary() => Returns.ToArbitrary();

    /// <summary>A chain of episodes: the first with RNE S, each after it from its predecessor's end (X1) or after a gap.</summary>
    internal static List<Episode> Chain(string child, int first, int[] steps, string[] reasons, string[] statuses, string[] places, string[] endings, bool open)
    {
        var episodes = new List<Episode>();
        var start = Origin.PlusDays(first);
        for (int i = 0; i < steps.Length; i++)
        {
            var end = start.PlusDays(steps[i]);
            bool last = i == steps.Length - 1;
            string rne = i == 0 ? "S" : reasons[i];
            string? rec = last ? (endings[i] == "X1" ? "E13" : endings[i]) : endings[i];
            var episode = new Episode(child, start, rne, statuses[i], "N1", places[i], "PR1", last && open ? null : end, last && open ? null : rec, null, null, null, null);
            episodes.Add(episode);
            start = rec == "X1" || rne == "V3" ? end : end.PlusDays(steps[i] % 40);
        }

        return episodes;
    }

    private static Ssda903Return Build(List<Episode> episodes, int[] births, IEnumerable<(int Child, int Day, bool IsMissing)> missing)
    {
        // Every record gets its own line, so that explanations tell records apart.
        var located = episodes.Select((e, i) => e with { Location = new RecordLocation("Episodes.csv", i + 2) }).ToList();
        var headers = births.Select((b, i) => new ChildHeader("C" + i, i % 2 == 0 ? "1" : "2", new LocalDate(2006, 1, 1).PlusDays(b), "WBRI", null, null, null, new RecordLocation("Header.csv", i + 2))).ToList();
        var rows = missing.Select((m, i) => new MissingEpisode("C" + m.Child, null, m.IsMissing ? "M" : "A", Origin.PlusDays(m.Day), null, new RecordLocation("Missing.csv", i + 2))).ToList();
        return new Ssda903Return { Files = AllFiles, Episodes = located, Children = headers, MissingEpisodes = rows };
    }
}

public sealed class Ssda903IndicatorPropertyTests
{
    private static readonly ReportingPeriod[] Periods =
    [
        ReportingPeriod.FinancialYear(2022), ReportingPeriod.FinancialYear(2023), ReportingPeriod.Month(2023, 3),
        ReportingPeriod.Quarter(2023, 3), ReportingPeriod.RollingMonths(12, new YearMonth(2023, 9)),
    ];

    [Property(Arbitrary = new[] { typeof(Ssda903Arbitraries) }, MaxTest = 200)]
    public Property Every_figure_is_traceable_and_its_numerator_children_are_in_its_denominator(Ssda903Return data)
    {
        foreach (var period in Periods)
        {
            AssertTraceable(Ssda903Indicators.Compute(data, period));
        }

        return true.ToProperty();
    }

    [Property(Arbitrary = new[] { typeof(Ssda903Arbitraries) }, MaxTest = 200)]
    public Property Row_order_changes_nothing(Ssda903Return data, int seed)
    {
        var random = new Random(seed);
        var shuffled = new Ssda903Return
        {
            Files = data.Files,
            Episodes = [.. data.Episodes.OrderBy(_ => random.Next())],
            Children = [.. data.Children.OrderBy(_ => random.Next())],
            MissingEpisodes = [.. data.MissingEpisodes.OrderBy(_ => random.Next())],
        };
        return Periods.All(p => Same(Ssda903Indicators.Compute(data, p), Ssda903Indicators.Compute(shuffled, p))).ToProperty();
    }

    // A return read from files holds its episodes as rows and lets each child use its stretch of them where they are in
    // order: the figures and explanations must be those of the same records made in code, and computing must leave the
    // episodes as read, whatever order the rows are in.
    [Property(Arbitrary = new[] { typeof(Ssda903Arbitraries) }, MaxTest = 100)]
    public Property A_return_read_from_its_files_gives_the_figures_of_its_records_and_keeps_them_as_read(Ssda903Return data, int seed)
    {
        var random = new Random(seed);
        var episodes = seed % 2 == 0 ? data.Episodes : [.. data.Episodes.OrderBy(_ => random.Next())];
        var made = new Ssda903Return
        {
            Files = new HashSet<Ssda903File> { Ssda903File.Header, Ssda903File.Episodes, Ssda903File.Missing },
            // An empty REC is written as an empty field and read as none.
            Episodes = [.. episodes.Select((e, i) => e with { ReasonEpisodeCeased = e.ReasonEpisodeCeased is "" ? null : e.ReasonEpisodeCeased, Location = new RecordLocation("Episodes.csv", i + 2) })],
            Children = data.Children,
            MissingEpisodes = data.MissingEpisodes,
        };
        var files = made.Files.Select(file =>
        {
            var stream = new System.IO.MemoryStream();
            Ssda903Writer.Write(made, file, stream);
            return (Name: file switch { Ssda903File.Header => "Header.csv", Ssda903File.Episodes => "Episodes.csv", _ => "Missing.csv" }, Content: (System.IO.Stream)new System.IO.MemoryStream(stream.ToArray()));
        }).ToList();
        var read = Ssda903Reader.Read(files);
        if (!read.Success)
        {
            return false.Label("the written return does not read: " + read);
        }

        var asRead = read.Value.Episodes.ToList();
        bool same = Periods.All(p => Same(Ssda903Indicators.Compute(made, p), Ssda903Indicators.Compute(read.Value, p)));
        return same.Label("the same figures and explanations")
            .And(asRead.SequenceEqual(made.Episodes).Label("the episodes read are those written"))
            .And(read.Value.Episodes.SequenceEqual(asRead).Label("computing leaves the episodes as read"));
    }

    [Property(Arbitrary = new[] { typeof(Ssda903Arbitraries) }, MaxTest = 200)]
    public Property Changing_one_child_changes_only_that_childs_contributions(Ssda903Return data, int pick)
    {
        string child = data.Episodes[Math.Abs(pick % data.Episodes.Count)].ChildId;
        var random = new Random(pick);
        int count = random.Next(1, 6);
        string[] Pick(params string[] codes) => [.. Enumerable.Range(0, count).Select(_ => codes[random.Next(codes.Length)])];
        var replacement = Ssda903Arbitraries.Chain(child, random.Next(0, 1500), [.. Enumerable.Range(0, count).Select(_ => random.Next(1, 300))], Pick("S", "L", "P", "U"), Pick("C2", "E1", "V3"), Pick("U1", "A4"), Pick("X1", "X1", "E11", ""), random.Next(2) == 0)
            .Select((e, i) => e with { Location = new RecordLocation("Episodes.csv", 1000 + i) });
        var changed = new Ssda903Return
        {
            Files = data.Files,
            Episodes = [.. data.Episodes.Where(e => e.ChildId != child), .. replacement],
            Children = data.Children,
            MissingEpisodes = data.MissingEpisodes,
        };
        return Periods.All(p => Same(Ssda903Indicators.Compute(data, p), Ssda903Indicators.Compute(changed, p), except: child)).ToProperty();
    }

    [Property(Arbitrary = new[] { typeof(Ssda903Arbitraries) }, MaxTest = 200)]
    public Property A_year_of_starts_or_ceasings_is_its_months_with_each_child_once(Ssda903Return data)
    {
        var year = ReportingPeriod.FinancialYear(2022);
        var months = year.Children();
        bool holds = true;
        foreach (string code in new[] { Ssda903Indicators.Started, Ssda903Indicators.Ceased })
        {
            var inYear = Ids(Ssda903Indicators.Compute(data, year).Explain(code).Numerator).ToHashSet();
            var byMonth = months.Select(m => Ids(Ssda903Indicators.Compute(data, m).Explain(code).Numerator).ToHashSet()).ToList();

            // The year's children are exactly the children of its months; the sum of the months counts a child once
            // for each month in which it started (ceased), so it equals the year's count when no child does so twice.
            holds &= inYear.SetEquals(byMonth.SelectMany(s => s));
            holds &= byMonth.Sum(s => s.Count) == inYear.Sum(c => byMonth.Count(s => s.Contains(c)));
            holds &= byMonth.Sum(s => s.Count) >= inYear.Count;
        }

        return holds.ToProperty();
    }

    [Property(Arbitrary = new[] { typeof(Ssda903Arbitraries) }, MaxTest = 200)]
    public Property Extra_children_with_no_episodes_change_no_figure(Ssda903Return data, PositiveInt extra)
    {
        var more = new Ssda903Return
        {
            Files = data.Files,
            Episodes = data.Episodes,
            Children = [.. data.Children, .. Enumerable.Range(0, Math.Min(extra.Get, 20)).Select(i => new ChildHeader("X" + i, "1", new LocalDate(2012, 1, 1), "WBRI", null, null, null))],
            MissingEpisodes = data.MissingEpisodes,
        };
        return Periods.All(p =>
        {
            var before = Ssda903Indicators.Compute(data, p);
            var after = Ssda903Indicators.Compute(more, p);
            return before.Observations.SequenceEqual(after.Observations)
                && before.MeasureCodes.All(c => Counted(before.Explain(c)) == Counted(after.Explain(c)))
                && after.MeasureCodes.All(c => after.Explain(c).Exclusions.Where(e => e.ChildId.StartsWith('X')).All(e => e.Reason == ExclusionReason.OutsideCohort));
        }).ToProperty();
    }

    private static string Counted(IndicatorExplanation explanation) =>
        string.Join("\n", explanation.Numerator) + "\n--\n" + string.Join("\n", explanation.Denominator ?? []);

    private static bool Same(IndicatorResult a, IndicatorResult b, string? except = null)
    {
        if (except is null)
        {
            return a.Observations.SequenceEqual(b.Observations) && a.MeasureCodes.All(c => a.Explain(c).ToString() == b.Explain(c).ToString());
        }

        return a.MeasureCodes.All(code =>
        {
            var x = a.Explain(code);
            var y = b.Explain(code);
            string Others(IEnumerable<object>? list, Func<object, string> id) => string.Join("\n", (list ?? []).Where(o => id(o) != except));
            return Others(x.Numerator, o => ((CountedChild)o).ChildId) == Others(y.Numerator, o => ((CountedChild)o).ChildId)
                && Others(x.Denominator, o => ((CountedChild)o).ChildId) == Others(y.Denominator, o => ((CountedChild)o).ChildId)
                && Others(x.Exclusions, o => ((ExcludedChild)o).ChildId) == Others(y.Exclusions, o => ((ExcludedChild)o).ChildId);
        });
    }
}
