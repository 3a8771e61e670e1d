using System;
using System.Diagnostics.CodeAnalysis;
using Measures.Internal;
using Measures.Time.Text;
using NodaTime;

namespace Measures.Time;

/// <summary>
/// The date a snapshot figure is taken "as at": "looked-after children as at 31 July 2015". A
/// snapshot measure's value for a period is its value as at the period's last day
/// (<see cref="EndOf(ReportingPeriod)"/>).
/// </summary>
/// <remarks>
/// The canonical label is "as at 2015-07-31"; <see cref="Parse(string)"/> also reads
/// "as at 31 July 2015", "as at the 31st July 2015", "as at the end of July 2015" and "2015-07-31".
/// In JSON a snapshot date is the plain ISO date "2015-07-31".
/// This type is an immutable value type and is thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.SnapshotDateJsonConverter))]
public readonly struct SnapshotDate : IEquatable<SnapshotDate>, IComparable<SnapshotDate>, IComparable, ISpanFormattable
{
    /// <summary>Creates the snapshot taken as at <paramref name="date"/>.</summary>
    /// <param name="date">The date (ISO calendar).</param>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    public SnapshotDate(LocalDate date)
    {
        Preconditions.CheckArgument(date.Calendar == CalendarSystem.Iso, nameof(date), "Snapshot dates use the ISO calendar.");
        Date = date;
    }

    /// <summary>Gets the date the snapshot is taken as at.</summary>
    public LocalDate Date { get; }

    /// <summary>The snapshot as at the last day of <paramref name="period"/>: how a snapshot measure is reported for a period.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The snapshot date.</returns>
    public static SnapshotDate EndOf(ReportingPeriod period) => new(period.End);

    /// <summary>Reads "as at 31 July 2015", "as at the 31st July 2015", "as at the end of July 2015", "as at 2015-07-31" or "2015-07-31".</summary>
    /// <param name="text">The label.</param>
    /// <returns>The snapshot date.</returns>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="NodaTime.Text.UnparsableValueException">The label cannot be read; the message says which part and what was expected.</exception>
    public static SnapshotDate Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return PeriodLabelParser.TryParseSnapshot(text, describe: true, out var date, out string? error, out int index)
            ? new SnapshotDate(date)
            : throw new NodaTime.Text.UnparsableValueException(error!, text, index);
    }

    /// <summary>Reads a snapshot label (see <see cref="Parse(string)"/>) without throwing.</summary>
    /// <param name="text">The label; null fails.</param>
    /// <param name="result">The snapshot date, or the default value on failure.</param>
    /// <returns><see langword="true"/> when the label was read.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out SnapshotDate result) =>
        TryParse(text.AsSpan(), out result) && text is not null;

    /// <summary>Reads a snapshot label (see <see cref="Parse(string)"/>) from a span without throwing or allocating.</summary>
    /// <param name="text">The label.</param>
    /// <param name="result">The snapshot date, or the default value on failure.</param>
    /// <returns><see langword="true"/> when the label was read.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out SnapshotDate result)
    {
        bool ok = PeriodLabelParser.TryParseSnapshot(text, describe: false, out var date, out _, out _);
        result = ok ? new SnapshotDate(date) : default;
        return ok;
    }

    /// <summary>The canonical label, "as at 2015-07-31".</summary>
    /// <returns>The label.</returns>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[24];
        TryFormat(buffer, out int n, default, null);
        return buffer[..n].ToString();
    }

    /// <summary>The canonical label (see <see cref="ToString()"/>); the only format is null, empty or "G".</summary>
    /// <param name="format">null, empty or "G".</param>
    /// <param name="formatProvider">Ignored: labels are culture-invariant.</param>
    /// <returns>The label.</returns>
    /// <exception cref="FormatException">The format is not null, empty or "G".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        CheckFormat(format);
        return ToString();
    }

    /// <summary>Writes the canonical label into <paramref name="destination"/> without allocating.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty or "G".</param>
    /// <param name="provider">Ignored: labels are culture-invariant.</param>
    /// <returns><see langword="false"/> when the destination is too short.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor "G".</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        CheckFormat(format);
        var w = new LabelWriter(destination);
        w.Append("as at ");
        w.AppendDate(Date);
        charsWritten = w.Overflowed ? 0 : w.Written;
        return !w.Overflowed;
    }

    /// <inheritdoc />
    public bool Equals(SnapshotDate other) => Date == other.Date;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SnapshotDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Date.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(SnapshotDate other) => Date.CompareTo(other.Date);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        SnapshotDate other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be a {nameof(SnapshotDate)}.", nameof(obj)),
    };

    /// <summary>Whether two snapshot dates are the same.</summary>
    public static bool operator ==(SnapshotDate left, SnapshotDate right) => left.Equals(right);

    /// <summary>Whether two snapshot dates differ.</summary>
    public static bool operator !=(SnapshotDate left, SnapshotDate right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is earlier than <paramref name="right"/>.</summary>
    public static bool operator <(SnapshotDate left, SnapshotDate right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is earlier than or the same as <paramref name="right"/>.</summary>
    public static bool operator <=(SnapshotDate left, SnapshotDate right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is later than <paramref name="right"/>.</summary>
    public static bool operator >(SnapshotDate left, SnapshotDate right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is later than or the same as <paramref name="right"/>.</summary>
    public static bool operator >=(SnapshotDate left, SnapshotDate right) => left.CompareTo(right) >= 0;

    private static void CheckFormat(ReadOnlySpan<char> format)
    {
        if (!(format.IsEmpty || format is "G"))
        {
            throw new FormatException($"A {nameof(SnapshotDate)} has one format, \"G\" (its canonical label); \"{format}\" is not supported.");
        }
    }
}
