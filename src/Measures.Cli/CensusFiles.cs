using System;
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
        Description = "The CIN census (children in need and child protection): its XML file.",
        HelpName = "FILE",
    };

    /// <summary><c>--sen2</c>: the SEN2 return's file.</summary>
    public static Option<string?> Sen2Option() => new("--sen2")
    {
        Description = "The SEN2 return (education, health and care plans): its XML file, or \"sample\" for the embedded sample council's.",
        HelpName = "FILE",
    };

    /// <summary>Which return an XML file holds, told from its first few thousand characters, or <see langword="null"/>.</summary>
    public static string? TellXmlReturn(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            byte[] start = new byte[8192];
            int filled = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
            string text = Encoding.UTF8.GetString(start, 0, filled);
            if (!text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('<'))
            {
                return null;
            }

            // The census names its collection in its header; a file without one but with Children/Child and CINdetails is one too.
            if (text.Contains("<Collection>SEN2", StringComparison.OrdinalIgnoreCase))
            {
                return "sen2";
            }

            if (text.Contains("<Collection>CIN", StringComparison.OrdinalIgnoreCase) || text.Contains("<CINdetails", StringComparison.OrdinalIgnoreCase))
            {
                return "cin";
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Reads the census, or stops with its problems listed.</summary>
    public static CinCensus ReadCin(string path, bool lenient, ToolContext context)
    {
        try
        {
            using var input = OpenCin(path, context, out string name);
            var result = CinCensusReader.Read(input, name, lenient ? CinReadOptions.Lenient : CinReadOptions.Default);
            if (!result.TryGetValue(out var census))
            {
                throw new ToolException(
                    ExitCode.InvalidInput,
                    $"{InputFiles.Count(result.ProblemCount, "problem")} in the CIN census '{path}'; nothing was read. With --lenient the census is loaded and the records the problems concern are left out of the figures they touch.",
                    [.. InputFiles.Lines(name, result.Problems, result.ProblemCount)]);
            }

            foreach (var problem in census.Problems)
            {
                context.Error.WriteLine(problem.ToString());
            }

            if (census.Problems.Count > 0)
            {
                context.Error.WriteLine($"measures: {InputFiles.Count(census.Problems.Count, "problem")} in the CIN census '{path}'; the records concerned are left out of the figures the problems touch.");
            }

            return census;
        }
        catch (IOException ex)
        {
            throw new ToolException($"cannot read the CIN census '{path}': {OutputFile.Reason(ex)}.");
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new ToolException($"cannot read the CIN census '{path}': {Text.Plain(ex)}.");
        }
    }

    /// <summary>Reads the SEN2 return, or stops with its problems listed.</summary>
    public static Sen2Return ReadSen2(string path, bool lenient, ToolContext context)
    {
        try
        {
            using var input = path == ReturnFiles.Sample ? SampleCouncil.OpenSen2File() : OpenFile(path, "SEN2 return", context, out _);
            string name = path == ReturnFiles.Sample ? SampleCouncil.Sen2FileName : path == InputFiles.StandardInput ? "stdin" : Path.GetFileName(path);
            var result = Sen2Reader.Read(input, name, lenient ? Sen2ReadOptions.Lenient : Sen2ReadOptions.Default);
            if (!result.TryGetValue(out var sen2))
            {
                throw new ToolException(
                    ExitCode.InvalidInput,
                    $"{InputFiles.Count(result.ProblemCount, "problem")} in the SEN2 return '{path}'; nothing was read. With --lenient the return is loaded and the records the problems concern are left out of the figures they touch.",
                    [.. InputFiles.Lines(name, result.Problems, result.ProblemCount)]);
            }

            foreach (var problem in sen2.Problems)
            {
                context.Error.WriteLine(problem.ToString());
            }

            if (sen2.Problems.Count > 0)
            {
                context.Error.WriteLine($"measures: {InputFiles.Count(sen2.Problems.Count, "problem")} in the SEN2 return '{path}'; the records concerned are left out of the figures the problems touch.");
            }

            return sen2;
        }
        catch (IOException ex)
        {
            throw new ToolException($"cannot read the SEN2 return '{path}': {OutputFile.Reason(ex)}.");
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new ToolException($"cannot read the SEN2 return '{path}': {Text.Plain(ex)}.");
        }
    }

    private static Stream OpenCin(string path, ToolContext context, out string name) => OpenFile(path, "CIN census", context, out name);

    private static Stream OpenFile(string path, string what, ToolContext context, out string name)
    {
        if (path == InputFiles.StandardInput)
        {
            name = "stdin";
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

        name = Path.GetFileName(path);
        return File.OpenRead(path);
    }
}
