using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Measures.Samples;

namespace Measures.Cli.Tests;

/// <summary>Inputs read once from files, standard input and pipes; outputs that appear whole or not at all.</summary>
public sealed class InputOutputTests : IDisposable
{
    private const string Header = "measure,period,organisational_unit,numerator,denominator\n";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Observations_can_come_from_standard_input_read_once_and_forwards_only()
    {
        var run = Tool.RunWithInput(Encoding.UTF8.GetBytes(Header + "CSC-04,Mar 2024,,502,\n"), "validate", "-");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("standard input: 1 observation of 1 measure", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_in_standard_input_names_stdin_and_its_line()
    {
        var run = Tool.RunWithInput(Encoding.UTF8.GetBytes(Header + "CSC-04,Mar 2024,,-3,\n"), "validate", "-");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("stdin, line 2, column 4 (numerator)", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("measures: 1 problem in standard input.\n", run.Error.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalogue_from_standard_input_is_told_from_its_content_even_after_a_comment()
    {
        using var catalogue = SampleCouncil.OpenCatalogueJson();
        using var text = new MemoryStream();
        text.Write("// Sample Council's measures\n"u8);
        catalogue.CopyTo(text);
        var run = Tool.RunWithInput(text.ToArray(), "validate", "-");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith($"standard input: a catalogue of {SampleCouncil.Catalogue.Measures.Count} measures", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_observations_from_standard_input_are_told_from_their_content()
    {
        var run = Tool.RunWithInput("""{ "observations": [ { "measure": "CSC-04", "period": "Mar 2024", "numerator": 502 } ] }"""u8.ToArray(), "validate", "-");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("standard input: 1 observation", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_one_input_can_be_standard_input()
    {
        var run = Tool.RunWithInput([], "scorecard", "--catalogue", "-", "--observations", "-");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("only one input can come from standard input", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_json_file_is_invalid_input_not_a_usage_error()
    {
        string path = folder.Write("catalogue.json", """{ "version": 1, "measures": [""");
        var run = Tool.Run("validate", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not valid JSON", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_is_read_as_a_return_and_one_without_return_files_says_so()
    {
        // A folder is where a council keeps a return's files; one holding none of them is said to have no return.
        var run = Tool.Run("validate", folder.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("holds no CSV or XML files, so there is no return in it", run.Error, StringComparison.Ordinal);

        // A folder where a file is expected (the catalogue) is still said to be a folder.
        var catalogue = Tool.Run("scorecard", "--catalogue", folder.Path, "--observations", folder.Path);
        Assert.Equal(1, catalogue.ExitCode);
        Assert.Contains("it is a folder, not a file", catalogue.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_starting_with_an_at_sign_is_a_file_not_a_list_of_arguments()
    {
        string path = folder.Write("@observations.csv", Header + "CSC-04,Mar 2024,,502,\n");
        var run = Tool.Run("validate", path);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("1 observation of 1 measure", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_from_a_file_reach_the_terminal_escaped()
    {
        string path = folder.Write("bad.csv", Header + "CSC-04\u001B[2J,Mar 2024,,5\u0007,\n");
        var run = Tool.Run("validate", path);
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain('\u001B', run.Error);
        Assert.DoesNotContain('\u0007', run.Error);
        Assert.Contains("CSC-04\\u001B[2J", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_output_cannot_be_an_input()
    {
        string observations = folder.Write("observations.csv", Header + "CSC-04,Mar 2024,,502,\n");
        string before = File.ReadAllText(observations);
        var run = Tool.Run("scorecard", "--observations", observations, "--catalogue", CatalogueFile(), "--output", Path.Combine(folder.Path, ".", "observations.csv"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("writing the scorecard there would lose it", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(observations));
    }

    [Fact]
    public void A_scorecard_written_to_a_file_replaces_it_whole_and_leaves_nothing_beside_it()
    {
        string report = folder.Write("scorecard.html", "the previous report");
        var run = Tool.Run("scorecard", "--output", report);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(report), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["scorecard.html"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_writer_that_fails_half_way_leaves_the_previous_file_as_it_was()
    {
        string report = folder.Write("scorecard.html", "the previous report");
        var thrown = Assert.Throws<ToolException>(() => OutputFile.Write(report, writer =>
        {
            writer.Write(new string('x', 200_000));
            throw new IOException("No space left on device : '" + report + "'");
        }));
        Assert.Equal($"cannot write '{report}': No space left on device; the existing file is unchanged.", thrown.Message);
        Assert.Equal("the previous report", File.ReadAllText(report));
        Assert.Equal(["scorecard.html"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_full_disk_is_one_line_and_exit_code_1()
    {
        if (!File.Exists("/dev/full"))
        {
            Assert.Skip("This system has no /dev/full.");
        }

        var run = Tool.Run("scorecard", "--output", "/dev/full");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("measures: cannot write '/dev/full': No space left on device; the existing file is unchanged.\n", run.Error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Standard_output_that_fails_is_one_line_and_exit_code_1()
    {
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        int exit = MeasuresTool.Run(["scorecard"], new FailingWriter(), error, ToolEnvironment.Captured);
        Assert.Equal(1, exit);
        Assert.Equal("measures: cannot write the output: No space left on device.\n", error.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pipe_into_the_process_is_read()
    {
        var run = Tool.RunProcess(Encoding.UTF8.GetBytes(Header + "CSC-04,Mar 2024,,502,\n"), "validate", "-");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("standard input: 1 observation of 1 measure", run.Output, StringComparison.Ordinal);
    }

    private string CatalogueFile()
    {
        using var json = SampleCouncil.OpenCatalogueJson();
        using var reader = new StreamReader(json);
        return folder.Write("catalogue.json", reader.ReadToEnd());
    }

    private sealed class FailingWriter : StringWriter
    {
        public FailingWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void Flush() => throw new IOException("No space left on device");
    }
}
