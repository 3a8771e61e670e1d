using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using Measures.Returns.Cin;
using Measures.Samples;
using Measures.Tests.Indicators;

namespace Measures.Tests.Returns.Cin;

/// <summary>A census written by <see cref="CinCensusWriter"/> reads back to the same records; the synthetic census and the embedded sample.</summary>
public sealed class CinCensusWriterTests
{
    private static CinCensus RoundTrip(CinCensus census)
    {
        using var stream = new MemoryStream();
        CinCensusWriter.Write(census, stream);
        stream.Position = 0;
        var read = CinCensusReader.Read(stream, "written.xml");
        Assert.True(read.Success, string.Join("\n", read.Problems));
        return read.Value;
    }

    [Property(Arbitrary = [typeof(CinArbitraries)], MaxTest = 100)]
    public bool Written_then_read_gives_the_same_records(CinCensus census) =>
        CinTestFiles.Records(RoundTrip(census)).SequenceEqual(CinTestFiles.Records(census));

    [Fact]
    public void The_synthetic_census_reads_back_whole_and_the_same_seed_gives_the_same_file()
    {
        var census = SyntheticCinCensus.Generate(7, 2_000, 2024);
        Assert.Equal(CinTestFiles.Records(census), CinTestFiles.Records(RoundTrip(census)));
        Assert.Equal(Bytes(census), Bytes(SyntheticCinCensus.Generate(7, 2_000, 2024)));
        Assert.NotEqual(Bytes(census), Bytes(SyntheticCinCensus.Generate(8, 2_000, 2024)));
    }

    [Fact]
    public void The_synthetic_census_has_every_shape_the_indicators_look_for()
    {
        var episodes = SyntheticCinCensus.Generate(7, 2_000, 2024).Children.SelectMany(c => c.Episodes).ToList();
        Assert.Contains(episodes, e => e.ReferralNfa);
        Assert.Contains(episodes, e => e.ClosureDate is null);
        Assert.Contains(episodes, e => e.Plans.Count > 0);
        Assert.Contains(episodes, e => e.Section47Enquiries.Any(s => s.InitialConferenceDate is not null));
        var plans = episodes.SelectMany(e => e.ProtectionPlans).ToList();
        Assert.Contains(plans, p => p.PreviousPlans > 0);
        Assert.Contains(plans, p => p.End is { } end && end >= p.Start!.Value.PlusYears(2));
        Assert.Contains(plans, p => p.ReviewDates.Count > 0);
        Assert.All(SyntheticCinCensus.Generate(7, 2_000, 2024).Children, c => Assert.StartsWith("CIN-", c.ChildId, System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_embedded_sample_is_what_the_generator_makes_from_its_documented_seed()
    {
        Assert.Equal(CinTestFiles.Records(SyntheticCinCensus.Generate(3, 200, 2024)), CinTestFiles.Records(SampleCouncil.Cin));
        Assert.Equal(new NodaTime.LocalDate(2024, 3, 31), SampleCouncil.Cin.Header.ReferenceDate);
    }

    private static byte[] Bytes(CinCensus census)
    {
        using var stream = new MemoryStream();
        CinCensusWriter.Write(census, stream);
        return stream.ToArray();
    }
}
