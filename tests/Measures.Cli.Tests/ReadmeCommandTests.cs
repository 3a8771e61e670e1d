using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Measures.Cli.Tests;

/// <summary>Every command the README shows on the embedded samples runs as written and succeeds.</summary>
public sealed class ReadmeCommandTests
{
    private const string Prefix = "dotnet run --project src/Measures.Cli -- ";

    public static TheoryData<string> Commands()
    {
        string folder = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(folder, "Measures.sln")))
        {
            folder = Path.GetDirectoryName(folder) ?? throw new InvalidOperationException("The repository's root was not found above the test's folder.");
        }

        var data = new TheoryData<string>();
        foreach (string line in File.ReadAllLines(Path.Combine(folder, "README.md")).Where(l => l.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            // Commands on the reader's own files (my-catalogue.json, export.csv) are examples of the syntax only.
            if (!Regex.IsMatch(line, @"\S+\.(json|csv|html)\b"))
            {
                data.Add(line[Prefix.Length..]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void The_command_succeeds(string command)
    {
        var run = Tool.Run([.. Arguments(command)]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.NotEmpty(run.Output);
    }

    [Fact]
    public void The_readme_shows_the_return_commands()
    {
        var commands = Commands().Select(row => row.Data).ToList();
        Assert.Contains(commands, c => c.StartsWith("indicators --ssda903 sample", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.StartsWith("explain ssda903 sample", StringComparison.Ordinal));
        Assert.Contains("validate sample", commands);
    }

    // Splits a command line as a POSIX shell would for these simple cases: spaces, and double quotes around a word.
    private static IEnumerable<string> Arguments(string command) =>
        Regex.Matches(command, "\"([^\"]*)\"|(\\S+)").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
}
