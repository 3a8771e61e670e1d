using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck.Xunit;
using Measures.Definitions;
using Measures.Observations;

namespace Measures.Tests.Observations;

[Properties(Arbitrary = [typeof(ObservationArbitraries)], MaxTest = 200)]
public sealed class ObservationRoundTripProperties
{
    [Property]
    public bool Csv_written_then_read_gives_the_same_observations(ObservationFile file)
    {
        string csv = ObservationCsvWriter.ToCsv(file.Observations);
        var result = ObservationCsvReader.Read(new StringReader(csv), "round-trip.csv");
        return result.Success && result.Value.SequenceEqual(file.Observations);
    }

    [Property]
    public bool Json_written_then_read_gives_the_same_observations(ObservationFile file)
    {
        string json = ObservationJsonWriter.ToJson(file.Observations);
        var result = ObservationJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "round-trip.json");
        return result.Success && result.Value.SequenceEqual(file.Observations);
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
    public bool A_bad_figure_is_reported_where_it_is(ObservationFile file, FsCheck.PositiveInt pick)
    {
        var plain = file.Observations.Where(o => !o.OrganisationalUnit.Contains('\n', System.StringComparison.Ordinal)).ToList();
        if (plain.Count == 0)
        {
            return true;
        }

        int bad = pick.Get % plain.Count;
        string[] lines = ObservationCsvWriter.ToCsv(plain).Split("\r\n");
        int line = bad + 2; // after the header, 1-based
        var fields = lines[line - 1];
        int numeratorStart = fields.LastIndexOf(',', fields.LastIndexOf(',') - 1) + 1;
        lines[line - 1] = fields[..numeratorStart] + "-7" + fields[fields.IndexOf(',', numeratorStart)..];
        var result = ObservationCsvReader.Read(new StringReader(string.Join("\r\n", lines)), "bad.csv");
        return !result.Success
            && !result.TryGetValue(out _)
            && result.Problems.Count == 1
            && result.Problems[0].Line == line
            && result.Problems[0].Column == 4
            && result.Problems[0].Field == "numerator"
            && result.Problems[0].Value == "-7"
            && result.Problems[0].ToString().StartsWith(string.Create(CultureInfo.InvariantCulture, $"bad.csv, line {line}, column 4 (numerator), \"-7\": "), System.StringComparison.Ordinal);
    }
}
