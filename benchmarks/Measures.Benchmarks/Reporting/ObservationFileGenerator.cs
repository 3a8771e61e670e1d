using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Measures.Samples;

namespace Measures.Benchmarks.Reporting;

/// <summary>
/// Writes a large observations file: the sample council's observations repeated for each of a number of teams
/// ("Team 0000", "Team 0001", ...) in the unit column. 1,150 teams give 1,121,250 rows (38 MB); 6,100 teams about 200 MB.
/// </summary>
public static class ObservationFileGenerator
{
    /// <summary>The teams of the 1.1-million-row file.</summary>
    public const int MillionRowTeams = 1_150;

    /// <summary>The teams of the file of about 200 MB.</summary>
    public const int LargeFileTeams = 6_100;

    /// <summary>Writes the file, unless a file of that name already holds it (its length is checked).</summary>
    /// <param name="path">Where to write.</param>
    /// <param name="teams">How many teams.</param>
    /// <returns>The number of rows below the header.</returns>
    public static long Write(string path, int teams)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(SampleCouncil.OpenObservationsCsv());
        string[] lines = reader.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
        string header = lines[0];
        string[][] rows = [.. lines.Skip(1).Select(l => l.Split(','))];
        int unit = Array.IndexOf(header.Split(','), "organisational_unit");
        long expectedLength = Encoding.UTF8.GetByteCount(header) + 1
            + (long)teams * rows.Sum(r => Encoding.UTF8.GetByteCount(string.Join(',', r.Select((f, i) => i == unit ? "Team 0000" : f))) + 1);
        if (File.Exists(path) && new FileInfo(path).Length == expectedLength)
        {
            return (long)teams * rows.Length;
        }

        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        writer.WriteLine(header);
        for (int team = 0; team < teams; team++)
        {
            string name = "Team " + team.ToString("D4", CultureInfo.InvariantCulture);
            foreach (string[] row in rows)
            {
                row[unit] = name;
                writer.WriteLine(string.Join(',', row));
            }
        }

        return (long)teams * rows.Length;
    }
}
