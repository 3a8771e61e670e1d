using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Measures.Internal;
using Measures.Observations;
using NodaTime;

namespace Measures.Indicators;

/// <summary>
/// The children aged 0 to 17 a rate per 10,000 is taken over: one number, or the ONS mid-year estimates of an
/// area read from a file (<c>area,year,age_band,count</c>), of which a period takes the latest on or before its
/// last day (an estimate is for 30 June of its year).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Population
{
    private readonly long? fixedCount;
    private readonly SortedDictionary<int, long> estimates;

    private Population(long? fixedCount, SortedDictionary<int, long> estimates, string area)
    {
        this.fixedCount = fixedCount;
        this.estimates = estimates;
        Area = area;
    }

    /// <summary>Gets the area the estimates are for, or "" for a plain number.</summary>
    public string Area { get; }

    /// <summary>Gets the years with an estimate of children aged 0 to 17, earliest first; empty for a plain number.</summary>
    public IReadOnlyList<int> Years => [.. estimates.Keys];

    /// <summary>A population given as one number, used for every period.</summary>
    /// <param name="childrenAged0To17">The children aged 0 to 17.</param>
    /// <returns>The population.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number is not positive.</exception>
    public static Population Of(long childrenAged0To17)
    {
        Preconditions.CheckArgumentRange(childrenAged0To17, 1, long.MaxValue);
        return new Population(childrenAged0To17, [], string.Empty);
    }

    /// <summary>
    /// Reads mid-year estimates from CSV with the header <c>area,year,age_band,count</c>: for each year an
    /// <c>0-17</c> band, or the single years 0 to 17 that sum to it (other bands, such as 18 or 90+, are ignored).
    /// </summary>
    /// <param name="utf8Csv">The CSV text.</param>
    /// <param name="fileName">The file name problems name.</param>
    /// <param name="area">The area to take, needed when the file holds more than one; <see langword="null"/> for the only one.</param>
    /// <returns>The population, or every problem found: a missing column, a count that is not a whole number, single years that do not cover 0 to 17, a band given twice.</returns>
    /// <exception cref="ArgumentNullException">The stream or file name is null.</exception>
    public static LoadResult<Population> Read(Stream utf8Csv, string fileName, string? area = null)
    {
        Preconditions.CheckNotNull(utf8Csv);
        Preconditions.CheckNotNull(fileName);
        using var reader = new StreamReader(utf8Csv, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        using var records = new CsvRecordReader(reader);
        var fields = new List<CsvField>();
        var csvProblems = new List<(int Line, int Column, string Message)>();
        var problems = new List<DataProblem>();
        var rows = new List<(int Line, string Area, int Year, string Band, long Count)>();
        int[]? columns = null;
        string[] names = ["area", "year", "age_band", "count"];
        while (records.Read(fields, csvProblems, out int line))
        {
            if (columns is null)
            {
                var header = fields.Select(f => f.Text.Trim().ToLowerInvariant()).ToList();
                columns = [.. names.Select(n => header.IndexOf(n))];
                foreach (string missing in names.Where((n, i) => columns[i] < 0))
                {
                    problems.Add(new DataProblem(DataProblemKind.Missing, $"The population file has no column \"{missing}\"; it needs area,year,age_band,count.", fileName, line, 0, missing));
                }

                if (problems.Count > 0)
                {
                    return LoadResult<Population>.ForProblems(problems);
                }

                continue;
            }

            string Field(int i) => columns[i] < fields.Count ? fields[columns[i]].Text.Trim() : string.Empty;
            string yearText = Field(1);
            string countText = Field(3);
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year < 1 || year > 9999)
            {
                problems.Add(new DataProblem(DataProblemKind.InvalidValue, $"The year \"{yearText}\" is not a year such as 2023 (the mid-year estimate's year).", fileName, line, columns[1] + 1, "year", yearText));
                continue;
            }

            if (!long.TryParse(countText.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out long count))
            {
                problems.Add(new DataProblem(DataProblemKind.InvalidValue, $"The count \"{countText}\" is not a whole number of children.", fileName, line, columns[3] + 1, "count", countText));
                continue;
            }

            rows.Add((line, Field(0), year, Field(2).Replace(" ", string.Empty, StringComparison.Ordinal), count));
        }

        foreach (var (line, column, message) in csvProblems)
        {
            problems.Add(new DataProblem(DataProblemKind.Unreadable, message, fileName, line, column));
        }

        if (columns is null)
        {
            problems.Add(new DataProblem(DataProblemKind.Missing, "The population file is empty; it needs the header area,year,age_band,count and a row for each year.", fileName));
        }

        if (problems.Count > 0)
        {
            return LoadResult<Population>.ForProblems(problems);
        }

        var areas = rows.Select(r => r.Area).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        string chosen;
        if (area is not null)
        {
            chosen = areas.FirstOrDefault(a => string.Equals(a, area, StringComparison.OrdinalIgnoreCase)) ?? string.Empty;
            if (chosen.Length == 0)
            {
                return LoadResult<Population>.ForProblems([new DataProblem(DataProblemKind.UnknownName, $"The population file has no rows for the area \"{area}\"; it has {string.Join(", ", areas)}.", fileName, 0, 0, "area", area)]);
            }
        }
        else if (areas.Count != 1)
        {
            return LoadResult<Population>.ForProblems([new DataProblem(DataProblemKind.Inconsistent, areas.Count == 0 ? "The population file has no rows." : $"The population file holds {areas.Count} areas ({string.Join(", ", areas)}); name the one to use.", fileName, 0, 0, "area")]);
        }
        else
        {
            chosen = areas[0];
        }

        var estimates = new SortedDictionary<int, long>();
        foreach (var year in rows.Where(r => string.Equals(r.Area, chosen, StringComparison.OrdinalIgnoreCase)).GroupBy(r => r.Year))
        {
            var bands = year.GroupBy(r => r.Band).ToList();
            foreach (var twice in bands.Where(b => b.Count() > 1))
            {
                problems.Add(new DataProblem(DataProblemKind.Duplicate, $"The age band \"{twice.Key}\" of {chosen} is given {twice.Count()} times for {year.Key}.", fileName, twice.Last().Line, columns![2] + 1, "age_band", twice.Key));
            }

            var whole = year.FirstOrDefault(r => r.Band == "0-17");
            if (whole.Line != 0)
            {
                estimates[year.Key] = whole.Count;
                continue;
            }

            var singles = year.Where(r => int.TryParse(r.Band, NumberStyles.None, CultureInfo.InvariantCulture, out int age) && age <= 17).ToList();
            if (singles.Count == 0)
            {
                continue;
            }

            var ages = singles.Select(r => int.Parse(r.Band, CultureInfo.InvariantCulture)).ToHashSet();
            var missingAges = Enumerable.Range(0, 18).Where(a => !ages.Contains(a)).ToList();
            if (missingAges.Count > 0)
            {
                problems.Add(new DataProblem(DataProblemKind.Missing, $"The single years of age of {chosen} for {year.Key} leave out {string.Join(", ", missingAges)}; give every age 0 to 17, or a 0-17 band.", fileName, singles[^1].Line, columns![2] + 1, "age_band"));
                continue;
            }

            estimates[year.Key] = singles.Sum(r => r.Count);
        }

        return problems.Count > 0 ? LoadResult<Population>.ForProblems(problems) : LoadResult<Population>.ForValue(new Population(null, estimates, chosen));
    }

    /// <summary>The children aged 0 to 17 for a period ending on <paramref name="lastDay"/>: the latest mid-year estimate (30 June of its year) on or before it.</summary>
    /// <param name="lastDay">The period's last day.</param>
    /// <param name="estimateYear">The estimate's year, or 0 for a plain number or when there is none.</param>
    /// <returns>The number, or <see langword="null"/> when no estimate is that early.</returns>
    public long? ChildrenAged0To17(LocalDate lastDay, out int estimateYear)
    {
        estimateYear = 0;
        if (fixedCount is { } count)
        {
            return count;
        }

        int latest = lastDay >= new LocalDate(lastDay.Year, 6, 30) ? lastDay.Year : lastDay.Year - 1;
        foreach (var pair in estimates.Reverse())
        {
            if (pair.Key <= latest)
            {
                estimateYear = pair.Key;
                return pair.Value;
            }
        }

        return null;
    }
}
