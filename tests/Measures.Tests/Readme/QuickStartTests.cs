using System;
using System.IO;
using System.Linq;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Readme;

/// <summary>Keeps the README's quick start compiling, true and in step with this file.</summary>
public sealed class QuickStartTests
{
    // Between the markers: the README's quick-start block line for line, with Console written
    // as the console parameter so that its output can be checked.
    private static string QuickStart(TextWriter console)
    {
        // quick-start-begin
        var q3 = ReportingPeriod.Parse("Q3 2020/21");   // a label as reports write it
        console.WriteLine($"{q3}: {q3.Start:d MMMM uuuu} to {q3.End:d MMMM uuuu}");  // 2020/21 Q3: 1 October 2020 to 31 December 2020
        console.WriteLine(q3.SamePeriodLastYear());     // 2019/20 Q3

        // "Contacted within three working days": the day of referral is day 0.
        var referral = new LocalDate(2020, 12, 23);
        var deadline = WorkingDayCalendar.EnglandAndWales.AddWorkingDays(referral, 3);
        console.WriteLine($"{deadline:d MMMM uuuu}");   // 30 December 2020 (Christmas and the Boxing Day substitute skipped)
        // quick-start-end
        return console.ToString()!;
    }

    [Fact]
    public void Quick_start_prints_what_its_comments_say()
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        string[] lines = QuickStart(writer).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["2020/21 Q3: 1 October 2020 to 31 December 2020", "2019/20 Q3", "30 December 2020"], lines);
    }

    [Fact]
    public void README_quick_start_block_matches_the_compiled_copy()
    {
        string root = RepositoryFile.Root();
        string readme = File.ReadAllText(Path.Combine(root, "README.md"));
        string block = readme.Split("```csharp", 2)[1].Split("```", 2)[0];
        string[] readmeBody = Normalise(block.Split('\n').Where(l => !l.StartsWith("using ", StringComparison.Ordinal)));

        string source = File.ReadAllText(Path.Combine(root, "tests", "Measures.Tests", "Readme", "QuickStartTests.cs"));
        string region = source.Split("// quick-start-begin", 2)[1].Split("// quick-start-end", 2)[0];
        string[] compiledBody = Normalise(region.Split('\n'))
            .Select(l => l.Replace("console.WriteLine", "Console.WriteLine", StringComparison.Ordinal))
            .ToArray();

        Assert.Equal(compiledBody, readmeBody);
    }

    private static string[] Normalise(System.Collections.Generic.IEnumerable<string> lines) =>
        lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
}
