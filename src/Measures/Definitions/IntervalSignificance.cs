namespace Measures.Definitions;

/// <summary>
/// Whether a council's value differs from a comparator's beyond chance, judged by its confidence interval:
/// significantly higher when the whole interval is above the comparator's value, significantly lower when the
/// whole interval is below it.
/// </summary>
public enum IntervalSignificance : byte
{
    /// <summary>No interval is published for the council's value, or the comparator has no value.</summary>
    NotAvailable = 0,

    /// <summary>The interval contains the comparator's value: not significantly different.</summary>
    NotSignificant = 1,

    /// <summary>The whole interval is above the comparator's value.</summary>
    SignificantlyHigher = 2,

    /// <summary>The whole interval is below the comparator's value.</summary>
    SignificantlyLower = 3,
}
