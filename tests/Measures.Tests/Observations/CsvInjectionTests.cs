using System;
using System.IO;
using Measures.Observations;
using Measures.Time;

namespace Measures.Tests.Observations;

/// <summary>Observation files opened in a spreadsheet run no formulas, and still read back to the same observations.</summary>
public sealed class CsvInjectionTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://example.com\")", "North")]
    [InlineData("CSC-04", "+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1)", "-Team")]
    public void Codes_and_units_a_spreadsheet_would_run_are_neutralised_and_read_back(string code, string unit)
    {
        Observation[] observations = [new(code, ReportingPeriod.Month(2024, 3), 5, null, unit)];
        string csv = ObservationCsvWriter.ToCsv(observations);
        var fields = Measures.Tests.Reporting.Rfc4180.Parse(csv)[1];
        Assert.All(fields, f => Assert.False(f.Length > 0 && f[0] is '=' or '+' or '@' or '-', f));
        Assert.Contains("\"'", csv, StringComparison.Ordinal);
        var read = ObservationCsvReader.Read(new StringReader(csv), "observations.csv");
        Assert.True(read.Success, read.ToString());
        Assert.Equal(observations, read.Value);
    }

    [Fact]
    public void Negative_looking_numbers_and_ordinary_text_are_written_as_they_are()
    {
        string csv = ObservationCsvWriter.ToCsv([new Observation("CSC-04", ReportingPeriod.Month(2024, 3), 5, null, "North-East")]);
        Assert.EndsWith("CSC-04,2024-03,North-East,5,,\r\n", csv, StringComparison.Ordinal);
    }
}
