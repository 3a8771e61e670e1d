using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Observations;
using Measures.Samples;

namespace Measures.Tests.Observations;

/// <summary>Generators of observation files broken in every way.</summary>
public static class ObservationFuzzArbitraries
{
    internal static readonly string ValidCsv =
        string.Join("\n", new StreamReader(SampleCouncil.OpenObservationsCsv()).ReadToEnd().Split('\n').Take(40))
        + "\n\"CSC-07\",2023-04,\"Team A, \"\"east\"\"\nannex\",5,9,\r\nEH-01,Apr 2024,Café 🙂,1.5e1,20,\r\nEH-09,rolling 12 months to 2024-03,,,,16.1\r\n,,,,,\r\n";

    internal static readonly string ValidJson = ObservationJsonWriter.ToJson(ObservationCsvReader.Read(new StringReader(ValidCsv), "seed.csv").Value);

    public static Arbitrary<MutatedInput> Mutated() =>
        MutatedInputs.Of(("csv", Encoding.UTF8.GetBytes(ValidCsv)), ("json", Encoding.UTF8.GetBytes(ValidJson))).ToArbitrary();

    public static Arbitrary<byte[]> Bytes() =>
        MutatedInputs.Noise(Encoding.UTF8.GetBytes(ValidCsv), Encoding.UTF8.GetBytes(ValidJson)).ToArbitrary();
}

/// <summary>No bytes or text make the observation readers throw: every input gives a result.</summary>
[Properties(Arbitrary = [typeof(ObservationFuzzArbitraries)], MaxTest = 300)]
public sealed class ReaderFuzzProperties
{
    private static readonly ObservationReadOptions WithCatalogue = new() { Catalogue = SampleCouncil.Catalogue, MaxProblems = 5 };

    [Property]
    public Property Any_bytes_read_as_csv_give_a_result(byte[] bytes) =>
        Reads(() => ObservationCsvReader.Read(new MemoryStream(bytes), "fuzz.csv"), "CSV from a stream")
            .And(Reads(() => ObservationCsvReader.Read(new MemoryStream(bytes), "fuzz.csv", WithCatalogue), "CSV from a stream, with a catalogue"));

    [Property]
    public Property Any_bytes_read_as_json_give_a_result(byte[] bytes) =>
        Reads(() => ObservationJsonReader.Read(new MemoryStream(bytes), "fuzz.json"), "JSON from a stream")
            .And(Reads(() => ObservationJsonReader.Read(new MemoryStream(bytes), "fuzz.json", WithCatalogue), "JSON from a stream, with a catalogue"));

    [Property]
    public Property Any_text_read_as_csv_or_json_gives_a_result(string text)
    {
        text ??= "";
        return Reads(() => ObservationCsvReader.Read(new StringReader(text), "fuzz.csv", WithCatalogue), "CSV from text")
            .And(Reads(() => ObservationJsonReader.Read(new StringReader(text), "fuzz.json", WithCatalogue), "JSON from text"));
    }

    [Property]
    public Property A_damaged_file_gives_a_result_from_every_reader(MutatedInput input)
    {
        // The same damaged bytes as a stream, and as text decoded leniently or with broken surrogates kept.
        string lenient = Encoding.UTF8.GetString(input.Bytes);
        string latin1 = Encoding.Latin1.GetString(input.Bytes);
        string broken = lenient.Length == 0 ? "\ud800" : lenient.Insert(input.Bytes.Length % lenient.Length, "\udc00");
        var reads = new (Func<object>, string)[]
        {
            (() => ObservationCsvReader.Read(new MemoryStream(input.Bytes), "fuzz.csv", WithCatalogue), "CSV from a stream"),
            (() => ObservationJsonReader.Read(new MemoryStream(input.Bytes), "fuzz.json", WithCatalogue), "JSON from a stream"),
            (() => ObservationJsonReader.Read(new MemoryStream(input.Bytes), "fuzz.json"), "JSON from a stream, format only"),
            (() => ObservationCsvReader.Read(new StringReader(lenient), "fuzz.csv", WithCatalogue), "CSV from text"),
            (() => ObservationJsonReader.Read(new StringReader(lenient), "fuzz.json", WithCatalogue), "JSON from text"),
            (() => ObservationCsvReader.Read(new StringReader(latin1), "fuzz.csv"), "CSV from Latin-1 text"),
            (() => ObservationJsonReader.Read(new StringReader(latin1), "fuzz.json"), "JSON from Latin-1 text"),
            (() => ObservationCsvReader.Read(new StringReader(broken), "fuzz.csv"), "CSV from text with a broken surrogate"),
            (() => ObservationJsonReader.Read(new StringReader(broken), "fuzz.json"), "JSON from text with a broken surrogate"),
        };
        return reads.Select(r => Reads(r.Item1, r.Item2)).Aggregate((a, b) => a.And(b));
    }

    [Fact]
    public void The_seeds_are_valid_files()
    {
        Assert.True(ObservationCsvReader.Read(new StringReader(ObservationFuzzArbitraries.ValidCsv), "seed.csv", new ObservationReadOptions { Catalogue = SampleCouncil.Catalogue }).Success);
        Assert.True(ObservationJsonReader.Read(new StringReader(ObservationFuzzArbitraries.ValidJson), "seed.json", new ObservationReadOptions { Catalogue = SampleCouncil.Catalogue }).Success);
    }

    /// <summary>The read returns a consistent result without throwing, and its problems print safely.</summary>
    internal static Property Reads(Func<object> read, string what)
    {
        object result;
        try
        {
            result = read();
        }
        catch (Exception ex) when (ex is not ArgumentNullException)
        {
            return false.Label($"{what}: threw {ex}");
        }

        var (success, problems, count, byKind, text) = result switch
        {
            LoadResult<IReadOnlyList<Observation>> r => (r.Success, r.Problems, r.ProblemCount, r.ProblemCountsByKind, r.ToString()),
            LoadResult<Measures.Definitions.MeasureCatalogue> r => (r.Success, r.Problems, r.ProblemCount, r.ProblemCountsByKind, r.ToString()),
            _ => throw new InvalidOperationException("Not a load result."),
        };
        return (success == (count == 0) && success == (problems.Count == 0)).Label($"{what}: success means no problem")
            .And((byKind.Values.Sum() == count).Label($"{what}: the counts by kind add up to the total"))
            .And((problems.Count <= count && problems.Count <= ObservationReadOptions.DefaultMaxProblems).Label($"{what}: no more problems are listed than found, nor than the limit"))
            .And((!text.Any(c => c < ' ' && c is not ('\t' or '\r' or '\n')) && problems.All(p => p.ToString().All(c => c >= ' ' || c == '\t'))).Label($"{what}: problems print no control character"));
    }
}
