using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using Measures.Internal;
using Measures.Observations;

namespace Measures.Comparators;

/// <summary>
/// Each council's ten statistical neighbours, closest first, as the Department for Education's children's services
/// statistical neighbour benchmarking tool lists them; read from a CSV file with <see cref="Read"/>.
/// </summary>
/// <remarks>Councils are named by code (nine-character or three-digit) or name. This type is immutable and thread-safe.</remarks>
public sealed class StatisticalNeighbours
{
    /// <summary>How many neighbours each council has: ten.</summary>
    public const int Count = 10;

    private static readonly string[] CodeColumns = ["la_code", "new_la_code", "old_la_code"];

    private readonly Dictionary<string, IReadOnlyList<string>> byCouncil;

    private StatisticalNeighbours(Dictionary<string, IReadOnlyList<string>> byCouncil) => this.byCouncil = byCouncil;

    /// <summary>Gets the councils that have neighbours, as the file names them.</summary>
    public IReadOnlyCollection<string> Councils => byCouncil.Keys;

    /// <summary>The neighbours of <paramref name="council"/>, closest first, as the file names them.</summary>
    /// <param name="council">The council's code or name, as the file gives it.</param>
    /// <returns>The ten neighbours, or <see langword="null"/> when the file does not list the council.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IReadOnlyList<string>? Of(string council) =>
        byCouncil.TryGetValue(Preconditions.CheckNotNull(council).Trim(), out var list) ? list : null;

    /// <summary>The neighbours of the council in <paramref name="row"/>, looked up by its code, old code or name.</summary>
    /// <param name="row">The council's row of an all-councils table.</param>
    /// <returns>The ten neighbours, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IReadOnlyList<string>? Of(CouncilFigure row)
    {
        Preconditions.CheckNotNull(row);
        return new[] { row.Code, row.OldCode, row.Name }.Where(k => k.Length > 0).Select(Of).FirstOrDefault(l => l is not null);
    }

    /// <summary>
    /// Reads neighbour lists from CSV: a header line with <c>la_code</c> (or <c>new_la_code</c> or <c>old_la_code</c>),
    /// optionally <c>la_name</c>, and <c>neighbour_1</c> to <c>neighbour_10</c>; then one line per council.
    /// </summary>
    /// <param name="reader">The text; left open.</param>
    /// <param name="source">The file's name, for problems.</param>
    /// <returns>The lists, or every problem found with its line and column.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LoadResult<StatisticalNeighbours> Read(TextReader reader, string source)
    {
        Preconditions.CheckNotNull(reader);
        Preconditions.CheckNotNull(source);
        using var csv = new CsvRecordReader(reader);
        var fields = new List<CsvField>();
        var csvProblems = new List<(int Line, int Column, string Message)>();
        var problems = new List<DataProblem>();
        if (!csv.Read(fields, csvProblems, out _))
        {
            return LoadResult<StatisticalNeighbours>.ForProblems([new DataProblem(DataProblemKind.Missing, "The file is empty: it needs a header line with la_code and neighbour_1 to neighbour_10.", source, 1, 0)]);
        }

        var header = fields.Select(f => f.Text.Trim().ToLowerInvariant()).ToList();
        int code = CodeColumns.Select(n => header.IndexOf(n)).FirstOrDefault(i => i >= 0, -1);
        if (code < 0)
        {
            problems.Add(new DataProblem(DataProblemKind.Missing, "The header has no la_code column (new_la_code or old_la_code will do): the council whose neighbours each line lists.", source, 1, 0, "la_code"));
        }

        var columns = new int[Count];
        for (int n = 0; n < Count; n++)
        {
            columns[n] = header.IndexOf("neighbour_" + (n + 1));
            if (columns[n] < 0)
            {
                problems.Add(new DataProblem(DataProblemKind.Missing, $"The header has no neighbour_{n + 1} column: each council has ten neighbours, neighbour_1 (the closest) to neighbour_10.", source, 1, 0, "neighbour_" + (n + 1)));
            }
        }

        if (problems.Count > 0)
        {
            return LoadResult<StatisticalNeighbours>.ForProblems(problems);
        }

        var byCouncil = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        var lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (csv.Read(fields, csvProblems, out int line))
        {
            string council = code < fields.Count ? fields[code].Text.Trim() : "";
            if (council.Length == 0)
            {
                problems.Add(new DataProblem(DataProblemKind.Missing, "The council's code is empty.", source, line, code + 1, header[code]));
                continue;
            }

            var list = new string[Count];
            for (int n = 0; n < Count; n++)
            {
                string neighbour = columns[n] < fields.Count ? fields[columns[n]].Text.Trim() : "";
                list[n] = neighbour;
                if (neighbour.Length == 0)
                {
                    problems.Add(new DataProblem(DataProblemKind.Missing, $"{council} has no neighbour_{n + 1}: each council has ten neighbours.", source, line, columns[n] + 1, header[columns[n]]));
                }
                else if (string.Equals(neighbour, council, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add(new DataProblem(DataProblemKind.InvalidValue, $"{council} is given as its own neighbour.", source, line, columns[n] + 1, header[columns[n]], neighbour));
                }
                else if (Array.FindIndex(list, 0, n, l => string.Equals(l, neighbour, StringComparison.OrdinalIgnoreCase)) >= 0)
                {
                    problems.Add(new DataProblem(DataProblemKind.Duplicate, $"{neighbour} is given twice among {council}'s neighbours.", source, line, columns[n] + 1, header[columns[n]], neighbour));
                }
            }

            if (lines.TryGetValue(council, out int first))
            {
                problems.Add(new DataProblem(DataProblemKind.Duplicate, $"{council}'s neighbours are listed twice, on lines {first} and {line}.", source, line, code + 1, header[code], council));
                continue;
            }

            lines.Add(council, line);
            byCouncil.Add(council, new ReadOnlyCollection<string>(list));
        }

        problems.AddRange(csvProblems.Select(p => new DataProblem(DataProblemKind.Unreadable, p.Message, source, p.Line, p.Column)));
        return problems.Count > 0
            ? LoadResult<StatisticalNeighbours>.ForProblems(problems)
            : LoadResult<StatisticalNeighbours>.ForValue(new StatisticalNeighbours(byCouncil));
    }
}
