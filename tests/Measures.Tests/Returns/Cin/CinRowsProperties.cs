using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Indicators;
using Measures.Returns.Cin;
using Measures.Samples;
using Measures.Tests.Indicators;
using Measures.Time;
using static Measures.Tests.Returns.Cin.CinScannerProperties;

namespace Measures.Tests.Returns.Cin;

/// <summary>
/// A census's records kept as rows: records put in rows are made again the same; a read census makes each child's
/// records once, whoever asks; a census of more than a block of rows reads as written, in one pass and in parts, and
/// counts the figures of the census it was written from.
/// </summary>
public sealed class CinRowsProperties
{
    [Property(Arbitrary = [typeof(CinArbitraries)], MaxTest = 100)]
    public Property Records_made_in_code_put_in_rows_are_made_again_the_same(CinCensus census) => SameAgain(census);

    [Property(MaxTest = 30)]
    public Property Generated_records_put_in_rows_are_made_again_the_same(PositiveInt seed) =>
        SameAgain(SyntheticCinCensus.Generate(seed.Get, 1 + (seed.Get % 40), 2024));

    [Property(MaxTest = 50)]
    public Property Upns_of_any_shape_and_codes_outside_their_lists_put_in_rows_are_made_again_the_same(PositiveInt seed)
    {
        // UPNs of every shape, and codes a lenient read keeps though they are in no list (and an empty one), among known codes: each row keeps
        // a number for its code, and the codes outside the lists are kept once each, in the rows.
        string[] odd = ["n1", "X", "", " N1", "PHY2", "m", "NONE ", "9Z"];
        var random = new Random(seed.Get);
        string? Pick(string? code) => random.Next(3) == 0 ? odd[random.Next(odd.Length)] : code;

        // UPNs of the DfE's shape are packed into a number; any other text (too short or long, lower case, a letter
        // where a digit goes, longer than a block of characters) is kept as characters.
        string?[] upns = [null, "", "A12345678901", "a123456789012", "Z99999999999Z", "A00000000000A", "A1234567890123", "A1234567890X2", "B12345678901C", new string('U', 70_000)];
        string? PickUpn(string? upn) => random.Next(2) == 0 ? upns[random.Next(upns.Length)] : upn;
        var census = SyntheticCinCensus.Generate(seed.Get, 1 + (seed.Get % 30), 2024);
        var children = census.Children.Select(child => child with
        {
            Upn = PickUpn(child.Upn),
            FormerUpn = PickUpn(child.FormerUpn),
            Sex = Pick(child.Sex),
            Ethnicity = Pick(child.Ethnicity),
            Disabilities = [.. child.Disabilities.Select(d => Pick(d)!), odd[random.Next(odd.Length)]],
            Episodes = [.. child.Episodes.Select(e => e with
            {
                ReferralSource = Pick(e.ReferralSource),
                PrimaryNeed = Pick(e.PrimaryNeed),
                ReasonForClosure = Pick(e.ReasonForClosure),
                ProtectionPlans = [.. e.ProtectionPlans.Select(p => p with { InitialCategoryOfAbuse = Pick(p.InitialCategoryOfAbuse), LatestCategoryOfAbuse = Pick(p.LatestCategoryOfAbuse) })],
            })],
        }).ToList();
        return SameAgain(new CinCensus { Header = census.Header, Children = children, Problems = census.Problems, AffectedChildren = census.AffectedChildren });
    }

    [Fact]
    public void A_read_childs_records_are_made_once_whoever_asks()
    {
        var census = Read(Bytes(SyntheticCinCensus.Generate(3, 40, 2024)), 1);
        var seventh = census.Children[7];
        Assert.Same(seventh, census.Children[7]);
        Assert.Same(seventh, census.Children.ElementAt(7));
        Assert.Throws<ArgumentOutOfRangeException>(() => census.Children[40]);
        Assert.Throws<ArgumentOutOfRangeException>(() => census.Children[-1]);

        // Many threads asking for the same few children at once, before anyone has.
        var fresh = Read(Bytes(SyntheticCinCensus.Generate(3, 40, 2024)), 1);
        var got = new CinChild[256];
        Parallel.For(0, got.Length, i => got[i] = fresh.Children[i % 4]);
        for (int i = 0; i < got.Length; i++)
        {
            Assert.Same(fresh.Children[i % 4], got[i]);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_census_of_more_than_a_block_of_rows_reads_as_written_and_counts_the_same(int parts)
    {
        // 20,000 children: several blocks (4,096 rows each) of children, episodes and assessments, so that some child's
        // episodes and some episode's records stand across two blocks.
        var written = SyntheticCinCensus.Generate(5, 20_000, 2024);
        var read = Read(Bytes(written), parts);

        Assert.Equal(CinTestFiles.Records(written), CinTestFiles.Records(read));
        Assert.Equal(Full(read), Full(Read(Bytes(written), 1)));

        var period = ReportingPeriod.FinancialYear(2023);
        var options = new IndicatorOptions { Population = Population.Of(90_000), Breakdowns = IndicatorBreakdowns.All };
        var fromCode = CinIndicators.Compute(written, period, options);
        var fromRows = CinIndicators.Compute(read, period, options);
        Assert.Equal(fromCode.Observations, fromRows.Observations);
        Assert.Equal(fromCode.Breakdowns, fromRows.Breakdowns);
        Assert.All(fromCode.Observations, o => Assert.True(o.Numerator > 0, o.MeasureCode + " counts nothing, so proves nothing"));
        foreach (string code in new[] { CinIndicators.ReReferrals, CinIndicators.AssessmentsIn45Days, CinIndicators.SecondPlans })
        {
            // The written census's records have no file and line; the read one's do: the same children and reasons.
            var a = fromCode.Explain(code);
            var b = fromRows.Explain(code);
            Assert.Equal(a.Numerator.Select(c => (c.ChildId, c.Detail)), b.Numerator.Select(c => (c.ChildId, c.Detail)));
            Assert.Equal(a.Denominator!.Select(c => (c.ChildId, c.Detail)), b.Denominator!.Select(c => (c.ChildId, c.Detail)));
            Assert.All(b.Numerator, c => Assert.Equal("census.xml", Assert.Single(c.Records).File));
        }
    }

    private static Property SameAgain(CinCensus census)
    {
        var rows = CinRows.From(census.Children);
        var again = new CinCensus { Header = census.Header, Children = [.. Enumerable.Range(0, rows.Children.Count).Select(rows.Child)], Problems = census.Problems, AffectedChildren = census.AffectedChildren };
        return CinTestFiles.Records(again).SequenceEqual(CinTestFiles.Records(census)).Label("the same records")
            .And(Full(again).SequenceEqual(Full(census))).Label("the same places");
    }

    private static byte[] Bytes(CinCensus census)
    {
        using var stream = new MemoryStream();
        CinCensusWriter.Write(census, stream);
        return stream.ToArray();
    }

    private static CinCensus Read(byte[] xml, int parts)
    {
        var result = CinCensusReader.Read(new MemoryStream(xml, false), "census.xml", CinReadOptions.Default, out var reach, parts, 0);
        Assert.Equal(parts > 1 ? CinCensusReader.ScannerReach.InParts : CinCensusReader.ScannerReach.All, reach);
        return result.Value;
    }
}
