using System;
using System.Linq;
using System.Text;

namespace Measures.Cli.Tests;

/// <summary>A file is read once, straight into the store a scorecard is built from; what the store refuses, the tool says.</summary>
public sealed class LargeFileTests : IDisposable
{
    private const string Header = "measure,period,organisational_unit,numerator,denominator\n";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_duplicate_is_named_by_its_measure_period_and_unit_in_words_a_user_can_act_on()
    {
        string path = folder.Write("twice.csv", Header + "CSC-04,Mar 2024,North,5,\nCSC-04,Mar 2024,North,6,\n");
        foreach (var run in (ToolRun[])[Tool.Run("validate", path), Tool.Run("scorecard", "--observations", path)])
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("twice.csv: CSC-04 for 2024-03, unit 'North': it appears more than once: give each measure, period, unit and breakdown once", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("DuplicateObservations", run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_duplicate_is_listed_beside_the_problems_of_the_rows()
    {
        string path = folder.Write("both.csv", Header + "CSC-04,Mar 2024,North,5,\nCSC-04,Mar 2024,North,6,\nCSC-04,Mar 2024,South,-1,\n");
        var run = Tool.Run("validate", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("both.csv, line 4, column 4 (numerator)", run.Error, StringComparison.Ordinal);
        Assert.Contains("it appears more than once", run.Error, StringComparison.Ordinal);
        Assert.Contains("measures: 2 problems in", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_more_rows_than_the_size_estimate_samples_gives_the_scorecard_of_the_same_rows_in_a_list()
    {
        // 120,000 rows: past the point where the rest of the file is estimated from its size.
        var csv = new StringBuilder(Header);
        var teams = Enumerable.Range(0, 5000).Select(t => "Team " + t).ToArray();
        int rows = 0;
        foreach (var month in (string[])["2023-04", "2023-05", "2023-06", "2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12", "2024-01", "2024-02", "2024-03"])
        {
            foreach (string team in teams.Take(10_000))
            {
                csv.Append("CSC-04,").Append(month).Append(',').Append(team).Append(",3,\n");
                csv.Append("EH-01,").Append(month).Append(',').Append(team).Append(",4,5\n");
                rows += 2;
            }
        }

        string path = folder.Write("large.csv", csv.ToString());
        var validate = Tool.Run("validate", path);
        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.StartsWith($"{path}: {rows:N0} observations of 2 measures", validate.Output, StringComparison.Ordinal);
        var scorecard = Tool.Run("scorecard", "--observations", path, "--format", "csv");
        Assert.True(scorecard.ExitCode == 0, scorecard.ToString());
        Assert.Contains("CSC-04,", scorecard.Output, StringComparison.Ordinal);
    }
}
