using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Returns.Ssda903;
using NodaTime;
using static Measures.Tests.Returns.Ssda903.ReaderTestFiles;

namespace Measures.Tests.Returns.Ssda903;

/// <summary>Random valid returns: every file, codes from the DfE's lists, episodes of each child one after another.</summary>
public static class ReturnArbitraries
{
    private static readonly string[] Sexes = ["1", "2", "M", "F", "U"];
    private static readonly string[] Reasons = ["L", "P", "T", "B", "U"];
    private static readonly string[] Statuses = ["C1", "C2", "D1", "E1", "V2", "V3", "V4", "J1", "J2", "J3", "L1", "L2", "L3"];
    private static readonly string[] Needs = ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"];
    private static readonly string[] Places = ["A3", "A4", "A5", "A6", "H5", "K1", "K2", "K3", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1"];
    private static readonly string[] Endings = ["E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E8", "E9", "E14", "E15", "E16", "E17"];

    public static Arbitrary<Ssda903Return> Returns() => Return.ToArbitrary();

    private static Gen<LocalDate> Date => from days in Gen.Choose(0, 12_000) select new LocalDate(1995, 1, 1).PlusDays(days);

    private static Gen<LocalDate?> MaybeDate => Gen.OneOf(Gen.Constant((LocalDate?)null), Date.Select(d => (LocalDate?)d));

    // Text that a spreadsheet or a CSV reader could trip on (commas, quotes, a leading sign), without surrounding spaces.
    private static Gen<string?> Text => Gen.OneOf(
        Gen.Constant((string?)null),
        Gen.Elements<string?>("AB1", "SC123456", "XXXXXXX", "a, b", "say \"hi\"", "-1", "=SUM(A1)", "+44", "@x", "Café 🙂", "L1 2AB"));

    private static Gen<string?> Code(string[] codes) => Gen.OneOf(Gen.Constant((string?)null), Gen.Elements(codes).Select(c => (string?)c));

    private static Gen<List<Episode>> EpisodesOf(string child) =>
        from count in Gen.Choose(0, 4)
        from start in Date
        from lengths in Gen.Choose(1, 400).ListOf(count)
        from reasons in Gen.Elements(Reasons).ListOf(count)
        from statuses in Gen.Elements(Statuses).ListOf(count)
        from need in Gen.Elements(Needs)
        from places in Gen.Elements(Places).ListOf(count)
        from texts in Text.ListOf(count * 4)
        from open in Gen.Elements(true, false)
        from ending in Gen.Elements(Endings)
        select Chain(child, start, [.. lengths], [.. reasons], [.. statuses], need, [.. places], [.. texts], open, ending);

    private static List<Episode> Chain(string child, LocalDate start, int[] lengths, string[] reasons, string[] statuses, string need, string[] places, string?[] texts, bool open, string ending)
    {
        var episodes = new List<Episode>();
        for (int i = 0; i < lengths.Length; i++)
        {
            bool last = i == lengths.Length - 1;
            LocalDate? end = last && open ? null : start.PlusDays(lengths[i]);
            string? rec = last ? (open ? null : ending) : "X1";
            episodes.Add(new Episode(child, start, i == 0 ? "S" : reasons[i], statuses[i], need, places[i], texts[4 * i], end, rec, texts[(4 * i) + 1], texts[(4 * i) + 2], texts[(4 * i) + 3], texts[4 * i] is null ? null : "SC000001"));
            start = end ?? start;
        }

        return episodes;
    }

    private static Gen<Ssda903Return> Return =>
        from count in Gen.Choose(0, 12)
        from first in Gen.Choose(1, 900_000)
        from children in Gen.CollectToArray(Enumerable.Range(first, count), id => Child(id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        select new Ssda903Return
        {
            Files = new HashSet<Ssda903File>(Enum.GetValues<Ssda903File>()),
            Children = [.. children.Select(c => c.Header)],
            Episodes = [.. children.SelectMany(c => c.Episodes)],
            Reviews = [.. children.SelectMany(c => c.Reviews).Distinct()],
            UnaccompaniedAsylumSeekers = [.. children.SelectMany(c => c.Uasc)],
            HealthOutcomes = [.. children.SelectMany(c => c.Health)],
            CareLeaverOutcomes = [.. children.SelectMany(c => c.Leavers)],
            Adoptions = [.. children.SelectMany(c => c.Adoptions)],
            PlacedForAdoption = [.. children.SelectMany(c => c.Placed).Distinct()],
            PreviousPermanence = [.. children.SelectMany(c => c.Permanence)],
            MissingEpisodes = [.. children.SelectMany(c => c.Missing).Distinct()],
            SocialWorkerEpisodes = [.. children.SelectMany(c => c.Workers).Distinct()],
        };

    private static Gen<GeneratedChild> Child(string id) =>
        from sex in Gen.Elements(Sexes)
        from dob in Date
        from upn in Text
        from motherDob in MaybeDate
        from episodes in EpisodesOf(id)
        from reviews in (from date in Date from code in Code(["PN0", "PN1", "PN7"]) select new Review(id, dob, date, code)).Up(2)
        from uasc in (from ceased in MaybeDate select new UnaccompaniedAsylumSeeker(id, sex, dob, ceased)).Up(1)
        from health in (from score in Code(["0", "17", "40"]) from check in Code(["0", "1"]) from teeth in Code(["0", "1"]) select new HealthOutcome(id, dob, score, null, "0", check, "1", teeth, check, "0", null, null)).Up(1)
        from leavers in (from touch in Code(["YES", "NO", "DIED"]) from activity in Code(["F1", "G4"]) select new CareLeaverOutcome(id, dob, touch, activity, "S1")).Up(1)
        from adoptions in (from decided in MaybeDate from matched in MaybeDate select new AdoptionRecord(id, dob, decided, matched, "0", "L0", "MF", "L12")).Up(1)
        from placed in (from decided in Date from ceased in MaybeDate select new PlacedForAdoption(id, dob, decided, ceased, ceased is null ? null : "E11")).Up(2)
        from permanence in (from kind in Code(["P1", "P2", "Z1"]) select new PreviousPermanence(id, dob, kind, null, "zz/03/2015")).Up(1)
        from missing in (from kind in Gen.Elements("M", "A") from start in Date from end in MaybeDate select new MissingEpisode(id, dob, kind, start, end)).Up(2)
        from workers in (from worker in Gen.Elements("SW1", "SW2") from start in Date from reason in Code(["MANAGE", "OTHER"]) select new SocialWorkerEpisode(id, dob, worker, start, null, reason)).Up(2)
        select new GeneratedChild(new ChildHeader(id, sex, dob, "WBRI", upn, null, motherDob), episodes, reviews, uasc, health, leavers, adoptions, placed, permanence, missing, workers);

    private static Gen<List<T>> Up<T>(this Gen<T> gen, int most) =>
        from count in Gen.Choose(0, most)
        from list in gen.ListOf(count)
        select new List<T>(list);

    private sealed record GeneratedChild(
        ChildHeader Header,
        List<Episode> Episodes,
        List<Review> Reviews,
        List<UnaccompaniedAsylumSeeker> Uasc,
        List<HealthOutcome> Health,
        List<CareLeaverOutcome> Leavers,
        List<AdoptionRecord> Adoptions,
        List<PlacedForAdoption> Placed,
        List<PreviousPermanence> Permanence,
        List<MissingEpisode> Missing,
        List<SocialWorkerEpisode> Workers);
}

/// <summary>Writing and reading back: the same records whatever the order of rows and files.</summary>
[Properties(Arbitrary = [typeof(ReturnArbitraries)], MaxTest = 150)]
public sealed class WriterProperties
{
    private static LoadResult<Ssda903Return> ReadBack(IEnumerable<(string Name, byte[] Bytes)> files) =>
        Ssda903Reader.Read(files.Select(f => (f.Name, (Stream)new MemoryStream(f.Bytes))));

    [Property]
    public Property A_written_return_reads_back_as_the_same_records_and_writes_the_same_bytes(Ssda903Return value)
    {
        var written = Write(value);
        var read = ReadBack(written.Select(f => (f.Key + ".csv", f.Value)));
        if (!read.Success)
        {
            return false.Label(read.ToString());
        }

        var again = Write(read.Value);
        return Records(value).SequenceEqual(Records(read.Value)).Label("same records")
            .And(read.Value.Files.SetEquals(value.Files)).Label("same files")
            .And(written.Keys.SequenceEqual(again.Keys) && written.All(f => f.Value.AsSpan().SequenceEqual(again[f.Key]))).Label("same bytes written again")
            .And(read.Value.Problems.Count == 0).Label("no problems");
    }

    [Property]
    public Property The_order_of_rows_and_of_files_does_not_change_what_is_read(Ssda903Return value, int seed)
    {
        var random = new Random(seed);
        var written = Write(value);
        var shuffled = written
            .Select(f =>
            {
                string[] lines = Encoding.UTF8.GetString(f.Value).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
                string[] rows = lines[1..];
                random.Shuffle(rows);
                return (Name: f.Key + ".csv", Bytes: Encoding.UTF8.GetBytes(string.Join("\r\n", [lines[0], .. rows]) + "\r\n"));
            })
            .ToArray();
        random.Shuffle(shuffled);
        var read = ReadBack(shuffled);
        return read.Success.Label(read.ToString())
            .And(() => Records(value).Order(StringComparer.Ordinal).SequenceEqual(Records(read.Value).Order(StringComparer.Ordinal))).Label("same records");
    }

    [Property(MaxTest = 60)]
    public Property Each_file_of_a_return_may_be_read_alone(Ssda903Return value)
    {
        var written = Write(value);
        return written.Select(f =>
        {
            var read = ReadBack([(f.Key + ".csv", f.Value)]);
            return (read.Success && read.Value.Files.SetEquals([f.Key])).Label($"{f.Key}: {read}");
        }).Aggregate(true.ToProperty(), (a, b) => a.And(b));
    }

    [Fact]
    public void Dates_are_written_day_first_and_formulas_neutralised()
    {
        var value = new Ssda903Return
        {
            Files = new HashSet<Ssda903File> { Ssda903File.Episodes },
            Episodes = [new Episode("7", new LocalDate(2020, 4, 1), "S", "C2", "N1", "U1", "PR1", null, null, "=cmd", "a, b", null, null)],
        };
        using var stream = new MemoryStream();
        Ssda903Writer.Write(value, Ssda903File.Episodes, stream);
        Assert.Equal(Episodes + "\r\n7,01/04/2020,S,C2,N1,U1,PR1,,,\"'=cmd\",\"a, b\",,\r\n", Encoding.UTF8.GetString(stream.ToArray()));
    }
}
