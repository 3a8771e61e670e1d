using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Measures.Samples;

namespace Measures.Cli.Tests;

/// <summary>
/// The tool takes a partner's values without counts and another system's window totals as they come. The figures
/// are the sample council's published ones (seed 002, Rotherham's 2023/24 year-end report): EH-09 reoffending
/// "16.1 per 100k" (line 65), EH-01 "91.3%" (line 56).
/// </summary>
public sealed class FiguresKeptApartTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Catalogue()
    {
        string path = folder.PathOf("catalogue.json");
        using (var file = File.Create(path))
        using (var sample = SampleCouncil.OpenCatalogueJson())
        {
            sample.CopyTo(file);
        }

        return path;
    }

    [Fact]
    public void A_value_column_and_a_window_total_reach_the_scorecard_as_given()
    {
        string observations = folder.Write(
            "partner.csv",
            "measure,period,numerator,denominator,value\nEH-09,rolling 12 months to 2024-03,,,16.1\nEH-01,FY 2023/24,,,91.3\nCSC-04,2024-03,502,,\n");
        var run = Tool.Run("scorecard", "--catalogue", Catalogue(), "--observations", observations, "--period", "2023/24", "--format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = JsonDocument.Parse(run.Output);
        JsonElement Row(string code) => document.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == code);
        Assert.Equal("16.1 per 100,000", Row("EH-09").GetProperty("valueText").GetString());
        Assert.Equal("rolling 12 months to 2024-03", Row("EH-09").GetProperty("period").GetString());
        Assert.Equal(JsonValueKind.Null, Row("EH-09").GetProperty("numerator").ValueKind);
        Assert.Equal("91.3%", Row("EH-01").GetProperty("valueText").GetString());
        Assert.Equal(502m, Row("CSC-04").GetProperty("numerator").GetDecimal());

        var validate = Tool.Run("validate", observations);
        Assert.True(validate.ExitCode == 0, validate.ToString());
    }

    [Fact]
    public void A_window_figure_beside_a_bad_row_is_not_reported_as_an_unknown_measure()
    {
        string observations = folder.Write("mixed.csv", "measure,period,numerator,denominator,value\nEH-09,rolling 12 months to 2024-03,,,16.1\nCSC-04,31/03/2024,502,,\n");
        var run = Tool.Run("validate", observations);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("mixed.csv, line 3, column 2 (period), \"31/03/2024\": This is not a period label but a date", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("no aggregation rule", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 problem", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_for_a_kind_of_period_that_cuts_across_the_catalogues_is_refused_at_its_line()
    {
        string observations = folder.Write("terms.csv", "measure,period,numerator,denominator\nEH-09,2023/24 Q3,4,25000\nEH-09,Autumn term 2023/24,3,25000\n");
        var run = Tool.Run("validate", observations);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("terms.csv, line 3, column 2 (period), \"Autumn term 2023/24\": EH-09 is reported quarterly in the catalogue", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("line 2,", run.Error, StringComparison.Ordinal);
    }

}
