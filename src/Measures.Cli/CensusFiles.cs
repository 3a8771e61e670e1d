using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using Measures.Returns.Cin;
using Measures.Returns.Sen2;
using Measures.Samples;

namespace Measures.Cli;

/// <summary>The XML returns named on the command line by one file each: the CIN census and the SEN2 return.</summary>
internal static class CensusFiles
{
    /// <summary><c>--cin</c>: the CIN census file.</summary>
    public static Option<string?> CinOption() => new("--cin")
    {
        Description = "The CIN census (children in need and child protection): its XML file (\"-\" for standard input), or \"sample\" for the embedded sample council's.",
        HelpName = "FILE",
    };

    /// <summary><c>--sen2</c>: the SEN2 return's file.</summary>
    public static Option<string?> Sen2Option() => new("--sen2")
    {
        Description = "The SEN2 return (education, health and care plans): its XML file (\"-\" for standard input), or \"sample\" for the embedded sample council's.",
        HelpName = "FILE",
    };

    /// <summary>Reads the census, or stops with its problems listed; from <paramref name="opened"/> when the file is open already.</summary>
    public static CinCensus ReadCin(string path, bool lenient, ToolContext context, Stream? opened = null) => Load(
        path,
        opened,
        "CIN census",
        context,
        (input, name) => CinCensusReader.Read(input, name, lenient ? CinReadOptions.Lenient : CinReadOptions.Default),
        census => census.Problems,
        sample: (SampleCouncil.CinFileName, SampleCouncil.OpenCinFile));

    /// <summary>Reads the SEN2 return, or stops with its problems listed; from <paramref name="opened"/> when the file is open already.</summary>
    public static Sen2Return ReadSen2(string path, bool lenient, ToolContext context, Stream? opened = null) => Load(
        path,
        opened,
        "SEN2 return",
        context,
        (input, name) => Sen2Reader.Read(input, name, lenient ? Sen2ReadOptions.Lenient : Sen2ReadOptions.Default),
        sen2 => sen2.Problems,
        sample: (SampleCouncil.Sen2FileName, SampleCouncil.OpenSen2File));

    // One XML return file read through the library: refused with its problems, or loaded with them on standard error.
    // sample: the embedded sample council's file that "sample" names, for a return that has one.
    private static T Load<T>(string path, Stream? opened, string what, ToolContext context, Func<Stream, string, LoadResult<T>> read, Func<T, IReadOnlyList<Returns.ReturnProblem>> problemsOf, (string Name, Func<Stream> Open)? sample)
        where T : notnull
    {
        try
        {
            bool isSample = path == ReturnFiles.Sample && sample is not null;
            string name = isSample ? sample!.Value.Name : path == InputFiles.StandardInput ? "stdin" : Path.GetFileName(path);
            using var input = opened ?? (isSample ? sample!.Value.Open() : OpenFile(path, what, context));
            var result = read(input, name);
            if (!result.TryGetValue(out var loaded))
            {
                throw new ToolException(
                    ExitCode.InvalidInput,
                    $"{InputFiles.Count(result.ProblemCount, "problem")} in the {what} '{path}'; nothing was read. With --lenient it is loaded and the records the problems concern are left out of the figures they touch.",
                    [.. InputFiles.Lines(name, result.Problems, result.ProblemCount)]);
            }

            var problems = problemsOf(loaded);
            foreach (var problem in problems)
            {
                context.Error.WriteLine(problem.ToString());
            }

            if (problems.Count > 0)
            {
                context.Error.WriteLine($"measures: {InputFiles.Count(problems.Count, "problem")} in the {what} '{path}'; the records concerned are left out of the figures the problems touch.");
            }

            return loaded;
        }
        catch (IOException ex)
        {
            throw new ToolException($"cannot read the {what} '{path}': {OutputFile.Reason(ex)}.");
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new ToolException($"cannot read the {what} '{path}': {Text.Plain(ex)}.");
        }
    }

    private static Stream OpenFile(string path, string what, ToolContext context)
    {
        if (path == InputFiles.StandardInput)
        {
            return context.Environment.OpenStandardInput();
        }

        if (Directory.Exists(path))
        {
            throw new ToolException($"'{path}' is a folder; the {what} is one XML file.");
        }

        if (!File.Exists(path))
        {
            throw new ToolException($"the {what} '{path}' does not exist.");
        }

        return File.OpenRead(path);
    }
}
