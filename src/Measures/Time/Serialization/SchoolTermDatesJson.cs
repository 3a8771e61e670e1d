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

    public static SchoolTermDates Read(string json)
    {
        SchoolTermDatesDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, CalendarJsonContext.Default.SchoolTermDatesDocument);
        }
        catch (JsonException ex)
        {
            throw Wrap(ex);
        }

        return ToTermDates(document);
    }

    public static SchoolTermDates Read(Stream utf8Json)
    {
        SchoolTermDatesDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8Json, CalendarJsonContext.Default.SchoolTermDatesDocument);
        }
        catch (JsonException ex)
        {
            throw Wrap(ex);
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

    private static SchoolTermDates ToTermDates(SchoolTermDatesDocument? document)
    {
        const string root = "$";
        if (document is null)
        {
            throw Problem(root, "the document is null; expected an object with \"name\" and \"academicYears\".");
        }

        if (document.AcademicYears is null)
        {
            throw Problem(root + ".academicYears", "is missing; expected a list of academic years.");
        }

        var years = new List<AcademicYearTermDates>();
        for (int i = 0; i < document.AcademicYears.Count; i++)
        {
            years.Add(ToYear(document.AcademicYears[i], Index(root + ".academicYears", i)));
        }

        if (SchoolTermDates.Check(years) is { } problem)
        {
            throw Problem(root, problem);
        }

        return new SchoolTermDates(document.Name ?? string.Empty, years);
    }

    private static AcademicYearTermDates ToYear(AcademicYearDocument? year, string path)
    {
        if (year is null)
        {
            throw Problem(path, "is null; expected an academic year.");
        }

        if (year.StartYear is not { } startYear)
        {
            throw Problem(path + ".startYear", "is missing; expected the calendar year the academic year starts in, for example 2023 for 2023/24.");
        }

        if (year.Terms is null)
        {
            throw Problem(path + ".terms", "is missing; expected the autumn, spring and summer terms.");
        }

        var terms = new List<TermDates>();
        for (int i = 0; i < year.Terms.Count; i++)
        {
            terms.Add(ToTerm(year.Terms[i], Index(path + ".terms", i)));
        }

        var insetDays = new List<LocalDate>();
        if (year.InsetDays is not null)
        {
            for (int i = 0; i < year.InsetDays.Count; i++)
            {
                insetDays.Add(ParseDate(year.InsetDays[i], Index(path + ".insetDays", i), "an INSET day"));
            }
        }

        if (AcademicYearTermDates.Check(startYear, terms, insetDays) is { } problem)
        {
            throw Problem(path, problem);
        }

        return new AcademicYearTermDates(startYear, terms, insetDays);
    }

    private static TermDates ToTerm(TermDocument? term, string path)
    {
        if (term is null)
        {
            throw Problem(path, "is null; expected a term.");
        }

        SchoolTerm which = term.Term?.ToUpperInvariant() switch
        {
            "AUTUMN" => SchoolTerm.Autumn,
            "SPRING" => SchoolTerm.Spring,
            "SUMMER" => SchoolTerm.Summer,
            null => throw Problem(path + ".term", "is missing; expected Autumn, Spring or Summer."),
            _ => throw Problem(path + ".term", $"\"{term.Term}\" is not a school term; expected Autumn, Spring or Summer."),
        };
        LocalDate start = ParseDate(term.Start, path + ".start", "the first day of term");
        LocalDate end = ParseDate(term.End, path + ".end", "the last day of term");
        DateInterval? halfTerm = null;
        if (term.HalfTerm is not null)
        {
            LocalDate halfStart = ParseDate(term.HalfTerm.Start, path + ".halfTerm.start", "the first day of the half-term holiday");
            LocalDate halfEnd = ParseDate(term.HalfTerm.End, path + ".halfTerm.end", "the last day of the half-term holiday");
            if (halfEnd < halfStart)
            {
                throw Problem(path + ".halfTerm.end", $"the half-term ends on {Format(halfEnd)}, before it starts on {Format(halfStart)}.");
            }

            halfTerm = new DateInterval(halfStart, halfEnd);
        }

        if (TermDates.Check(which, start, end, halfTerm) is { } problem)
        {
            throw Problem(path, problem);
        }

        return new TermDates(which, start, end, halfTerm);
    }

    private static LocalDate ParseDate(string? text, string path, string what)
    {
        if (text is null)
        {
            throw Problem(path, $"is missing; expected {what} as a date in the form yyyy-MM-dd.");
        }

        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw Problem(path, $"\"{text}\" is not a date in the form yyyy-MM-dd (expected {what}).");
    }

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Index(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    private static JsonException Problem(string path, TermDatesProblem problem) => Problem(path + "." + problem.Field, problem.Message);

    private static JsonException Problem(string path, string message) => new($"{path}: {message}", path, null, null);

    private static JsonException Wrap(JsonException ex) =>
        new($"School term dates could not be read{(ex.Path is null ? string.Empty : " at " + ex.Path)}: {ex.Message}", ex.Path, ex.LineNumber, ex.BytePositionInLine, ex);
}
