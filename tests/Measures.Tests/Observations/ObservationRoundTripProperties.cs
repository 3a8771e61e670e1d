using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Definitions;
using Measures.Observations;

namespace Measures.Tests.Observations;

[Properties(Arbitrary = [typeof(ObservationArbitraries)], MaxTest = 200)]
public sealed class ObservationRoundTripProperties
{
    [Property]
    public Property Csv_written_then_read_gives_the_same_observations(ObservationFile file)
    {
        string csv = ObservationCsvWriter.ToCsv(file.Observations);
        var result = ObservationCsvReader.Read(new StringReader(csv), "round-trip.csv");
        return result.Success.Label("the CSV written reads back")
            .And((result.Success && result.Value.SequenceEqual(file.Observations)).Label("the CSV reads back the same observations in order"));
    }

    [Property]
    public Property Json_written_then_read_gives_the_same_observations(ObservationFile file)
    {
        string json = ObservationJsonWriter.ToJson(file.Observations);
        var result = ObservationJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "round-trip.json");
        return result.Success.Label("the JSON written reads back")
            .And((result.Success && result.Value.SequenceEqual(file.Observations)).Label("the JSON reads back the same observations in order"));
    }

    [Property]
    public bool Csv_through_a_stream_gives_the_same_observations(ObservationFile file)
    {
        using var stream = new MemoryStream();
        ObservationCsvWriter.Write(stream, file.Observations);
        stream.Position = 0;
        return ObservationCsvReader.Read(stream, "stream.csv").Value.SequenceEqual(file.Observations);
    }

    // A negative numerator on any line is reported on exactly that line and column, and nothing is loaded.
    [Property]
    public Property A_bad_figure_is_reported_where_it_is(ObservationFile file, FsCheck.PositiveInt pick)
    {
        var plain = file.Observations.Where(o => o.HasCounts && !o.OrganisationalUnit.Contains('\n', System.StringComparison.Ordinal)).ToList();
        if (plain.Count == 0)
        {
            return true.Label("no observation on a single line to spoil");
        }

        int bad = pick.Get % plain.Count;
        string[] lines = ObservationCsvWriter.ToCsv(plain).Split("\r\n");
        int line = bad + 2; // after the header, 1-based
        var fields = lines[line - 1];
        // The numerator is the third field from the end (numerator, denominator, value).
        int numeratorStart = fields.LastIndexOf(',', fields.LastIndexOf(',', fields.LastIndexOf(',') - 1) - 1) + 1;
        lines[line - 1] = fields[..numeratorStart] + "-7" + fields[fields.IndexOf(',', numeratorStart)..];
        var result = ObservationCsvReader.Read(new StringReader(string.Join("\r\n", lines)), "bad.csv");
        var refused = (!result.Success).Label("the file is refused")
            .And((!result.TryGetValue(out _)).Label("nothing is loaded"))
            .And((result.Problems.Count == 1).Label("exactly one problem is reported"));
        if (result.Problems.Count != 1)
        {
            return refused;
        }

        var problem = result.Problems[0];
        return refused
            .And((problem.Line == line).Label($"the problem is on line {line}"))
            .And((problem.Column == 4).Label("the problem is in column 4"))
            .And((problem.Field == "numerator").Label("the problem names the numerator field"))
            .And((problem.Value == "-7").Label("the problem quotes the bad figure"))
            .And(problem.ToString().StartsWith(string.Create(CultureInfo.InvariantCulture, $"bad.csv, line {line}, column 4 (numerator), \"-7\": "), System.StringComparison.Ordinal)
                .Label("the message starts with the file, line, column, field and figure"));
    }
}
