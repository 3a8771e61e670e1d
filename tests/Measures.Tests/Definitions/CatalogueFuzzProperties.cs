using System;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Definitions;
using Measures.Samples;
using Measures.Tests.Observations;

namespace Measures.Tests.Definitions;

/// <summary>Generators of catalogue documents broken in every way.</summary>
public static class CatalogueFuzzArbitraries
{
    // A few measures with their targets and benchmarks, small enough to damage many times over.
    internal static readonly string Small = new MeasureCatalogue(
        SampleCouncil.Catalogue.Measures.Where(m => m.ParentCode is null && SampleCouncil.Catalogue.ComponentsOf(m.Code).Count == 0)
            .OrderByDescending(m => m.Targets.Count + m.Benchmarks.Count).Take(3),
        "Small",
        "For fuzzing").ToJson();

    public static Arbitrary<MutatedInput> Mutated() =>
        MutatedInputs.Of(("small catalogue", Encoding.UTF8.GetBytes(Small)), ("sample catalogue", Encoding.UTF8.GetBytes(SampleCouncil.Catalogue.ToJson()))).ToArbitrary();

    public static Arbitrary<byte[]> Bytes() => MutatedInputs.Noise(Encoding.UTF8.GetBytes(Small)).ToArbitrary();
}

/// <summary>No bytes or text make loading a catalogue throw: every input gives a result.</summary>
[Properties(Arbitrary = [typeof(CatalogueFuzzArbitraries)], MaxTest = 300)]
public sealed class CatalogueFuzzProperties
{
    [Property]
    public Property Any_bytes_load_to_a_result(byte[] bytes) =>
        ReaderFuzzProperties.Reads(() => MeasureCatalogue.Load(new MemoryStream(bytes)), "Load");

    [Property]
    public Property Any_text_parses_to_a_result(string text) =>
        ReaderFuzzProperties.Reads(() => MeasureCatalogue.Parse(text ?? ""), "Parse");

    [Property]
    public Property A_damaged_catalogue_loads_and_parses_to_a_result(MutatedInput input)
    {
        string lenient = Encoding.UTF8.GetString(input.Bytes);
        string broken = lenient.Length == 0 ? "\udc00" : lenient.Insert(input.Bytes.Length % lenient.Length, "\ud800");
        return ReaderFuzzProperties.Reads(() => MeasureCatalogue.Load(new MemoryStream(input.Bytes)), "Load")
            .And(ReaderFuzzProperties.Reads(() => MeasureCatalogue.Parse(lenient), "Parse"))
            .And(ReaderFuzzProperties.Reads(() => MeasureCatalogue.Parse(Encoding.Latin1.GetString(input.Bytes)), "Parse of Latin-1 text"))
            .And(ReaderFuzzProperties.Reads(() => MeasureCatalogue.Parse(broken), "Parse of text with a broken surrogate"));
    }

    [Fact]
    public void The_seed_is_a_valid_catalogue_with_targets_and_benchmarks()
    {
        var small = MeasureCatalogue.Parse(CatalogueFuzzArbitraries.Small).Value;
        Assert.Equal(3, small.Measures.Count);
        Assert.Contains(small.Measures, m => m.Targets.Count > 0);
    }
}
