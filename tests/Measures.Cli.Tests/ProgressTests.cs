using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace Measures.Cli.Tests;

/// <summary>Progress on a large observations file goes to standard error, and only when it is a terminal.</summary>
public sealed class ProgressTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string path;

    public ProgressTests()
    {
        // About 6 MB: large enough to show progress.
        var csv = new StringBuilder("measure,period,organisational_unit,numerator,denominator\n");
        for (int unit = 0; unit < 700; unit++)
        {
            for (int month = 0; month < 288; month++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"EH-01,{2000 + (month / 12)}-{1 + (month % 12):D2},Team {unit},{month % 40},40\n");
            }
        }

        path = folder.Write("large.csv", csv.ToString());
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_terminal_sees_progress_on_standard_error()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        int exit = MeasuresTool.Run(["validate", path], output, error, ToolEnvironment.Captured with { ErrorIsTerminal = true });
        Assert.Equal(0, exit);
        Assert.Contains("\rReading large.csv: 50,000 records (", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Reading large.csv: 201,600 records (100%)", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Reading", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pipe_sees_no_progress()
    {
        var run = Tool.Run("validate", path);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
    }
}
