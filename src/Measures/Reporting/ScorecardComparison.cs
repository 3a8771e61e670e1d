using System;
using Measures.Internal;
using Measures.Time;

namespace Measures.Reporting;

/// <summary>
/// A further earlier period a scorecard compares each row with, beside the previous period and the same period last
/// year: a fixed period ("compared to October 2020") or the last whole period of a type before the row's period
/// ("higher than the previous quarter"), taken as reported or, for a count or rate of events, as an average per period of
/// the row's length ("the previous quarter's monthly average").
/// </summary>
/// <remarks>
/// Text reads as "Oct 2020", "previous quarter" or "previous quarter average", which <see cref="Parse(string)"/> reads
/// back. This type is immutable and thread-safe.
/// </remarks>
public sealed class ScorecardComparison : IEquatable<ScorecardComparison>
{
    private const string AverageWord = "average";
    private const string PreviousWord = "previous";

    private static readonly (string Words, PeriodType Type)[] PreviousTypes =
    [
        ("month", PeriodType.Month),
        ("quarter", PeriodType.Quarter),
        ("year", PeriodType.FinancialYear),
        ("financial year", PeriodType.FinancialYear),
        ("calendar year", PeriodType.CalendarYear),
        ("academic year", PeriodType.AcademicYear),
        ("term", PeriodType.Term),
        ("half-term", PeriodType.HalfTerm),
    ];

    private ScorecardComparison(ReportingPeriod? period, PeriodType? previousType, ComparisonBasis basis)
    {
        Period = period;
        PreviousType = previousType;
        Basis = basis;
    }

    /// <summary>Gets the fixed period compared with, or <see langword="null"/> for a comparison with the previous period of a type.</summary>
    public ReportingPeriod? Period { get; }

    /// <summary>Gets the type of the previous whole period compared with ("the previous quarter"), or <see langword="null"/> for a fixed period.</summary>
    public PeriodType? PreviousType { get; }

    /// <summary>Gets how the earlier period's value is taken: as reported, or as an average per period of the row's length.</summary>
    public ComparisonBasis Basis { get; }

    /// <summary>A comparison with one fixed period: "a reduction of 14 children compared to October 2020".</summary>
    /// <param name="period">The period.</param>
    /// <returns>The comparison, with the value as reported.</returns>
    /// <exception cref="ArgumentException">The period is the default value, which is not a period.</exception>
    public static ScorecardComparison With(ReportingPeriod period)
    {
        Preconditions.CheckArgument(Enum.IsDefined(period.Type), nameof(period), "The period is the default value, not a period.");
        return new ScorecardComparison(period, null, ComparisonBasis.AsReported);
    }

    /// <summary>
    /// A comparison with the last whole period of <paramref name="type"/> that ends before the row's period starts:
    /// for December 2020, the previous quarter is 2020/21 Q2 (July to September), the previous month November 2020.
    /// </summary>
    /// <param name="type">A type whose periods follow one another: month, quarter, financial, calendar or academic year, term or half-term.</param>
    /// <returns>The comparison, with the value as reported.</returns>
    /// <exception cref="ArgumentException">The type is a window (rolling months, a year to date, a date range), which has no single previous period.</exception>
    public static ScorecardComparison Previous(PeriodType type)
    {
        Preconditions.CheckArgument(
            PeriodTiling.IsTiling(type),
            nameof(type),
            $"{type} has no single previous period; use a month, quarter, financial, calendar or academic year, term or half-term.");
        return new ScorecardComparison(null, type, ComparisonBasis.AsReported);
    }

    /// <summary>
    /// Reads a comparison as an analyst writes it: a period label ("Oct 2020", "Q2 2020/21", "2018"), or
    /// "previous" with month, quarter, year (a financial year), financial year, calendar year, academic year,
    /// term or half-term; either followed by "average" for <see cref="ComparisonBasis.PeriodAverage"/>
    /// ("previous quarter average"). Case and extra spaces are ignored.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is neither a period label nor a previous period, saying why.</exception>
    public static ScorecardComparison Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        string words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var basis = ComparisonBasis.AsReported;
        if (words.EndsWith(AverageWord, StringComparison.OrdinalIgnoreCase) && (words.Length == AverageWord.Length || words[^(AverageWord.Length + 1)] == ' '))
        {
            basis = ComparisonBasis.PeriodAverage;
            words = words[..^AverageWord.Length].TrimEnd();
        }

        if (words.Length == 0)
        {
            throw new FormatException($"\"{text}\" names no period to compare with; write a period label such as \"Oct 2020\" or \"previous quarter\".");
        }

        if (words.StartsWith(PreviousWord + " ", StringComparison.OrdinalIgnoreCase))
        {
            string unit = words[(PreviousWord.Length + 1)..];
            foreach (var (name, type) in PreviousTypes)
            {
                if (string.Equals(unit, name, StringComparison.OrdinalIgnoreCase))
                {
                    return new ScorecardComparison(null, type, basis);
                }
            }

            throw new FormatException(
                $"\"{text}\" is not a previous period this reads: after \"previous\" write month, quarter, year, financial year, calendar year, academic year, term or half-term.");
        }

        var parsed = ReportingPeriodPattern.RoundTrip.Parse(words);
        return parsed.Success
            ? new ScorecardComparison(parsed.Value, null, basis)
            : throw new FormatException(
                $"\"{text}\" is neither a period label (\"Oct 2020\", \"Q2 2020/21\", \"2018\") nor a previous period (\"previous quarter\"): {parsed.Exception.Message}");
    }

    /// <summary>This comparison with the earlier value taken on <paramref name="basis"/>.</summary>
    /// <param name="basis">The basis.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The basis is not a defined one.</exception>
    public ScorecardComparison WithBasis(ComparisonBasis basis) => Enum.IsDefined(basis)
        ? new ScorecardComparison(Period, PreviousType, basis)
        : throw new ArgumentOutOfRangeException(nameof(basis), basis, "Not a defined comparison basis.");

    /// <summary>The earlier period this comparison names for a row whose value is for <paramref name="period"/>.</summary>
    /// <param name="period">The row's period.</param>
    /// <param name="convention">When the academic year begins and where its terms divide.</param>
    /// <returns>The fixed period, or the last whole period of the type ending before <paramref name="period"/> starts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="convention"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The previous period would fall outside the supported years.</exception>
    public ReportingPeriod PeriodFor(ReportingPeriod period, AcademicYearConvention convention)
    {
        Preconditions.CheckNotNull(convention);
        if (Period is { } fixedPeriod)
        {
            return fixedPeriod;
        }

        var type = PreviousType!.Value;
        var before = ReportingPeriod.Containing(type, period.Start.PlusDays(-1), convention);

        // The period holding the day before may run on into the row's own ("Q3 2020/21" for December 2020): step back once more.
        return before.End < period.Start ? before : ReportingPeriod.Containing(type, before.Start.PlusDays(-1), convention);
    }

    /// <summary>Whether <paramref name="other"/> is the same comparison.</summary>
    /// <param name="other">The other comparison.</param>
    /// <returns><see langword="true"/> when they name the same period or type on the same basis.</returns>
    public bool Equals(ScorecardComparison? other) =>
        other is not null && Period == other.Period && PreviousType == other.PreviousType && Basis == other.Basis;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ScorecardComparison);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Period, PreviousType, Basis);

    /// <summary>The comparison as <see cref="Parse(string)"/> reads it: "Oct 2020", "previous quarter", "previous quarter average".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string name = Period is { } p
            ? ScorecardText.PeriodLabel(p)
            : PreviousWord + " " + Array.Find(PreviousTypes, t => t.Type == PreviousType).Words;
        return Basis == ComparisonBasis.PeriodAverage ? name + " " + AverageWord : name;
    }

    /// <summary>
    /// How many periods of <paramref name="current"/>'s length <paramref name="earlier"/> holds: the number of its parts
    /// when periods of the current type make it up (3 months in a quarter), else the ratio of whole months (12 ÷ 10 for
    /// a year against ten months to date); <see langword="null"/> when neither applies.
    /// </summary>
    internal static decimal? PeriodsOfLength(ReportingPeriod current, ReportingPeriod earlier, AcademicYearConvention convention)
    {
        if (PeriodTiling.IsTiling(current.Type) && PeriodTiling.Tile(earlier, current.Type, convention) is { } parts)
        {
            return parts.Length;
        }

        return WholeMonths(current) is { } now && WholeMonths(earlier) is { } then ? (decimal)then / now : null;
    }

    /// <summary>
    /// Whether a measure's value adds up over time, so that a longer period's value is larger for being longer: a count of
    /// events (numerator summed), or a rate of events per a population that is not summed.
    /// </summary>
    internal static bool AddsUpOverTime(Definitions.MeasureDefinition measure) =>
        measure.NumeratorRule == Definitions.TemporalRule.Sum
        && (measure.ValueType.Kind == Definitions.ValueKind.Count
            || (measure.ValueType.Kind == Definitions.ValueKind.Rate && measure.DenominatorRule != Definitions.TemporalRule.Sum));

    private static int? WholeMonths(ReportingPeriod period) =>
        period.Start.Day == 1 && period.End.PlusDays(1).Day == 1
            ? ((period.End.Year - period.Start.Year) * 12) + period.End.Month - period.Start.Month + 1
            : null;
}
