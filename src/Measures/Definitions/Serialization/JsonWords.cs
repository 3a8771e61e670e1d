using System;
using System.Collections.Generic;
using System.Linq;
using Measures.Time;
using Measures.Internal;

using Measures.Definitions;

namespace Measures.Definitions.Serialization;

/// <summary>
/// The words a catalogue uses for enum values ("higherIsBetter", "percentage"): never numbers, so a
/// document reads the same to an analyst as to the library. The schema's enum lists are checked against these.
/// </summary>
internal static class JsonWords
{
    public static readonly WordMap<MeasureKind> Kinds = new("kind of measure", [
        (MeasureKind.Benchmark, "benchmark"),
        (MeasureKind.Activity, "activity"),
        (MeasureKind.Education, "education"),
        (MeasureKind.Local, "local"),
    ]);

    public static readonly WordMap<Polarity> Polarities = new("polarity", [
        (Polarity.HigherIsBetter, "higherIsBetter"),
        (Polarity.LowerIsBetter, "lowerIsBetter"),
        (Polarity.None, "none"),
        (Polarity.WithinRange, "withinRange"),
    ]);

    public static readonly WordMap<ValueKind> ValueKinds = new("value type", [
        (ValueKind.Count, "count"),
        (ValueKind.Percentage, "percentage"),
        (ValueKind.Rate, "rate"),
        (ValueKind.Mean, "mean"),
        (ValueKind.Ratio, "ratio"),
    ]);

    public static readonly WordMap<ReportingFrequency> Frequencies = new("reporting frequency", [
        (ReportingFrequency.Monthly, "monthly"),
        (ReportingFrequency.Quarterly, "quarterly"),
        (ReportingFrequency.Termly, "termly"),
        (ReportingFrequency.Annually, "annually"),
    ]);

    public static readonly WordMap<PeriodType> PeriodTypes = new("period type", [
        (PeriodType.Month, "month"),
        (PeriodType.Quarter, "quarter"),
        (PeriodType.FinancialYear, "financialYear"),
        (PeriodType.CalendarYear, "calendarYear"),
        (PeriodType.AcademicYear, "academicYear"),
        (PeriodType.Term, "term"),
        (PeriodType.HalfTerm, "halfTerm"),
        (PeriodType.RollingMonths, "rollingMonths"),
        (PeriodType.FinancialYearToDate, "financialYearToDate"),
        (PeriodType.AcademicYearToDate, "academicYearToDate"),
        (PeriodType.DateRange, "dateRange"),
        (PeriodType.CalendarYearToDate, "calendarYearToDate"),
    ]);

    public static readonly WordMap<TemporalRule> NumeratorRules = new("numerator rule (how the numerator combines over time)", [
        (TemporalRule.Sum, "sum"),
        (TemporalRule.Last, "last"),
        (TemporalRule.Mean, "mean"),
    ]);

    public static readonly WordMap<TemporalRule> DenominatorRules = new("denominator rule (how the denominator combines over time)", [.. NumeratorRules.Pairs]);

    public static readonly WordMap<QuartileBand> QuartileBands = new("quartile band", [
        (QuartileBand.A, "A"),
        (QuartileBand.B, "B"),
        (QuartileBand.C, "C"),
        (QuartileBand.D, "D"),
    ]);

    /// <summary>A two-way map between the values of an enum and their words in JSON.</summary>
    internal sealed class WordMap<TEnum>
        where TEnum : struct, Enum
    {
        private readonly Dictionary<TEnum, string> words;
        private readonly Dictionary<string, TEnum> values;

        public WordMap(string what, (TEnum Value, string Word)[] pairs)
        {
            What = what;
            words = pairs.ToDictionary(p => p.Value, p => p.Word);
            values = pairs.ToDictionary(p => p.Word, p => p.Value, StringComparer.Ordinal);
            Words = [.. pairs.Select(p => p.Word)];
            Pairs = pairs;
        }

        /// <summary>Gets the values and their words, in declaration order.</summary>
        public IReadOnlyList<(TEnum Value, string Word)> Pairs { get; }

        /// <summary>Gets what the enum is called in messages ("polarity").</summary>
        public string What { get; }

        /// <summary>Gets every word, in declaration order.</summary>
        public IReadOnlyList<string> Words { get; }

        public string Word(TEnum value) => words[value];

        public bool TryValue(string word, out TEnum value) => values.TryGetValue(word, out value);

        /// <summary>Why <paramref name="word"/> is refused: "'higher' is not a polarity; use one of …".</summary>
        public string Unknown(string word)
        {
            string? sameLetters = Words.FirstOrDefault(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase));
            string? near = sameLetters ?? Words.FirstOrDefault(w => TextDistance.Within(w, word, 2));
            string hint = sameLetters is not null ? $" (words are case-sensitive: did you mean \"{near}\"?)"
                : near is not null ? $" (did you mean \"{near}\"?)"
                : "";
            return $"\"{word}\" is not a {What}{hint}; use one of: {string.Join(", ", Words.Select(w => "\"" + w + "\""))}.";
        }

        public string Missing(string owner) =>
            $"{owner} needs a {What}: one of {string.Join(", ", Words.Select(w => "\"" + w + "\""))}.";
    }
}
