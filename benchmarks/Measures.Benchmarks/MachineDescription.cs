using System;
using System.IO;
using System.Linq;

namespace Measures.Benchmarks;

/// <summary>
/// The processor model and the load average, printed before and after every run so that each figure
/// is read beside how busy the machine was (Linux: /proc/cpuinfo and /proc/loadavg).
/// </summary>
public static class MachineDescription
{
    /// <summary>Gets the processor's model name, or "unknown" where /proc/cpuinfo is not available.</summary>
    public static string CpuModel =>
        ReadLines("/proc/cpuinfo")
            .Where(l => l.StartsWith("model name", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault() ?? "unknown";

    /// <summary>Gets the 1-, 5- and 15-minute load averages, or "unknown" where /proc/loadavg is not available.</summary>
    public static string LoadAverage =>
        ReadLines("/proc/loadavg").FirstOrDefault() is { } line ? string.Join(' ', line.Split(' ').Take(3)) : "unknown";

    /// <summary>Gets one line naming the processor, its logical cores and the load average.</summary>
    /// <param name="when">When the line is taken ("before", "after").</param>
    /// <returns>The line.</returns>
    public static string Line(string when) =>
        $"// Machine {when}: {CpuModel}, {Environment.ProcessorCount} logical cores, load average {LoadAverage}";

    private static string[] ReadLines(string path)
    {
        try
        {
            return File.ReadAllLines(path);
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }
}
