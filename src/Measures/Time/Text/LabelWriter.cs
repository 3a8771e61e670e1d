using System;

namespace Measures.Time.Text;

/// <summary>Writes a label into a span without allocating; remembers when the span was too short.</summary>
internal ref struct LabelWriter
{
    private readonly Span<char> destination;

    public LabelWriter(Span<char> destination)
    {
        this.destination = destination;
        Written = 0;
        Overflowed = false;
    }

    public int Written { get; private set; }

    public bool Overflowed { get; private set; }

    public void Append(ReadOnlySpan<char> text)
    {
        if (Overflowed || !text.TryCopyTo(destination[Written..]))
        {
            Overflowed = true;
            return;
        }

        Written += text.Length;
    }

    public void Append(char c)
    {
        if (Overflowed || Written >= destination.Length)
        {
            Overflowed = true;
            return;
        }

        destination[Written++] = c;
    }

    /// <summary>Appends a non-negative number with at least <paramref name="width"/> digits.</summary>
    public void AppendNumber(int value, int width)
    {
        Span<char> digits = stackalloc char[10];
        int n = 0;
        do
        {
            digits[n++] = (char)('0' + (value % 10));
            value /= 10;
        }
        while (value > 0);
        while (n < width)
        {
            digits[n++] = '0';
        }

        for (int i = n - 1; i >= 0; i--)
        {
            Append(digits[i]);
        }
    }

    public void AppendYearPair(int firstYear)
    {
        AppendNumber(firstYear, 4);
        Append('/');
        AppendNumber((firstYear + 1) % 100, 2);
    }

    public void AppendMonth(int year, int month)
    {
        AppendNumber(year, 4);
        Append('-');
        AppendNumber(month, 2);
    }

    public void AppendDate(NodaTime.LocalDate date)
    {
        AppendMonth(date.Year, date.Month);
        Append('-');
        AppendNumber(date.Day, 2);
    }
}
