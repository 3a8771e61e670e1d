using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Measures.Time;

using Measures.Definitions;
using Measures.Internal;

namespace Measures.Observations;

/// <summary>
/// Turns the text of one observation's fields into an <see cref="Observation"/>, collecting every
/// problem with where it is; shared by the CSV and JSON readers so that both check the same things.
/// </summary>
internal sealed class ObservationChecker
{
    private const int MaxParsedLabels = 4096;
    private readonly string sourceName;
    private readonly ObservationReadOptions options;
    private readonly ObservationChunks observations = new();
    private readonly ProblemList errors;
    // Each distinct code, unit and period once, so that a million rows share a few hundred strings; keys by id.
    private readonly Dictionary<string, int> codeIds = new(StringComparer.Ordinal);
    private readonly List<string> codes = [];
    private readonly Dictionary<string, int> unitIds = new(StringComparer.Ordinal);
    private readonly List<string> units = [];
    private readonly Dictionary<ReportingPeriod, int> periodIds = [];
    // A file repeats a few dozen period labels a million times: each is parsed once (failures are not kept, so each is reported).
    private readonly Dictionary<string, ReportingPeriod> parsedLabels = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Code, int Unit, int Period), int> firstLine = [];
    private readonly Dictionary<string, string?> unknownCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (PeriodType Type, int Line)> seriesKinds = new(StringComparer.Ordinal);
    // What each distinct field text of a CSV file is, read once (see TryAddClean); default when it has a problem.
    private readonly List<MeasureText> measureTexts = [];
    // By measure text: the kind of period its series is known to be for (a tiling kind), or 0 until then.
    private readonly List<PeriodType> seriesTypeOf = [];
    private readonly List<PeriodText> periodTexts = [];
    private readonly List<UnitText> unitTexts = [];
    private readonly UnitText absentUnit;
    private CodeSuggestions? suggestions;
    private long records;

    public ObservationChecker(string sourceName, ObservationReadOptions options)
    {
        this.sourceName = sourceName;
        this.options = options;
        errors = new ProblemList(options.MaxProblems);
        absentUnit = UnitOf(null);
    }

    /// <summary>Gets how many problems have been found, listed or not.</summary>
    public long ErrorCount => errors.Count;

    public void Error(DataProblemKind kind, int line, int column, string field, string? value, string message) =>
        errors.Add(new DataProblem(kind, message, sourceName, line, column, field, value));

    /// <summary>Checks one record; <paramref name="unit"/>, <paramref name="denominator"/> and <paramref name="value"/> may have null text (absent).</summary>
    public void Add(int line, in FieldText measure, in FieldText period, in FieldText unit, in FieldText numerator, in FieldText denominator, in FieldText value)
    {
        long before = errors.Count;
        string code = (measure.Text ?? "").Trim();
        MeasureDefinition? definition = null;
        if (code.Length == 0)
        {
            Error(DataProblemKind.Missing, measure, "The measure code is empty.");
        }
        else if (VisibleText.FirstInvisible(code) is >= 0 and int hidden)
        {
            Error(DataProblemKind.InvalidValue, measure, Invisible(measure.Label, code, hidden));
        }
        else if (options.Catalogue is { } catalogue && !catalogue.TryGetMeasure(code, out definition))
        {
            Error(DataProblemKind.UnknownMeasure, measure, UnknownMeasure(catalogue, code));
        }

        ReportingPeriod reportingPeriod = default;
        string label = period.Text ?? "";
        if (label.Trim().Length == 0)
        {
            Error(DataProblemKind.Missing, period, "The period is empty; write a period label such as \"2023-04\", \"Apr 2023\", \"2023/24 Q1\", \"FY 2023/24\" or \"Autumn term 2023/24\".");
        }
        else
        {
            string trimmed = label.Trim();
            if (parsedLabels.TryGetValue(trimmed, out var known))
            {
                reportingPeriod = known;
            }
            else if (options.PeriodPattern.Parse(trimmed) is var parsed && parsed.Success)
            {
                reportingPeriod = parsed.Value;
                if (parsedLabels.Count < MaxParsedLabels)
                {
                    parsedLabels[trimmed] = reportingPeriod;
                }
            }
            else
            {
                string reason = parsed.Exception.Message.TrimEnd('.');
                string preamble = "Cannot read \"" + trimmed + "\": ";
                reason = reason.StartsWith(preamble, StringComparison.Ordinal) ? reason[preamble.Length..] : reason;
                Error(DataProblemKind.InvalidValue, period, DateInPeriodColumn.Advice(trimmed, options.PeriodPattern.ExpectedType) ?? $"This is not a period label: {reason}.");
            }
        }

        string organisationalUnit = (unit.Text ?? "").Trim();
        if (VisibleText.FirstInvisible(organisationalUnit) is >= 0 and int hiddenInUnit)
        {
            Error(DataProblemKind.InvalidValue, unit, Invisible(unit.Label, organisationalUnit, hiddenInUnit));
        }

        decimal? given = null;
        if (!IsBlank(value))
        {
            given = GivenValue(value, definition, IsBlank(numerator) && IsBlank(denominator));
        }

        if (definition is not null && reportingPeriod.Type != 0)
        {
            CheckFrequency(definition, reportingPeriod, period, withCounts: IsBlank(value));
        }

        long? numeratorValue = given is null ? Count(numerator, required: IsBlank(value)) : 0;
        long? denominatorValue = given is null ? Count(denominator, required: false) : null;

        // The figures' rules are the value type's; here they only gain a place in the file. A figure that
        // could not be read has its own problem already, so the rules see only figures that were read.
        if (definition is not null && given is null && numeratorValue is { } read && (denominatorValue is not null || IsBlank(denominator))
            && definition.ValueType.CheckFigures(code, read, denominatorValue) is { } broken)
        {
            var at = broken.Field == "denominator" ? denominator : numerator;
            errors.Add(new DataProblem(broken.Kind, broken.Message, sourceName, at.Line, at.Column, at.Name, at.Text));
        }

        if (errors.Count == before && numeratorValue is { } n)
        {
            Accept(line, Id(codeIds, codes, definition?.Code ?? code), Id(unitIds, units, organisationalUnit), reportingPeriod, n, denominatorValue, given);
        }

        Counted();
    }

    /// <summary>
    /// Checks a record whose fields were read before (<see cref="AddMeasureText"/> and the others, by index) and whose
    /// figures are plain whole numbers, with no value: true when it is certainly free of problems, and then it is taken
    /// exactly as <see cref="Add"/> would take it. False, with nothing changed, when <see cref="Add"/> must check it.
    /// </summary>
    /// <param name="line">The line of the record, which holds all its fields.</param>
    /// <param name="measure">The index of the measure field's text.</param>
    /// <param name="period">The index of the period field's text.</param>
    /// <param name="unit">The index of the unit field's text, or -1 when there is no unit column.</param>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator, or -1 when it is empty or absent.</param>
    public bool TryAddClean(int line, int measure, int period, int unit, long numerator, long denominator)
    {
        var m = measureTexts[measure];
        var p = periodTexts[period];
        var u = unit < 0 ? absentUnit : unitTexts[unit];
        if (!m.Clean || !p.Clean || !u.Clean)
        {
            return false;
        }

        long? d = denominator < 0 ? null : denominator;
        var definition = m.Definition;
        bool newSeries = false;
        var type = p.Period.Type;
        // A measure text's series kind, once its series is known to be of this type, is not looked up again: that never changes.
        if (definition is not null && type != 0 && seriesTypeOf[measure] != type && PeriodTiling.IsTiling(type))
        {
            if (!ObservationPeriods.Nest(type, m.Expected))
            {
                return false;
            }

            if (seriesKinds.TryGetValue(definition.Code, out var first))
            {
                if (first.Type != type)
                {
                    return false;
                }

                seriesTypeOf[measure] = type;
            }
            else
            {
                newSeries = true;
            }
        }

        if (definition is not null && definition.ValueType.CheckFigures(m.Code, numerator, d) is not null)
        {
            return false;
        }

        if (newSeries)
        {
            seriesKinds.Add(definition!.Code, (type, line));
        }

        Accept(line, m.CodeId, u.UnitId, p.Period, numerator, d, null);
        Counted();
        return true;
    }

    /// <summary>Reads once a measure field's text that records then give by index to <see cref="TryAddClean"/>.</summary>
    public void AddMeasureText(string text)
    {
        string code = text.Trim();
        MeasureDefinition? definition = null;
        bool clean = code.Length > 0 && VisibleText.FirstInvisible(code) < 0 && (options.Catalogue is not { } catalogue || catalogue.TryGetMeasure(code, out definition));
        seriesTypeOf.Add(0);
        measureTexts.Add(clean
            ? new MeasureText(true, code, definition, Id(codeIds, codes, definition?.Code ?? code), definition is null ? default : ObservationPeriods.Of(definition))
            : default);
    }

    /// <summary>Reads once a period field's text that records then give by index to <see cref="TryAddClean"/>.</summary>
    public void AddPeriodText(string text)
    {
        string trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            periodTexts.Add(default);
        }
        else if (parsedLabels.TryGetValue(trimmed, out var known))
        {
            periodTexts.Add(new PeriodText(true, known));
        }
        else if (options.PeriodPattern.Parse(trimmed) is var parsed && parsed.Success)
        {
            if (parsedLabels.Count < MaxParsedLabels)
            {
                parsedLabels[trimmed] = parsed.Value;
            }

            periodTexts.Add(new PeriodText(true, parsed.Value));
        }
        else
        {
            periodTexts.Add(default);
        }
    }

    /// <summary>Reads once a unit field's text that records then give by index to <see cref="TryAddClean"/>.</summary>
    public void AddUnitText(string text) => unitTexts.Add(UnitOf(text));

    private UnitText UnitOf(string? text)
    {
        string unit = (text ?? "").Trim();
        return VisibleText.FirstInvisible(unit) < 0 ? new UnitText(true, Id(unitIds, units, unit)) : default;
    }

    // What a clean record does: handed over (Each), or kept unless it repeats an earlier record's key.
    private void Accept(int line, int codeId, int unitId, ReportingPeriod reportingPeriod, long n, long? denominatorValue, decimal? given)
    {
        string code = codes[codeId];
        string organisationalUnit = units[unitId];
        if (options.Each is { } each)
        {
            // Made where it is handed over from: an observation copied between temporaries costs more than the rest of the row.
            if (given is { } value)
            {
                var valued = Observation.ValueOnly(code, reportingPeriod, value, organisationalUnit);
                each(in valued);
            }
            else
            {
                var counted = new Observation(code, reportingPeriod, n, denominatorValue, organisationalUnit, checkedAlready: true);
                each(in counted);
            }

            return;
        }

        var key = (codeId, unitId, PeriodId(reportingPeriod));
        if (firstLine.TryGetValue(key, out int first))
        {
            string who = organisationalUnit.Length == 0 ? "the whole council" : "\"" + organisationalUnit + "\"";
            Error(DataProblemKind.Duplicate, line, 0, "", null, string.Create(CultureInfo.InvariantCulture, $"{code} for {reportingPeriod} and {who} is already given on line {first}; give each measure, period and organisational unit once."));
        }
        else
        {
            firstLine.Add(key, line);

            // Once there is a problem nothing will be returned, so the rows need not be kept.
            if (errors.Count == 0)
            {
                observations.Add(Make(code, reportingPeriod, n, denominatorValue, given, organisationalUnit));
            }
        }
    }

    private void Counted()
    {
        records++;
        if (options.Progress is { } progress && records % ObservationReadOptions.ProgressInterval == 0)
        {
            progress.Report(records);
        }
    }

    // The code, unit and figures were checked here: a clean row does not check them again.
    private static Observation Make(string code, ReportingPeriod period, long numerator, long? denominator, decimal? value, string unit) =>
        value is { } v ? Observation.ValueOnly(code, period, v, unit) : new Observation(code, period, numerator, denominator, unit, checkedAlready: true);

    /// <summary>
    /// The catalogue's frequency is the rule: a row for a kind of period that does not fit the measure's (an autumn
    /// term for a quarterly measure) is refused at its own line; and a measure's rows with counts are all for one
    /// kind of period, so a row for another kind than its first is refused at its line. A window's figure, kept
    /// apart from the series, may be for any window.
    /// </summary>
    private void CheckFrequency(MeasureDefinition definition, ReportingPeriod period, in FieldText field, bool withCounts)
    {
        var type = period.Type;
        if (!PeriodTiling.IsTiling(type))
        {
            return;
        }

        string label = (field.Text ?? "").Trim();
        var expected = ObservationPeriods.Of(definition);
        if (!ObservationPeriods.Nest(type, expected))
        {
            Error(
                DataProblemKind.PeriodDoesNotFitFrequency,
                field,
                $"{definition.Code} is reported {ObservationPeriods.Word(definition.Frequency)} in the catalogue, so its figures are for {Fitting(expected, period)}, or for a window (rolling months, a year to date); \"{label}\" is a {Time.Text.PeriodText.Noun(type)}. Correct the period, or the measure's frequency in the catalogue.");
            return;
        }

        if (!withCounts)
        {
            return;
        }

        if (!seriesKinds.TryGetValue(definition.Code, out var first))
        {
            seriesKinds.Add(definition.Code, (type, field.Line));
        }
        else if (first.Type != type)
        {
            Error(
                DataProblemKind.PeriodDoesNotFitFrequency,
                field,
                string.Create(CultureInfo.InvariantCulture, $"{definition.Code}'s figures in this file are for {Time.Text.PeriodText.Plural(first.Type)} (from line {first.Line}), and \"{label}\" is a {Time.Text.PeriodText.Noun(type)}: give a measure's counts for one kind of period, so that they add up without counting anything twice (a figure for a longer period can be given as a value alone)."));
        }
    }

    /// <summary>The kinds of period that fit a measure's, in words: "quarters such as "2023/24 Q3", the months that make them up, or years made up of them".</summary>
    private string Fitting(PeriodType expected, ReportingPeriod period)
    {
        string example;
        try
        {
            example = " such as \"" + ReportingPeriod.Containing(expected, period.End, options.PeriodPattern.Convention) + "\"";
        }
        catch (ArgumentException)
        {
            example = string.Empty;
        }

        PeriodType[] kinds = [PeriodType.HalfTerm, PeriodType.Month, PeriodType.Term, PeriodType.Quarter, PeriodType.FinancialYear, PeriodType.CalendarYear, PeriodType.AcademicYear];
        var shorter = kinds.Where(k => k != expected && ObservationPeriods.Nest(k, expected) && PeriodTiling.Months(k) < PeriodTiling.Months(expected)).Select(Time.Text.PeriodText.Plural).ToList();
        var longer = kinds.Where(k => k != expected && ObservationPeriods.Nest(k, expected) && PeriodTiling.Months(k) > PeriodTiling.Months(expected)).Select(Time.Text.PeriodText.Plural).ToList();
        string text = Time.Text.PeriodText.Plural(expected) + example;
        if (shorter.Count > 0)
        {
            text += ", the " + string.Join(" or ", shorter) + " that make them up";
        }

        if (longer.Count > 0)
        {
            text += ", " + string.Join(" or ", longer) + " made up of them";
        }

        return text;
    }

    /// <summary>A value given without counts: a plain decimal number of zero or more, a percentage at most 100 (a trailing % allowed).</summary>
    private decimal? GivenValue(in FieldText field, MeasureDefinition? definition, bool alone)
    {
        string text = (field.Text ?? "").Trim();
        if (!alone)
        {
            Error(DataProblemKind.Inconsistent, field, "This row gives both counts and a value; give the numerator and denominator, or the value alone when the counts are not known (the value is worked out from the counts).");
            return null;
        }

        bool percent = text.EndsWith('%');
        string number = percent ? text[..^1].TrimEnd() : text;
        if (percent && definition is not null && definition.ValueType.Kind != ValueKind.Percentage)
        {
            Error(DataProblemKind.InvalidValue, field, $"The value has a % sign, but {definition.Code} is not a percentage; write the value in its own unit ({definition.ValueType.Format(0m)}).");
            return null;
        }

        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal v))
        {
            string why = number.Contains(',', StringComparison.Ordinal)
                ? "it has a comma; write the number with a point for decimals and no thousands separator (1234.5)."
                : "it must be a number of zero or more, such as 76.8 for 76.8%.";
            Error(DataProblemKind.InvalidValue, field, "The value is not a number: " + why);
            return null;
        }

        if (v < 0)
        {
            Error(DataProblemKind.ImpossibleFigure, field, "The value is negative; the values of these measures are zero or more.");
            return null;
        }

        if (v > FigureRules.MaxSetFigure)
        {
            Error(DataProblemKind.TooLarge, field, string.Create(CultureInfo.InvariantCulture, $"The value is above {FigureRules.MaxSetFigure:N0}, more than any report could show."));
            return null;
        }

        if (v > 100m && (definition?.ValueType.Kind == ValueKind.Percentage || (definition is null && percent)))
        {
            Error(DataProblemKind.Inconsistent, field, "The value is a percentage above 100.");
            return null;
        }

        return v;
    }

    private static int Id(Dictionary<string, int> ids, List<string> names, string name)
    {
        if (!ids.TryGetValue(name, out int id))
        {
            id = names.Count;
            ids.Add(name, id);
            names.Add(name);
        }

        return id;
    }

    private int PeriodId(ReportingPeriod period)
    {
        if (!periodIds.TryGetValue(period, out int id))
        {
            id = periodIds.Count;
            periodIds.Add(period, id);
        }

        return id;
    }

    public LoadResult<IReadOnlyList<Observation>> Finish()
    {
        options.Progress?.Report(records);
        return errors.Count == 0
            ? LoadResult<IReadOnlyList<Observation>>.ForValue(observations)
            : errors.ToResult<IReadOnlyList<Observation>>();
    }

    private static bool IsBlank(in FieldText field) => string.IsNullOrWhiteSpace(field.Text);

    private void Error(DataProblemKind kind, in FieldText field, string message) => Error(kind, field.Line, field.Column, field.Name, field.Text, message);

    private long? Count(in FieldText field, bool required)
    {
        string text = (field.Text ?? "").Trim();
        if (text.Length == 0)
        {
            if (required)
            {
                Error(DataProblemKind.Missing, field, $"The {field.Label} is empty; it must be a whole number of zero or more.");
            }

            return null;
        }

        switch (NumberText.Read(text, out long value))
        {
            case NumberText.Form.Whole:
                return value;
            case NumberText.Form.Negative:
                Error(DataProblemKind.ImpossibleFigure, field, $"The {field.Label} is negative; it counts something, so it must be zero or more.");
                return null;
            case NumberText.Form.Fraction:
                Error(DataProblemKind.InvalidValue, field, $"The {field.Label} is a number but not a whole number; it must be a whole number, so hold a mean's sum (total days, say) as the numerator and its count as the denominator rather than a rounded value.");
                return null;
            case NumberText.Form.TooLarge:
                Error(DataProblemKind.TooLarge, field, string.Create(CultureInfo.InvariantCulture, $"The {field.Label} is a whole number but too large: it is above {long.MaxValue:N0}, the largest figure that can be held."));
                return null;
        }

        if (text.Contains(',', StringComparison.Ordinal) && decimal.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _))
        {
            Error(DataProblemKind.InvalidValue, field, $"The {field.Label} has a thousands separator; write numbers without one (1234, not 1,234).");
        }
        else
        {
            Error(DataProblemKind.InvalidValue, field, $"The {field.Label} is not a number; it must be a whole number of zero or more.");
        }

        return null;
    }

    private static string Invisible(string label, string value, int index) =>
        $"The {label} \"{value}\" holds {VisibleText.Describe(value, index)}, which cannot be seen: values that differ only by it would be counted apart. Delete the character (retype the value).";

    private string UnknownMeasure(MeasureCatalogue catalogue, string code)
    {
        if (!unknownCodes.TryGetValue(code, out string? near))
        {
            suggestions ??= new CodeSuggestions([.. catalogue.Measures.Select(m => m.Code)]);
            near = suggestions.Nearest(code);
            unknownCodes[code] = near;
        }

        string name = catalogue.Name.Length > 0 ? "\"" + catalogue.Name + "\"" : "the catalogue";
        return near is not null
            ? $"This measure code is not in {name}. Did you mean \"{near}\"?"
            : $"This measure code is not in {name}; add the measure to the catalogue or correct the code.";
    }

    private readonly record struct MeasureText(bool Clean, string Code, MeasureDefinition? Definition, int CodeId, PeriodType Expected);

    private readonly record struct PeriodText(bool Clean, ReportingPeriod Period);

    private readonly record struct UnitText(bool Clean, int UnitId);
}
