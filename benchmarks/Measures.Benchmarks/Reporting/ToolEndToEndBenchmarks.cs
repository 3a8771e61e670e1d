using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using DuckDB.NET.Data;

namespace Measures.Benchmarks.Reporting;

/// <summary>
/// The tool end to end, as a process (start-up included), on the 1.1-million-row observations file: its scorecard as
/// JSON, against DuckDB reading the same CSV and grouping it by measure and period on two threads in the same run; and
/// <c>measures validate</c> on a file of about 200 MB. The tool is the executable named by MEASURES_TOOL; else the
/// native build that <c>dotnet publish src/Measures.Cli -c Release -r linux-x64</c> makes (the tool as its Linux x64
/// package installs it), when it is there; else the JIT-compiled Release build (the tool as other platforms get it).
/// </summary>
/// <remarks>
/// Each operation is a whole process or query of a second or more, so the job runs in the host process (nothing to
/// build, which a busy machine can take minutes over) and times single operations, as they are.
/// </remarks>
[Config(typeof(ProcessJob))]
public class ToolEndToEndBenchmarks
{
    private string folder = "";
    private string tool = "";

    /// <summary>Gets the 1.1-million-row file.</summary>
    public string MillionRows => Path.Combine(folder, "observations-1.1m.csv");

    /// <summary>Gets the file of about 200 MB.</summary>
    public string LargeFile => Path.Combine(folder, "observations-200mb.csv");

    /// <summary>Writes the files (once: they are kept in the temporary folder) and finds the tool.</summary>
    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), "measures-benchmarks");
        Directory.CreateDirectory(folder);
        ObservationFileGenerator.Write(MillionRows, ObservationFileGenerator.MillionRowTeams);
        ObservationFileGenerator.Write(LargeFile, ObservationFileGenerator.LargeFileTeams);
        tool = FindTool();
    }

    /// <summary>DuckDB: <c>read_csv</c> and <c>GROUP BY measure, period</c>, two threads, in this process.</summary>
    /// <returns>The number of groups.</returns>
    [Benchmark(Baseline = true)]
    public long DuckDbReadAndGroup() => DuckDbGroups(MillionRows);

    /// <summary><c>measures scorecard --observations FILE --format json --output FILE</c>, as a process.</summary>
    /// <returns>The length of the JSON written.</returns>
    [Benchmark]
    public long ToolScorecard()
    {
        string output = Path.Combine(folder, "scorecard.json");
        Run("scorecard", "--observations", MillionRows, "--format", "json", "--output", output);
        return new FileInfo(output).Length;
    }

    /// <summary><c>measures validate FILE</c> on the file of about 200 MB, as a process.</summary>
    /// <returns>The file's length, for MB/s.</returns>
    [Benchmark]
    public long ToolValidateLargeFile()
    {
        Run("validate", LargeFile);
        return new FileInfo(LargeFile).Length;
    }

    /// <summary>Single operations, one warm-up, seven timed, in the host process.</summary>
    public sealed class ProcessJob : ManualConfig
    {
        /// <summary>Creates the job.</summary>
        public ProcessJob() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(7));
    }

    /// <summary>The (measure, period) groups DuckDB finds in a file.</summary>
    public static long DuckDbGroups(string path)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SET threads=2";
        command.ExecuteNonQuery();
        command.CommandText = "SELECT count(*) FROM (SELECT measure, period, sum(numerator), sum(denominator), count(*) FROM read_csv('" + path.Replace("'", "''", StringComparison.Ordinal) + "') GROUP BY measure, period)";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Runs the tool and waits; throws when it fails.</summary>
    public void Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result}");
        }
    }

    private static string FindTool()
    {
        if (Environment.GetEnvironmentVariable("MEASURES_TOOL") is { Length: > 0 } given)
        {
            return given;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Measures.sln")))
            {
                string executable = OperatingSystem.IsWindows() ? "Measures.Cli.exe" : "Measures.Cli";
                string native = Path.Combine(folder.FullName, "src", "Measures.Cli", "bin", "Release", "net10.0", RuntimeInformation.RuntimeIdentifier, "publish", executable);
                if (File.Exists(native))
                {
                    return native;
                }

                string built = Path.Combine(folder.FullName, "src", "Measures.Cli", "bin", "Release", "net10.0", executable);
                return File.Exists(built) ? built : throw new FileNotFoundException($"Build the tool first (dotnet build src/Measures.Cli -c Release), or name it in MEASURES_TOOL: {built} is missing.", built);
            }
        }

        throw new FileNotFoundException("Measures.sln was not found above the benchmarks; name the tool in MEASURES_TOOL.");
    }
}
