using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Measures.Time.Serialization;

/// <summary>
/// Reads and writes <see cref="SchoolTermDates"/> as JSON through <see cref="CalendarJsonContext"/>,
/// reporting every problem with its JSON path, the value found and the rule it breaks.
/// </summary>
internal static class SchoolTermDatesJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // names such as "St Mary’s" stay readable
    };

    public static LoadResult<SchoolTermDates> Read(string json)
    {
        SchoolTermDatesDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, CalendarJsonContext.Default.SchoolTermDatesDocument);
        }
        catch (JsonException ex)
        {
            return LoadResult<SchoolTermDates>.ForProblems([FromJsonException(ex)]);
        }

        return ToTermDates(document);
    }

    public static LoadResult<SchoolTermDates> Read(Stream utf8Json)
    {
        SchoolTermDatesDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8Json, CalendarJsonContext.Default.SchoolTermDatesDocument);
        }
        catch (JsonException ex)
        {
            return LoadResult<SchoolTermDates>.ForProblems([FromJsonException(ex)]);
        }

        return ToTermDates(document);
    }

    public static string Write(SchoolTermDates termDates)
    {
        using var buffer = new MemoryStream();
        Write(termDates, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void Write(SchoolTermDates termDates, Stream utf8Json)
    {
        using (var writer = new Utf8JsonWriter(utf8Json, WriterOptions))
        {
            JsonSerializer.Serialize(writer, ToDocument(termDates), CalendarJsonContext.Default.SchoolTermDatesDocument);
        }

        utf8Json.WriteByte((byte)'\n');
    }

    private static SchoolTermDatesDocument ToDocument(SchoolTermDates termDates)
    {
        var years = new List<AcademicYearDocument?>();
        foreach (var year in termDates.AcademicYears)
        {
            var terms = new List<TermDocument?>();
            foreach (var term in year.Terms)
            {
                terms.Add(new TermDocument
                {
                    Term = term.Term.ToString(),
                    Start = Format(term.Start),
                    End = Format(term.End),
                    HalfTerm = term.HalfTerm is null ? null : new DateRangeDocument { Start = Format(term.HalfTerm.Start), End = Format(term.HalfTerm.End) },
                });
            }

            var insetDays = new List<string?>();
            foreach (var day in year.InsetDays)
            {
                insetDays.Add(Format(day));
            }

            years.Add(new AcademicYearDocument { StartYear = year.StartYear, Terms = terms, InsetDays = insetDays });
        }

        return new SchoolTermDatesDocument { Name = termDates.Name, AcademicYears = years };
    }

    private static LoadResult<SchoolTermDates> ToTermDates(SchoolTermDatesDocument? document)
    {
        const string root = "$";
        var problems = new List<DataProblem>();
        if (document is null)
        {
            problems.Add(Problem(DataProblemKind.Missing, root, "the document is null; expected an object with \"name\" and \"academicYears\"."));
        }
        else if (document.AcademicYears is null)
        {
            problems.Add(Problem(DataProblemKind.Missing, root + ".academicYears", "is missing; expected a list of academic years."));
        }
        else
        {
            // Each year is checked on its own, so one load reports a problem in every year that has one.
            var years = new List<AcademicYearTermDates>();
            for (int i = 0; i < document.AcademicYears.Count; i++)
            {
                if (new Reader(problems).ToYear(document.AcademicYears[i], Index(root + ".academicYears", i)) is { } year)
                {
                    years.Add(year);
                }
            }

            if (problems.Count == 0 && SchoolTermDates.Check(years) is { } problem)
            {
                problems.Add(Relative(root, problem));
            }

            if (problems.Count == 0)
            {
                return LoadResult<SchoolTermDates>.ForValue(new SchoolTermDates(document.Name ?? string.Empty, years));
            }
        }

        return LoadResult<SchoolTermDates>.ForProblems(problems);
    }

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Index(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    private static DataProblem Relative(string path, DataProblem problem) => problem.InField(path + "." + problem.Field);

    private static DataProblem Problem(DataProblemKind kind, string path, string message, string? value = null) =>
        new(kind, message, field: path, value: value);

    private static DataProblem FromJsonException(JsonException ex)
    {
        string message = ex.Message;
        int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        DataProblemKind kind =
            message.Contains("could not be mapped", StringComparison.Ordinal) ? DataProblemKind.UnknownName
            : message.Contains("could not be converted", StringComparison.Ordinal) ? DataProblemKind.InvalidValue
            : DataProblemKind.Unreadable;
        return new DataProblem(
            kind,
            "School term dates could not be read: " + message,
            line: ex.LineNumber is { } line ? (int)line + 1 : 0,
            column: ex.BytePositionInLine is { } position ? (int)position + 1 : 0,
            field: ex.Path ?? string.Empty);
    }

    /// <summary>Reads one academic year, adding each problem it finds; a year with a problem is not made.</summary>
    private readonly struct Reader(List<DataProblem> problems)
    {
        public AcademicYearTermDates? ToYear(AcademicYearDocument? year, string path)
        {
            if (year is null)
            {
                return Fail<AcademicYearTermDates>(DataProblemKind.Missing, path, "is null; expected an academic year.");
            }

            if (year.StartYear is not { } startYear)
            {
                return Fail<AcademicYearTermDates>(DataProblemKind.Missing, path + ".startYear", "is missing; expected the calendar year the academic year starts in, for example 2023 for 2023/24.");
            }

            if (year.Terms is null)
            {
                return Fail<AcademicYearTermDates>(DataProblemKind.Missing, path + ".terms", "is missing; expected the autumn, spring and summer terms.");
            }

            int before = problems.Count;
            var terms = new List<TermDates>();
            for (int i = 0; i < year.Terms.Count; i++)
            {
                if (ToTerm(year.Terms[i], Index(path + ".terms", i)) is { } term)
                {
                    terms.Add(term);
                }
            }

            var insetDays = new List<LocalDate>();
            if (year.InsetDays is not null)
            {
                for (int i = 0; i < year.InsetDays.Count; i++)
                {
                    if (ParseDate(year.InsetDays[i], Index(path + ".insetDays", i), "an INSET day") is { } day)
                    {
                        insetDays.Add(day);
                    }
                }
            }

            if (problems.Count > before)
            {
                return null;
            }

            if (AcademicYearTermDates.Check(startYear, terms, insetDays) is { } problem)
            {
                problems.Add(Relative(path, problem));
                return null;
            }

            return new AcademicYearTermDates(startYear, terms, insetDays);
        }

        private TermDates? ToTerm(TermDocument? term, string path)
        {
            if (term is null)
            {
                return Fail<TermDates>(DataProblemKind.Missing, path, "is null; expected a term.");
            }

            SchoolTerm? which = term.Term?.ToUpperInvariant() switch
            {
                "AUTUMN" => SchoolTerm.Autumn,
                "SPRING" => SchoolTerm.Spring,
                "SUMMER" => SchoolTerm.Summer,
                _ => null,
            };
            if (which is null)
            {
                problems.Add(term.Term is null
                    ? Problem(DataProblemKind.Missing, path + ".term", "is missing; expected Autumn, Spring or Summer.")
                    : Problem(DataProblemKind.UnknownName, path + ".term", $"\"{term.Term}\" is not a school term; expected Autumn, Spring or Summer.", term.Term));
            }

            int before = problems.Count;
            LocalDate? start = ParseDate(term.Start, path + ".start", "the first day of term");
            LocalDate? end = ParseDate(term.End, path + ".end", "the last day of term");
            DateInterval? halfTerm = null;
            if (term.HalfTerm is not null)
            {
                LocalDate? halfStart = ParseDate(term.HalfTerm.Start, path + ".halfTerm.start", "the first day of the half-term holiday");
                LocalDate? halfEnd = ParseDate(term.HalfTerm.End, path + ".halfTerm.end", "the last day of the half-term holiday");
                if (halfStart is { } hs && halfEnd is { } he)
                {
                    if (he < hs)
                    {
                        return Fail<TermDates>(DataProblemKind.Inconsistent, path + ".halfTerm.end", $"the half-term ends on {Format(he)}, before it starts on {Format(hs)}.", Format(he));
                    }

                    halfTerm = new DateInterval(hs, he);
                }
            }

            if (which is not { } known || problems.Count > before || start is not { } first || end is not { } last)
            {
                return null;
            }

            if (TermDates.Check(known, first, last, halfTerm) is { } problem)
            {
                problems.Add(Relative(path, problem));
                return null;
            }

            return new TermDates(known, first, last, halfTerm);
        }

        private LocalDate? ParseDate(string? text, string path, string what)
        {
            if (text is null)
            {
                problems.Add(Problem(DataProblemKind.Missing, path, $"is missing; expected {what} as a date in the form yyyy-MM-dd."));
                return null;
            }

            ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
            if (result.Success)
            {
                return result.Value;
            }

            problems.Add(Problem(DataProblemKind.InvalidValue, path, $"\"{text}\" is not a date in the form yyyy-MM-dd (expected {what}).", text));
            return null;
        }

        private T? Fail<T>(DataProblemKind kind, string path, string message, string? value = null)
            where T : class
        {
            problems.Add(Problem(kind, path, message, value));
            return null;
        }
    }
}
