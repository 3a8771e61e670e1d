using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Indicators;
using Measures.Returns.Ssda903;
using Measures.Time;

namespace Measures.Tests.Returns.Ssda903;

/// <summary>
/// Files that list the children in order, each child's episodes by start (as a return's files usually do), are checked
/// and counted the short way: one pass, no look-up of every child. The short way must give exactly what the general
/// way gives: the same problems in the same order, the same episodes kept, the same notices, the same figures and
/// explanations, whatever is wrong with the rows.
/// </summary>
[Properties(MaxTest = 150)]
public sealed class ChildOrderProperties
{
    private static readonly ReportingPeriod[] Periods = [ReportingPeriod.FinancialYear(2023), ReportingPeriod.Month(2023, 9)];

    [Property]
    public Property Rows_in_child_order_are_checked_as_the_general_way_checks_them(PositiveInt seed, bool twoYears)
    {
        var random = new Random(seed.Get);
        var (header, episodes, earlier) = Files(random, twoYears);
        (string, Stream)[] Streams() =>
        [
            ("Header.csv", new MemoryStream(header, writable: false)),
            ("Episodes.csv", new MemoryStream(episodes, writable: false)),
            .. earlier is null ? Array.Empty<(string, Stream)>() : [("Episodes 2022-23.csv", new MemoryStream(earlier, writable: false))],
        ];

        var shortWay = Ssda903Reader.Read(Streams(), Ssda903ReadOptions.Lenient);
        var generalWay = Ssda903Reader.Read(Streams(), new Ssda903ReadOptions { Strict = false, OrderShortcuts = false });
        var a = shortWay.Value;
        var b = generalWay.Value;
        return (a.Problems.Select(p => p.ToString()).SequenceEqual(b.Problems.Select(p => p.ToString())).Label("the same problems, in order")
            .And(a.Episodes.SequenceEqual(b.Episodes).Label("the same episodes kept"))
            .And(shortWay.Notices.SequenceEqual(generalWay.Notices).Label("the same notices"))
            .And(Periods.All(p => SameFigures(a, p)).Label("the same figures and explanations")))
            .Label($"{a.Problems.Count} problems, {a.Episodes.Count} episodes");
    }

    [Property]
    public Property The_files_made_here_are_in_child_order_so_the_short_way_is_taken(PositiveInt seed)
    {
        var (header, episodes, _) = Files(new Random(seed.Get), twoYears: false);
        string[] Children(byte[] file) => [.. Encoding.UTF8.GetString(file).Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[0])];
        static bool Ordered(string[] ids) => ids.Zip(ids.Skip(1)).All(p => string.CompareOrdinal(p.First, p.Second) <= 0);
        return (Ordered(Children(header)) && Ordered(Children(episodes))).ToProperty();
    }

    // The figures and explanations of every measure, counted the short way and the general way.
    private static bool SameFigures(Ssda903Return data, ReportingPeriod period)
    {
        var a = Ssda903Indicators.Compute(data, period, null, orderShortcuts: true);
        var b = Ssda903Indicators.Compute(data, period, null, orderShortcuts: false);
        return a.Observations.SequenceEqual(b.Observations) && a.MeasureCodes.All(c => a.Explain(c).ToString() == b.Explain(c).ToString());
    }

    // Children C000, C001, … in order; each with a few episodes by start that may overlap, end before they start, end
    // with X1 and no follower, or be given twice; some children missing from Header, some listed twice there. With two
    // years, an earlier file holds some children's first episodes, some still open there.
    private static (byte[] Header, byte[] Episodes, byte[]? Earlier) Files(Random random, bool twoYears)
    {
        var header = new StringBuilder("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
        var episodes = new StringBuilder("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n");
        var earlier = new StringBuilder(episodes.ToString());
        int children = random.Next(1, 25);
        for (int c = 0; c < children; c++)
        {
            string id = string.Create(CultureInfo.InvariantCulture, $"C{c:D3}");
            int listed = random.Next(10) switch { 0 => 0, 1 => 2, _ => 1 };
            for (int h = 0; h < listed; h++)
            {
                header.Append(CultureInfo.InvariantCulture, $"{id},{1 + random.Next(2)},01/0{1 + random.Next(9)}/2010,WBRI,,,\n");
            }

            var day = new NodaTime.LocalDate(2021, 4, 1).PlusDays(random.Next(700));
            int count = random.Next(1, 5);
            for (int e = 0; e < count; e++)
            {
                var end = day.PlusDays(random.Next(-3, 200));
                bool open = e == count - 1 && random.Next(3) == 0;
                string rec = open ? "" : random.Next(4) switch { 0 => "E11", 1 => "E13", _ => "X1" };
                string row = string.Create(CultureInfo.InvariantCulture, $"{id},{Date(day)},{(e == 0 ? "S" : random.Next(2) == 0 ? "L" : "P")},{(random.Next(6) == 0 ? "V3" : "C2")},N1,U1,PR1,{(open ? "" : Date(end))},{rec},,,,\n");
                if (twoYears && e == 0 && random.Next(3) == 0)
                {
                    // The earlier year's file holds this episode too, open there when it ends in the later year.
                    earlier.Append(random.Next(2) == 0 ? string.Create(CultureInfo.InvariantCulture, $"{id},{Date(day)},S,C2,N1,U1,PR1,,,,,,\n") : row);
                }

                episodes.Append(row);
                if (random.Next(12) == 0)
                {
                    episodes.Append(row);
                }

                day = rec == "X1" && random.Next(4) != 0 ? end : end.PlusDays(random.Next(-20, 60));
            }
        }

        byte[] Bytes(StringBuilder text) => Encoding.UTF8.GetBytes(text.ToString());
        return (Bytes(header), Bytes(episodes), twoYears ? Bytes(earlier) : null);
    }

    private static string Date(NodaTime.LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day:D2}/{date.Month:D2}/{date.Year:D4}");
}
