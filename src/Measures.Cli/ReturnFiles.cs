using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Measures.Returns.Ssda903;
using Measures.Samples;

namespace Measures.Cli;

/// <summary>The SSDA903 return named on the command line: a folder of its files, the files themselves, or the embedded sample.</summary>
internal static class ReturnFiles
{
    /// <summary>The word that names the embedded sample return.</summary>
    public const string Sample = "sample";

    /// <summary><c>--ssda903</c>: the return's folder or files, repeatable.</summary>
    public static Option<string[]> Ssda903Option(bool required = false) => new("--ssda903")
    {
        Description = "The SSDA903 return (children looked after): a folder holding its CSV or XML files, or the files themselves (repeat for more; current and previous years' files may be given together; \"-\" for one from standard input), or \"sample\" for the embedded sample council's. Each file is recognised by its header row (or as XML by its first character), whatever its name.",
        HelpName = "FOLDER|FILE",
        AllowMultipleArgumentsPerToken = true,
        Required = required,
    };

    /// <summary><c>--lenient</c>: load a return with problems, leaving out the children they touch.</summary>
    public static Option<bool> LenientOption() => new("--lenient")
    {
        Description = "Load a return that has problems, listing every one on standard error and leaving the children they concern out of exactly the indicators the problems touch (and saying so); without it, any problem refuses the return.",
    };

    /// <summary>Reads the return, or stops with its problems listed; from <paramref name="opened"/> when its one file is open already.</summary>
    public static Ssda903Return Read(IReadOnlyList<string> paths, bool lenient, ToolContext context, Stream? given = null)
    {
        var files = given is null ? Files(paths, context) : [(paths[0] == InputFiles.StandardInput ? "stdin" : Path.GetFileName(paths[0]), () => given)];
        var opened = new List<(string Name, Stream Content)>();
        try
        {
            foreach (var (name, open) in files)
            {
                opened.Add((name, open()));
            }

            var result = Ssda903Reader.Read(opened, lenient ? Ssda903ReadOptions.Lenient : Ssda903ReadOptions.Default);
            string what = paths.Count == 1 ? $"the return '{paths[0]}'" : "the return";
            if (!result.TryGetValue(out var read))
            {
                throw new ToolException(
                    ExitCode.InvalidInput,
                    $"{InputFiles.Count(result.ProblemCount, "problem")} in {what}; nothing was read. With --lenient the return is loaded and the children the problems concern are left out of the figures they touch.",
                    [.. InputFiles.Lines(paths[0], result.Problems, result.ProblemCount)]);
            }

            foreach (var problem in read.Problems)
            {
                context.Error.WriteLine(problem.ToString());
            }

            if (read.Problems.Count > 0)
            {
                context.Error.WriteLine($"measures: {InputFiles.Count(read.Problems.Count, "problem")} in {what}; the children concerned are left out of the figures the problems touch.");
            }

            return read;
        }
        catch (IOException ex)
        {
            throw new ToolException($"cannot read the return: {OutputFile.Reason(ex)}.");
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new ToolException($"cannot read the return: {Text.Plain(ex)}.");
        }
        finally
        {
            foreach (var (_, content) in opened)
            {
                content.Dispose();
            }
        }
    }

    /// <summary>Whether <paramref name="path"/> names a return rather than a catalogue or observations file: a folder, or "sample".</summary>
    public static bool IsReturn(string path) => path == Sample || Directory.Exists(path);

    private static List<(string Name, Func<Stream> Open)> Files(IReadOnlyList<string> paths, ToolContext context)
    {
        if (paths.Count(p => p == InputFiles.StandardInput) > 1)
        {
            throw ToolException.Usage("standard input (\"-\") can be read once; give the return's other files by name.");
        }

        var files = new List<(string Name, Func<Stream> Open)>();
        foreach (string path in paths)
        {
            if (path == InputFiles.StandardInput)
            {
                files.Add(("stdin", context.Environment.OpenStandardInput));
            }
            else if (path == Sample)
            {
                files.AddRange(SampleCouncil.Ssda903FileNames.Select(name => (name, (Func<Stream>)(() => SampleCouncil.OpenSsda903File(name)))));
            }
            else if (Directory.Exists(path))
            {
                // The files of a return are CSV or XML; anything else in the folder (a note, a spreadsheet) is not part of it.
                var inFolder = Directory.EnumerateFiles(path)
                    .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".csv" or ".xml")
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (inFolder.Count == 0)
                {
                    throw new ToolException($"the folder '{path}' holds no CSV or XML files, so there is no return in it.");
                }

                files.AddRange(inFolder.Select(f => (Path.GetFileName(f), (Func<Stream>)(() => File.OpenRead(f)))));
            }
            else if (File.Exists(path))
            {
                files.Add((Path.GetFileName(path), () => File.OpenRead(path)));
            }
            else
            {
                throw new ToolException($"'{path}' is neither a folder nor a file (nor \"{Sample}\" for the embedded sample return, nor \"-\" for standard input).");
            }
        }

        return files;
    }
}
