using System;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Returns.Ssda903;
using Measures.Tests.Observations;
using static Measures.Tests.Returns.Ssda903.ReaderTestFiles;

namespace Measures.Tests.Returns.Ssda903;

/// <summary>Damaged and random return files.</summary>
public static class ReturnFuzzArbitraries
{
    internal static readonly string ValidHeader = File.ReadAllText(RepositoryFile.PathOf("tests/Measures.Tests/Returns/Ssda903/Data/header.csv"));

    internal static readonly string ValidEpisodes = Lines(
        Episodes,
        "538333,21/07/2016,P,C2,N2,T3,PR1,24/04/2017,X1,ALLEG,V26 3IN,Y27 2BR,9468114",
        "538333,24/04/2017,T,C2,N2,R2,PR5,,,\"a, \"\"b\"\"\",B7 5MB,Q11 5KI,1148477",
        "604914,2017-03-28,P,C1,N4,Z1,PR2,8/4/2017,E3,CREQO,P7 1ZG,K9 2HV,9929131");

    internal static readonly byte[] ValidXml = File.ReadAllBytes(RepositoryFile.PathOf("tests/Measures.Tests/Returns/Ssda903/Data/fake_903.xml"));

    public static Arbitrary<MutatedInput> Mutated() =>
        MutatedInputs.Of(("header", Encoding.UTF8.GetBytes(ValidHeader)), ("episodes", Encoding.UTF8.GetBytes(ValidEpisodes)), ("xml", ValidXml)).ToArbitrary();

    public static Arbitrary<byte[]> Bytes() =>
        MutatedInputs.Noise(Encoding.UTF8.GetBytes(ValidEpisodes), ValidXml).ToArbitrary();
}

/// <summary>No bytes make the return's readers throw: every input gives a result, strict or lenient.</summary>
[Properties(Arbitrary = [typeof(ReturnFuzzArbitraries)], MaxTest = 300)]
public sealed class ReaderFuzzProperties
{
    [Property]
    public Property Any_bytes_give_a_result(byte[] bytes) => Reads(bytes);

    [Property]
    public Property A_damaged_file_gives_a_result(MutatedInput input) => Reads(input.Bytes);

    [Fact]
    public void The_seeds_are_valid_files()
    {
        var episodes = Read(Ssda903ReadOptions.Default, ("h.csv", ReturnFuzzArbitraries.ValidHeader), ("e.csv", ReturnFuzzArbitraries.ValidEpisodes));
        Assert.True(episodes.Success, episodes.ToString());
        Assert.True(Ssda903Reader.ReadXml(new MemoryStream(ReturnFuzzArbitraries.ValidXml), "x.xml").Success);
    }

    private static Property Reads(byte[] bytes) =>
        Check(() => Ssda903Reader.Read([("f.csv", new MemoryStream(bytes))]), "CSV, strict")
            .And(Check(() => Ssda903Reader.Read([("f.csv", new MemoryStream(bytes)), ("h.csv", new MemoryStream(Encoding.UTF8.GetBytes(ReturnFuzzArbitraries.ValidHeader)))], Ssda903ReadOptions.Lenient), "CSV with Header, lenient"))
            .And(Check(() => Ssda903Reader.ReadXml(new MemoryStream(bytes), "f.xml"), "XML, strict"))
            .And(Check(() => Ssda903Reader.ReadXml(new MemoryStream(bytes), "f.xml", Ssda903ReadOptions.Lenient), "XML, lenient"));

    private static Property Check(Func<LoadResult<Ssda903Return>> read, string what)
    {
        LoadResult<Ssda903Return> result;
        try
        {
            result = read();
        }
        catch (Exception ex)
        {
            return false.Label($"{what}: threw {ex}");
        }

        bool printable = result.Problems.Concat(result.Success ? result.Value.Problems.Select(p => p.Problem) : []).All(p => p.ToString().All(c => c >= ' ' || c == '\t'));
        return (result.Success == (result.ProblemCount == 0)).Label($"{what}: success means no problem")
            .And((result.ProblemCountsByKind.Values.Sum() == result.ProblemCount).Label($"{what}: the counts by kind add up"))
            .And((what.EndsWith("lenient", StringComparison.Ordinal) ? result.Success : true).Label($"{what}: a lenient read always loads"))
            .And(printable.Label($"{what}: problems print no control character"));
    }
}
