using System;
using System.IO;
using System.Linq;

namespace Measures.Tests.Readme;

/// <summary>Keeps the README's quick start compiling and in step with this file.</summary>
public sealed class QuickStartTests
{
    // The body of QuickStart below is the README's quick-start block, line for line
    // (the README's usings and top-level statements, wrapped here in a method).
    private static string QuickStart(TextWriter console)
    {
        // quick-start-begin
        // Quarter 3 of 2020/21, as a council's Q3 performance report means it.
        var q3 = Measures.Time.ReportingPeriod.Quarter(2020, 3);
        console.WriteLine($"{q3.Start:d MMMM uuuu} to {q3.End:d MMMM uuuu}");  // 1 October 2020 to 31 December 2020
        console.WriteLine(q3.Days);                     // 92
        console.WriteLine(q3.Contains(new NodaTime.LocalDate(2020, 12, 25)));  // True
        // quick-start-end
        return console.ToString()!;
    }

    [Fact]
    public void Quick_start_runs_and_prints_what_the_README_says()
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        string[] lines = QuickStart(writer).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["1 October 2020 to 31 December 2020", "92", "True"], lines);
    }

    [Fact]
    public void README_quick_start_block_matches_the_compiled_copy()
    {
        string root = RepositoryRoot();
        string readme = File.ReadAllText(Path.Combine(root, "README.md"));
        string block = readme.Split("```csharp", 2)[1].Split("```", 2)[0];
        string[] readmeBody = Normalise(block.Split('\n').Where(l => !l.StartsWith("using ", StringComparison.Ordinal)));

        string source = File.ReadAllText(Path.Combine(root, "tests", "Measures.Tests", "Readme", "QuickStartTests.cs"));
        string region = source.Split("// quick-start-begin", 2)[1].Split("// quick-start-end", 2)[0];
        string[] compiledBody = Normalise(region.Split('\n'))
            .Select(l => l.Replace("console.WriteLine", "Console.WriteLine", StringComparison.Ordinal)
                          .Replace("Measures.Time.ReportingPeriod", "ReportingPeriod", StringComparison.Ordinal)
                          .Replace("NodaTime.LocalDate", "LocalDate", StringComparison.Ordinal))
            .ToArray();

        Assert.Equal(compiledBody, readmeBody);
    }

    private static string[] Normalise(System.Collections.Generic.IEnumerable<string> lines) =>
        lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Measures.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Measures.sln not found above " + AppContext.BaseDirectory);
    }
}
