using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Measures.Cli.Tests;

/// <summary>What one run of the tool gave.</summary>
public sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>Runs the measures tool in this process (its entry point with captured writers) or as a process.</summary>
internal static class Tool
{
    public static ToolRun Run(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        int exit = MeasuresTool.Run(args, output, error, ToolEnvironment.Captured);
        return new ToolRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs the tool in this process with <paramref name="input"/> as its standard input, read as from a pipe.</summary>
    public static ToolRun RunWithInput(byte[] input, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var environment = ToolEnvironment.Captured with { OpenStandardInput = () => new ForwardOnlyStream(input) };
        int exit = MeasuresTool.Run(args, output, error, environment);
        return new ToolRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>dotnet Measures.Cli.dll</c> as built beside this test assembly's configuration.</summary>
    public static ToolRun RunProcess(params string[] args) => RunProcess([], args);

    /// <summary>Runs the tool as a process with <paramref name="input"/> piped into its standard input.</summary>
    public static ToolRun RunProcess(byte[] input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BuiltTool);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.StandardInput.BaseStream.Write(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The tool did not finish within two minutes.");
        }

        return new ToolRun(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>
    /// The tool's own build output: src/Measures.Cli/bin/{configuration}/{framework}/Measures.Cli.dll, found
    /// from this assembly's tests/Measures.Cli.Tests/bin/{configuration}/{framework}/.
    /// </summary>
    public static string BuiltTool
    {
        get
        {
            var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            string framework = here.Name;
            string configuration = here.Parent!.Name;
            string path = Path.Combine(RepositoryRoot, "src", "Measures.Cli", "bin", configuration, framework, "Measures.Cli.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: the tool is not at " + path, path);
        }
    }

    public static string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Measures.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new DirectoryNotFoundException("Measures.sln was not found above " + AppContext.BaseDirectory);
        }
    }
}

internal static class Lines
{
    public static string[] Of(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
