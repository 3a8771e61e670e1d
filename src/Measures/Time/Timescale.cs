using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Measures.Internal;
using NodaTime;

namespace Measures.Time;

/// <summary>
/// How long something may take to be timely: "within 3 working days", "within 10 school days",
/// "within 20 weeks", "within 45 days".
/// </summary>
/// <remarks>
/// <para>
/// <b>Deadline.</b> The day that starts the clock (the referral, the request for assessment) is day 0.
/// The deadline is the last day on which completion is still on time, and a case is in time when
/// it is completed on or before the deadline:
/// </para>
/// <list type="bullet">
/// <item><description>n calendar days: start + n days ("within 45 days" of a referral on 1 March is on or before 15 April).</description></item>
/// <item><description>n weeks: exactly start + 7n calendar days, with no regard to working days (an EHCP requested on Monday 8 January 2024 is due within 20 weeks, that is on or before Monday 27 May 2024, 140 days later, even though that is a bank holiday).</description></item>
/// <item><description>n working days: the n-th working day after the start (<see cref="WorkingDayCalendar.AddWorkingDays"/>).</description></item>
/// <item><description>n school days: the n-th school day after the start (<see cref="SchoolDayCalendar.AddSchoolDays"/>).</description></item>
/// </list>
/// <para>
/// Judged by the deadline date, work completed on a weekend just after a working-day deadline is
/// late, even though no further working day has passed; <see cref="WorkingDayCalendar.WorkingDaysBetween"/>
/// would count it as n.
/// </para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct Timescale : IEquatable<Timescale>
{
    /// <summary>The longest timescale: 100,000 of any unit.</summary>
    public const int MaxLength = 100_000;

    private readonly TimescaleUnit _unit;

    private Timescale(int length, TimescaleUnit unit)
    {
        Length = length;
        _unit = unit;
    }

    /// <summary>Gets the number of units: 3 for "3 working days".</summary>
    public int Length { get; }

    /// <summary>Gets what the timescale counts.</summary>
    public TimescaleUnit Unit => _unit == 0 ? TimescaleUnit.CalendarDays : _unit;

    /// <summary>Whether two timescales are the same.</summary>
    public static bool operator ==(Timescale left, Timescale right) => left.Equals(right);

    /// <summary>Whether two timescales differ.</summary>
    public static bool operator !=(Timescale left, Timescale right) => !left.Equals(right);

    /// <summary>A timescale of <paramref name="days"/> calendar days.</summary>
    /// <param name="days">0 to <see cref="MaxLength"/>.</param>
    /// <returns>The timescale.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The length is negative or above <see cref="MaxLength"/>.</exception>
    public static Timescale CalendarDays(int days) => new(Preconditions.CheckArgumentRange(days, 0, MaxLength), TimescaleUnit.CalendarDays);

    /// <summary>A timescale of <paramref name="weeks"/> weeks, exactly 7 × <paramref name="weeks"/> calendar days.</summary>
    /// <param name="weeks">0 to <see cref="MaxLength"/>.</param>
    /// <returns>The timescale.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The length is negative or above <see cref="MaxLength"/>.</exception>
    public static Timescale Weeks(int weeks) => new(Preconditions.CheckArgumentRange(weeks, 0, MaxLength), TimescaleUnit.Weeks);

    /// <summary>A timescale of <paramref name="days"/> working days.</summary>
    /// <param name="days">0 to <see cref="MaxLength"/>.</param>
    /// <returns>The timescale.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The length is negative or above <see cref="MaxLength"/>.</exception>
    public static Timescale WorkingDays(int days) => new(Preconditions.CheckArgumentRange(days, 0, MaxLength), TimescaleUnit.WorkingDays);

    /// <summary>A timescale of <paramref name="days"/> school days.</summary>
    /// <param name="days">0 to <see cref="MaxLength"/>.</param>
    /// <returns>The timescale.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The length is negative or above <see cref="MaxLength"/>.</exception>
    public static Timescale SchoolDays(int days) => new(Preconditions.CheckArgumentRange(days, 0, MaxLength), TimescaleUnit.SchoolDays);

    /// <summary>
    /// Reads a timescale as reports write it: "3 working days", "1 working day", "10 school days",
    /// "20 weeks", "45 days" or "45 calendar days" (any case, the number in digits).
    /// </summary>
    /// <param name="text">The text to read.</param>
    /// <returns>The timescale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a timescale; the message says which part could not be read.</exception>
    public static Timescale Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, out var timescale, out string? error) ? timescale : throw new FormatException(error);
    }

    /// <summary>Reads a timescale as <see cref="Parse"/> does, without throwing.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="timescale">The timescale read, or the default value.</param>
    /// <returns><see langword="true"/> when the text is a timescale.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Timescale timescale) => TryParse(text, out timescale, out _);

    /// <summary>The deadline for a timescale in calendar days or weeks.</summary>
    /// <param name="start">Day 0.</param>
    /// <returns>The last day on which completion is in time.</returns>
    /// <exception cref="InvalidOperationException">The timescale counts working or school days, which need a calendar.</exception>
    public LocalDate DeadlineFrom(LocalDate start) => Unit switch
    {
        TimescaleUnit.Weeks => start.PlusDays(7 * Length),
        TimescaleUnit.CalendarDays => start.PlusDays(Length),
        _ => throw NeedsCalendar(),
    };

    /// <summary>The deadline, counting working days on <paramref name="calendar"/> (which a timescale in calendar days or weeks ignores).</summary>
    /// <param name="start">Day 0.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns>The last day on which completion is in time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The timescale counts school days.</exception>
    public LocalDate DeadlineFrom(LocalDate start, WorkingDayCalendar calendar)
    {
        Preconditions.CheckNotNull(calendar);
        return Unit switch
        {
            TimescaleUnit.WorkingDays => calendar.AddWorkingDays(start, Length),
            TimescaleUnit.SchoolDays => throw NeedsCalendar(),
            _ => DeadlineFrom(start),
        };
    }

    /// <summary>The deadline, counting school days on <paramref name="calendar"/> (which a timescale in calendar days or weeks ignores).</summary>
    /// <param name="start">Day 0.</param>
    /// <param name="calendar">The school-day calendar.</param>
    /// <returns>The last day on which completion is in time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The timescale counts working days.</exception>
    public LocalDate DeadlineFrom(LocalDate start, SchoolDayCalendar calendar)
    {
        Preconditions.CheckNotNull(calendar);
        return Unit switch
        {
            TimescaleUnit.SchoolDays => calendar.AddSchoolDays(start, Length),
            TimescaleUnit.WorkingDays => throw NeedsCalendar(),
            _ => DeadlineFrom(start),
        };
    }

    /// <summary>Whether work started on <paramref name="start"/> and completed on <paramref name="completed"/> met a timescale in calendar days or weeks.</summary>
    /// <param name="start">Day 0.</param>
    /// <param name="completed">The day the work was completed, on or after <paramref name="start"/>.</param>
    /// <returns><see langword="true"/> when completed on or before the deadline.</returns>
    /// <exception cref="ArgumentException"><paramref name="completed"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="InvalidOperationException">The timescale counts working or school days.</exception>
    public bool IsMet(LocalDate start, LocalDate completed) => CheckOrder(start, completed) <= DeadlineFrom(start);

    /// <summary>Whether work started on <paramref name="start"/> and completed on <paramref name="completed"/> met the timescale, counting working days on <paramref name="calendar"/>.</summary>
    /// <param name="start">Day 0.</param>
    /// <param name="completed">The day the work was completed, on or after <paramref name="start"/>.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns><see langword="true"/> when completed on or before the deadline.</returns>
    /// <exception cref="ArgumentException"><paramref name="completed"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="InvalidOperationException">The timescale counts school days.</exception>
    public bool IsMet(LocalDate start, LocalDate completed, WorkingDayCalendar calendar) => CheckOrder(start, completed) <= DeadlineFrom(start, calendar);

    /// <summary>Whether work started on <paramref name="start"/> and completed on <paramref name="completed"/> met the timescale, counting school days on <paramref name="calendar"/>.</summary>
    /// <param name="start">Day 0.</param>
    /// <param name="completed">The day the work was completed, on or after <paramref name="start"/>.</param>
    /// <param name="calendar">The school-day calendar.</param>
    /// <returns><see langword="true"/> when completed on or before the deadline.</returns>
    /// <exception cref="ArgumentException"><paramref name="completed"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="InvalidOperationException">The timescale counts working days.</exception>
    public bool IsMet(LocalDate start, LocalDate completed, SchoolDayCalendar calendar) => CheckOrder(start, completed) <= DeadlineFrom(start, calendar);

    /// <inheritdoc />
    public bool Equals(Timescale other) => Length == other.Length && Unit == other.Unit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Timescale other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Length, Unit);

    /// <summary>Formats the timescale as reports write it: "3 working days", "1 school day", "20 weeks", "45 days".</summary>
    /// <returns>The culture-invariant text form, which <see cref="Parse"/> reads back.</returns>
    public override string ToString()
    {
        string unit = Unit switch
        {
            TimescaleUnit.Weeks => "week",
            TimescaleUnit.WorkingDays => "working day",
            TimescaleUnit.SchoolDays => "school day",
            _ => "day",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{Length} {unit}{(Length == 1 ? string.Empty : "s")}");
    }

    private static bool TryParse(string? text, out Timescale timescale, [NotNullWhen(false)] out string? error)
    {
        timescale = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "A timescale is empty; expected a number and a unit, for example \"3 working days\".";
            return false;
        }

        string[] words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (!int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out int length) || length > MaxLength)
        {
            error = $"The timescale \"{text}\" does not start with a whole number of at most {MaxLength}; expected for example \"3 working days\".";
            return false;
        }

        string unit = string.Join(' ', words, 1, words.Length - 1).ToUpperInvariant();
        TimescaleUnit? parsed = unit switch
        {
            "DAY" or "DAYS" or "CALENDAR DAY" or "CALENDAR DAYS" => TimescaleUnit.CalendarDays,
            "WEEK" or "WEEKS" => TimescaleUnit.Weeks,
            "WORKING DAY" or "WORKING DAYS" => TimescaleUnit.WorkingDays,
            "SCHOOL DAY" or "SCHOOL DAYS" => TimescaleUnit.SchoolDays,
            _ => null,
        };
        if (parsed is null)
        {
            error = $"The unit \"{string.Join(' ', words, 1, words.Length - 1)}\" in \"{text}\" is not one of days, calendar days, weeks, working days or school days.";
            return false;
        }

        timescale = new Timescale(length, parsed.Value);
        error = null;
        return true;
    }

    private static LocalDate CheckOrder(LocalDate start, LocalDate completed)
    {
        Preconditions.CheckArgument(
            completed >= start,
            nameof(completed),
            $"The completion date {CountedDays.Format(completed)} is before the start date {CountedDays.Format(start)}.");
        return completed;
    }

    private InvalidOperationException NeedsCalendar() => new(Unit switch
    {
        TimescaleUnit.WorkingDays => $"A timescale of {this} counts working days; pass a WorkingDayCalendar.",
        _ => $"A timescale of {this} counts school days; pass a SchoolDayCalendar.",
    });
}
