using System;
using NodaTime;
using NodaTime.Text;

namespace Measures.Time;

/// <summary>
/// One bank holiday: the date it is taken, its name as GOV.UK writes it, and whether it is a
/// substitute day for a holiday that fell on a weekend.
/// </summary>
/// <remarks>
/// Equality and ordering consider the date first, then the name and the substitute flag.
/// This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly struct BankHoliday : IEquatable<BankHoliday>, IComparable<BankHoliday>
{
    private readonly string? _name;

    /// <summary>Initializes a bank holiday.</summary>
    /// <param name="date">The date the holiday is taken.</param>
    /// <param name="name">The holiday's name, for example "Early May bank holiday".</param>
    /// <param name="isSubstituteDay">Whether this day replaces a holiday that fell on a Saturday or Sunday.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public BankHoliday(LocalDate date, string name, bool isSubstituteDay)
    {
        Internal.Preconditions.CheckNotNull(name);
        Date = date;
        _name = name;
        IsSubstituteDay = isSubstituteDay;
    }

    /// <summary>Gets the date the holiday is taken.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the holiday's name as GOV.UK writes it, for example "Boxing Day".</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Gets a value indicating whether this day replaces a holiday that fell on a Saturday or Sunday.</summary>
    public bool IsSubstituteDay { get; }

    /// <summary>Whether two bank holidays are the same.</summary>
    public static bool operator ==(BankHoliday left, BankHoliday right) => left.Equals(right);

    /// <summary>Whether two bank holidays differ.</summary>
    public static bool operator !=(BankHoliday left, BankHoliday right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    public static bool operator <(BankHoliday left, BankHoliday right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> orders before or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(BankHoliday left, BankHoliday right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    public static bool operator >(BankHoliday left, BankHoliday right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> orders after or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(BankHoliday left, BankHoliday right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(BankHoliday other) =>
        Date == other.Date && string.Equals(Name, other.Name, StringComparison.Ordinal) && IsSubstituteDay == other.IsSubstituteDay;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BankHoliday other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, StringComparer.Ordinal.GetHashCode(Name), IsSubstituteDay);

    /// <inheritdoc />
    public int CompareTo(BankHoliday other)
    {
        int c = Date.CompareTo(other.Date);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(Name, other.Name);
        return c != 0 ? c : IsSubstituteDay.CompareTo(other.IsSubstituteDay);
    }

    /// <summary>Formats the holiday as "2022-12-27 Christmas Day (substitute day)".</summary>
    /// <returns>The culture-invariant text form.</returns>
    public override string ToString() =>
        LocalDatePattern.Iso.Format(Date) + " " + Name + (IsSubstituteDay ? " (substitute day)" : string.Empty);
}
