using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.IO;
using System.Linq;
using Measures.Definitions;
using Measures.Internal;
using Measures.Observations;
using Measures.Time;

namespace Measures.Comparators;

/// <summary>
/// All-councils tables read from the Department for Education's open data CSV files, as Explore Education Statistics
/// publishes them (one line per geography: <c>time_period</c>, <c>time_identifier</c>, <c>geographic_level</c>,
/// <c>country_code</c>, <c>country_name</c>, <c>region_code</c>, <c>region_name</c>, <c>new_la_code</c>, <c>la_name</c>,
/// <c>old_la_code</c>, then a column per indicator), one <see cref="ComparatorTable"/> per indicator column and period.
/// </summary>
/// <remarks>
/// An indicator column is named by the measure code it benchmarks; optional <c>CODE_lower</c> and <c>CODE_upper</c>
/// columns give a confidence interval. The DfE's symbols (c, x, z, u, k, low, ":" and an empty cell) mean no value.
/// Lines with <c>geographic_level</c> "Statistical neighbours" give the published neighbour average of the council on
/// that line. This type is immutable and thread-safe.
/// </remarks>
public sealed class NationalComparators
{
    private static readonly string[] GeographyColumns =
        ["time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code", "region_name", "new_la_code", "la_name", "old_la_code"];

    private static readonly HashSet<string> NoValueSymbols = new(["", "c", "x", "z", "u", "k", "low", ":", "..", "-"], StringComparer.OrdinalIgnoreCase);

    private NationalComparators(IReadOnlyList<ComparatorTable> tables) => Tables = tables;

    /// <summary>Gets the tables, one per indicator and period, in the file's column order then period order.</summary>
    public IReadOnlyList<ComparatorTable> Tables { get; }

    /// <summary>The tables of the measure with code <paramref name="measureCode"/> (ignoring case), oldest first.</summary>
    /// <param name="measureCode">The measure's code.</param>
    /// <returns>The tables; empty when the file has no column for it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IEnumerable<ComparatorTable> For(string measureCode)
    {
        Preconditions.CheckNotNull(measureCode);
        return Tables.Where(t => string.Equals(t.MeasureCode, measureCode.Trim(), StringComparison.OrdinalIgnoreCase)).OrderBy(t => t.Period);
    }

    /// <summary>
    /// The catalogue with each measure that has tables given a benchmark for each of their periods for <paramref name="council"/>:
    /// England, its region and its statistical neighbours, its quartile band and its rank. A benchmark the catalogue already
    /// has for the same period is replaced.
    /// </summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="council">The council's code ("E08000018", "372") or name.</param>
    /// <param name="neighbours">The neighbour lists, or <see langword="null"/> to use only the averages the file publishes.</param>
    /// <returns>The catalogue, or the problem: a council no table has, an indicator column no measure has.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public LoadResult<MeasureCatalogue> ApplyTo(MeasureCatalogue catalogue, string council, StatisticalNeighbours? neighbours = null)
    {
        Preconditions.CheckNotNull(catalogue);
        Preconditions.CheckNotNull(council);
        var problems = new List<DataProblem>();
        foreach (string code in Tables.Select(t => t.MeasureCode).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!catalogue.Measures.Any(m => string.Equals(m.Code, code, StringComparison.OrdinalIgnoreCase)))
            {
                var table = Tables.First(t => t.MeasureCode == code);
                problems.Add(new DataProblem(DataProblemKind.UnknownMeasure, $"The column \"{code}\" is not the code of a measure in the catalogue; name each indicator column after the measure it benchmarks.", table.Source, 1, 0, code, code));
            }
        }

        if (Tables.Count > 0 && !Tables.Any(t => t.Find(council) is not null))
        {
            problems.Add(new DataProblem(DataProblemKind.UnknownName, $"No line of the comparator file is for the council \"{council}\"; give its new_la_code, old_la_code or la_name as the file has it.", Tables[0].Source, 0, 0, "la_name", council));
        }

        if (problems.Count > 0)
        {
            return LoadResult<MeasureCatalogue>.ForProblems(problems);
        }

        var measures = catalogue.Measures.Select(m =>
        {
            var added = For(m.Code).Select(t => t.BenchmarkFor(council, m.Polarity, neighbours)).OfType<Benchmark>().ToArray();
            return added.Length == 0 ? m : m.WithBenchmarks([.. m.Benchmarks.Where(b => !added.Any(a => a.Period == b.Period)), .. added]);
        });
        return LoadResult<MeasureCatalogue>.ForValue(new MeasureCatalogue(measures, catalogue.Name, catalogue.Description));
    }

    /// <summary>Reads all-councils tables from a DfE open data CSV file (see the type's remarks for the layout).</summary>
    /// <param name="reader">The text; left open.</param>
    /// <param name="source">The file's name, for problems.</param>
    /// <returns>The tables, or every problem found with its line and column.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LoadResult<NationalComparators> Read(TextReader reader, string source)
    {
        Preconditions.CheckNotNull(reader);
        Preconditions.CheckNotNull(source);
        using var csv = new CsvRecordReader(reader);
        var fields = new List<CsvField>();
        var csvProblems = new List<(int Line, int Column, string Message)>();
        var problems = new List<DataProblem>();
        if (!csv.Read(fields, csvProblems, out _))
        {
            return LoadResult<NationalComparators>.ForProblems([new DataProblem(DataProblemKind.Missing, "The file is empty: it needs a header line with time_period, time_identifier, geographic_level and an indicator column.", source, 1, 0)]);
        }

        var header = fields.Select(f => f.Text.Trim()).ToArray();
        int Column(string name) => Array.FindIndex(header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        foreach (string required in new[] { "time_period", "time_identifier", "geographic_level", "la_name" })
        {
            if (Column(required) < 0)
            {
                problems.Add(new DataProblem(DataProblemKind.Missing, $"The header has no {required} column; a DfE open data file has time_period, time_identifier, geographic_level, region_name, new_la_code, la_name and old_la_code.", source, 1, 0, required));
            }
        }

        var indicators = new List<(string Code, int Value, int Lower, int Upper)>();
        for (int i = 0; i < header.Length; i++)
        {
            string name = header[i];
            if (name.Length == 0)
            {
                problems.Add(new DataProblem(DataProblemKind.Missing, "A column has no name.", source, 1, i + 1));
            }
            else if (GeographyColumns.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }
            else if (Bound(name, "_lower") is { } lowerOf)
            {
                if (Column(lowerOf) < 0)
                {
                    problems.Add(new DataProblem(DataProblemKind.Inconsistent, $"The column \"{name}\" is an interval's lower end, but there is no column \"{lowerOf}\" for its value.", source, 1, i + 1, name));
                }
            }
            else if (Bound(name, "_upper") is { } upperOf)
            {
                if (Column(upperOf) < 0)
                {
                    problems.Add(new DataProblem(DataProblemKind.Inconsistent, $"The column \"{name}\" is an interval's upper end, but there is no column \"{upperOf}\" for its value.", source, 1, i + 1, name));
                }
            }
            else if (Column(name) != i)
            {
                problems.Add(new DataProblem(DataProblemKind.Duplicate, $"The column \"{name}\" is given twice.", source, 1, i + 1, name));
            }
            else
            {
                indicators.Add((name, i, Column(name + "_lower"), Column(name + "_upper")));
            }
        }

        if (problems.Count == 0 && indicators.Count == 0)
        {
            problems.Add(new DataProblem(DataProblemKind.Missing, "The header has no indicator column: after the time and geography columns, a column named after each measure's code.", source, 1, 0));
        }

        if (problems.Count > 0)
        {
            return LoadResult<NationalComparators>.ForProblems(problems);
        }

        int timePeriod = Column("time_period"), timeIdentifier = Column("time_identifier"), level = Column("geographic_level");
        int regionCode = Column("region_code"), regionName = Column("region_name"), newCode = Column("new_la_code"), laName = Column("la_name"), oldCode = Column("old_la_code");
        var builders = new Dictionary<(string Code, ReportingPeriod Period), TableBuilder>();
        var order = new List<(string Code, ReportingPeriod Period)>();
        while (csv.Read(fields, csvProblems, out int line))
        {
            string Text(int column) => column >= 0 && column < fields.Count ? fields[column].Text.Trim() : "";
            void Problem(DataProblemKind kind, int column, string message) =>
                problems.Add(new DataProblem(kind, message, source, line, column + 1, column >= 0 ? header[column] : "", column >= 0 ? Text(column) : null));

            if (PeriodOf(Text(timePeriod), Text(timeIdentifier)) is not { } period)
            {
                Problem(DataProblemKind.InvalidValue, timePeriod, $"time_period \"{Text(timePeriod)}\" with time_identifier \"{Text(timeIdentifier)}\" is not a period this file layout knows: \"202324\" with \"Financial year\" or \"Academic year\", \"2024\" with \"Calendar year\" or \"Reporting year\" (the year to 31 March).");
                continue;
            }

            string geography = Text(level);
            bool isCouncil = geography.Equals("Local authority", StringComparison.OrdinalIgnoreCase);
            bool isNeighbours = geography.Equals("Statistical neighbours", StringComparison.OrdinalIgnoreCase);
            if (!isCouncil && !isNeighbours && !geography.Equals("National", StringComparison.OrdinalIgnoreCase) && !geography.Equals("Regional", StringComparison.OrdinalIgnoreCase))
            {
                Problem(DataProblemKind.InvalidValue, level, $"geographic_level \"{geography}\" is not National, Regional, Local authority or Statistical neighbours.");
                continue;
            }

            string council = isCouncil || isNeighbours ? FirstOf(Text(newCode), Text(oldCode), Text(laName)) : "";
            if ((isCouncil || isNeighbours) && council.Length == 0)
            {
                Problem(DataProblemKind.Missing, laName, "A local authority line needs new_la_code, old_la_code or la_name.");
                continue;
            }

            if (geography.Equals("Regional", StringComparison.OrdinalIgnoreCase) && Text(regionName).Length == 0)
            {
                Problem(DataProblemKind.Missing, regionName, "A regional line needs region_name.");
                continue;
            }

            foreach (var (code, valueColumn, lowerColumn, upperColumn) in indicators)
            {
                decimal? value = Number(valueColumn), lower = Number(lowerColumn), upper = Number(upperColumn);
                if (lower is { } l && upper is { } u && l > u)
                {
                    Problem(DataProblemKind.Inconsistent, lowerColumn, $"The interval's lower end {Internal.NumberText.Plain(l)} is above its upper end {Internal.NumberText.Plain(u)}.");
                }

                var key = (code, period);
                if (!builders.TryGetValue(key, out var builder))
                {
                    builders.Add(key, builder = new TableBuilder());
                    order.Add(key);
                }

                if (isCouncil)
                {
                    var row = new CouncilFigure(Text(newCode), Text(oldCode), Text(laName), Text(regionCode), Text(regionName), value, lower, upper, line);
                    if (builder.Councils.FirstOrDefault(c => (row.Code.Length > 0 && c.Is(row.Code)) || (row.OldCode.Length > 0 && c.Is(row.OldCode))) is { } earlier)
                    {
                        Problem(DataProblemKind.Duplicate, newCode >= 0 ? newCode : oldCode, $"{row.Name} is given twice for {code} in {ScorecardPeriod(period)}, on lines {earlier.Line} and {line}.");
                    }
                    else
                    {
                        builder.Councils.Add(row);
                    }
                }
                else if (value is not { } shown)
                {
                    continue;
                }
                else if (isNeighbours)
                {
                    builder.Neighbours[council] = shown;
                }
                else if (geography.Equals("National", StringComparison.OrdinalIgnoreCase))
                {
                    builder.England = shown;
                }
                else
                {
                    builder.Regions[Text(regionName)] = shown;
                }
            }

            decimal? Number(int column)
            {
                string text = Text(column);
                if (column < 0 || NoValueSymbols.Contains(text))
                {
                    return null;
                }

                if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal number)
                    && ComparatorValue.Problem(number) is null)
                {
                    return number;
                }

                Problem(DataProblemKind.InvalidValue, column, $"\"{text}\" is not a number (such as 86 or 52.5) nor one of the DfE's symbols for no value (c, x, z, u, k, low).");
                return null;
            }
        }

        problems.AddRange(csvProblems.Select(p => new DataProblem(DataProblemKind.Unreadable, p.Message, source, p.Line, p.Column)));
        if (problems.Count > 0)
        {
            return LoadResult<NationalComparators>.ForProblems(problems);
        }

        var tables = order.Select(k => builders[k].Build(k.Code, k.Period, source)).ToArray();
        return LoadResult<NationalComparators>.ForValue(new NationalComparators(new ReadOnlyCollection<ComparatorTable>(tables)));
    }

    private static string? Bound(string name, string suffix) =>
        name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? name[..^suffix.Length] : null;

    private static string FirstOf(params string[] texts) => texts.FirstOrDefault(t => t.Length > 0) ?? "";

    private static string ScorecardPeriod(ReportingPeriod period) => period.ToString();

    /// <summary>The period of a DfE time_period and time_identifier, or <see langword="null"/>.</summary>
    internal static ReportingPeriod? PeriodOf(string timePeriod, string timeIdentifier)
    {
        if (!int.TryParse(timePeriod, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
        {
            return null;
        }

        // Six digits are a year and the last two digits of the next: 202324.
        bool twoYears = timePeriod.Length == 6 && (number / 100 + 1) % 100 == number % 100;
        int first = number / 100;
        return timeIdentifier.Trim().ToLowerInvariant() switch
        {
            "financial year" when twoYears && first is >= 1900 and <= 2200 => ReportingPeriod.FinancialYear(first),
            "academic year" when twoYears && first is >= 1900 and <= 2200 => ReportingPeriod.AcademicYear(first),
            "calendar year" when timePeriod.Length == 4 && number is >= 1900 and <= 2200 => ReportingPeriod.CalendarYear(number),
            "reporting year" when timePeriod.Length == 4 && number is >= 1901 and <= 2200 => ReportingPeriod.FinancialYear(number - 1),
            _ => null,
        };
    }

    private sealed class TableBuilder
    {
        public List<CouncilFigure> Councils { get; } = [];

        public Dictionary<string, decimal> Regions { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, decimal> Neighbours { get; } = new(StringComparer.OrdinalIgnoreCase);

        public decimal? England { get; set; }

        public ComparatorTable Build(string code, ReportingPeriod period, string source) =>
            new(code, period, source, England, ComparatorTable.Frozen(Regions), ComparatorTable.Frozen(Neighbours), new ReadOnlyCollection<CouncilFigure>(Councils));
    }
}
