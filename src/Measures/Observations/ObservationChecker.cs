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
    private readonly string sourceName;
    private readonly ObservationReadOptions options;
    private readonly List<Observation> observations = [];
    private readonly List<DataProblem> errors = [];
    private readonly Dictionary<(string Measure, ReportingPeriod Period, string Unit), int> firstLine = [];
    private readonly Dictionary<string, string?> unknownCodes = new(StringComparer.Ordinal);
    private long records;

    public ObservationChecker(string sourceName, ObservationReadOptions options)
    {
        this.sourceName = sourceName;
        this.options = options;
    }

    public int ErrorCount => errors.Count;

    public void Error(DataProblemKind kind, int line, int column, string field, string? value, string message) =>
        errors.Add(new DataProblem(kind, message, sourceName, line, column, field, value));

    /// <summary>Checks one record; <paramref name="unit"/> and <paramref name="denominator"/> may have null text (absent).</summary>
    public void Add(int line, in FieldText measure, in FieldText period, in FieldText unit, in FieldText numerator, in FieldText denominator)
    {
        int before = errors.Count;
        string code = (measure.Text ?? "").Trim();
        MeasureDefinition? definition = null;
        if (code.Length == 0)
        {
            Error(DataProblemKind.Missing, measure, "The measure code is empty.");
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
            var parsed = options.PeriodPattern.Parse(trimmed);
            if (parsed.Success)
            {
                reportingPeriod = parsed.Value;
            }
            else
            {
                string reason = parsed.Exception.Message.TrimEnd('.');
                string preamble = "Cannot read \"" + trimmed + "\": ";
                reason = reason.StartsWith(preamble, StringComparison.Ordinal) ? reason[preamble.Length..] : reason;
                Error(DataProblemKind.InvalidValue, period, $"This is not a period label: {reason}.");
            }
        }

        string organisationalUnit = (unit.Text ?? "").Trim();
        long? numeratorValue = Count(numerator, required: true);
        long? denominatorValue = Count(denominator, required: false);

        // The figures' rules are the value type's; here they only gain a place in the file. A figure that
        // could not be read has its own problem already, so the rules see only figures that were read.
        if (definition is not null && numeratorValue is { } read && (denominatorValue is not null || IsBlank(denominator))
            && definition.ValueType.CheckFigures(code, read, denominatorValue) is { } broken)
        {
            var at = broken.Field == "denominator" ? denominator : numerator;
            errors.Add(new DataProblem(broken.Kind, broken.Message, sourceName, at.Line, at.Column, at.Name, at.Text));
        }

        if (errors.Count == before && numeratorValue is { } n)
        {
            var key = (code, reportingPeriod, organisationalUnit);
            if (firstLine.TryGetValue(key, out int first))
            {
                string who = organisationalUnit.Length == 0 ? "the whole council" : "\"" + organisationalUnit + "\"";
                Error(DataProblemKind.Duplicate, line, 0, "", null, string.Create(CultureInfo.InvariantCulture, $"{code} for {reportingPeriod} and {who} is already given on line {first}; give each measure, period and organisational unit once."));
            }
            else
            {
                firstLine.Add(key, line);
                observations.Add(new Observation(code, reportingPeriod, n, denominatorValue, organisationalUnit));
            }
        }

        records++;
        if (options.Progress is { } progress && records % ObservationReadOptions.ProgressInterval == 0)
        {
            progress.Report(records);
        }
    }

    public LoadResult<IReadOnlyList<Observation>> Finish()
    {
        options.Progress?.Report(records);
        return errors.Count == 0
            ? LoadResult<IReadOnlyList<Observation>>.ForValue(observations.AsReadOnly())
            : LoadResult<IReadOnlyList<Observation>>.ForProblems(errors);
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

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
        {
            if (value >= 0)
            {
                return value;
            }

            Error(DataProblemKind.ImpossibleFigure, field, $"The {field.Label} is negative; it counts something, so it must be zero or more.");
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
        {
            if (number < 0)
            {
                Error(DataProblemKind.ImpossibleFigure, field, $"The {field.Label} is negative; it counts something, so it must be zero or more.");
            }
            else if (number != decimal.Truncate(number))
            {
                Error(DataProblemKind.InvalidValue, field, $"The {field.Label} must be a whole number; hold a mean's sum (total days, say) as the numerator and its count as the denominator rather than a rounded value.");
            }
            else if (number > long.MaxValue)
            {
                Error(DataProblemKind.TooLarge, field, $"The {field.Label} is too large; the largest is {long.MaxValue}.");
            }
            else
            {
                return (long)number;
            }

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

    private string UnknownMeasure(MeasureCatalogue catalogue, string code)
    {
        if (!unknownCodes.TryGetValue(code, out string? near))
        {
            near = catalogue.Measures.Select(m => m.Code).FirstOrDefault(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase))
                ?? catalogue.Measures.Select(m => m.Code).FirstOrDefault(c => Similar(c, code));
            unknownCodes[code] = near;
        }

        string name = catalogue.Name.Length > 0 ? "\"" + catalogue.Name + "\"" : "the catalogue";
        return near is not null
            ? $"This measure code is not in {name}. Did you mean \"{near}\"?"
            : $"This measure code is not in {name}; add the measure to the catalogue or correct the code.";
    }

    // Codes differ by one edit (a typo) or only in their punctuation ("CSC07" for "CSC-07").
    private static bool Similar(string known, string given)
    {
        static string Bare(string s) => new([.. s.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
        if (Bare(known) == Bare(given))
        {
            return true;
        }

        if (Math.Abs(known.Length - given.Length) > 1)
        {
            return false;
        }

        return TextDistance.Between(known, given) <= 1;
    }
}
