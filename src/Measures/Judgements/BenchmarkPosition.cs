namespace Measures.Judgements;

/// <summary>
/// Where a council's value stands against a comparator's: by a similarity tolerance
/// (<see cref="BenchmarkComparison"/>), or once chance is allowed for, by whether the comparator lies
/// outside the value's confidence interval (<c>ConfidenceInterval.CompareWith</c>).
/// </summary>
public enum BenchmarkPosition : byte
{
    /// <summary>Better than the comparator, given the measure's polarity.</summary>
    Better = 1,

    /// <summary>The same as the comparator, or within the similarity tolerance.</summary>
    Similar = 2,

    /// <summary>Worse than the comparator, given the measure's polarity.</summary>
    Worse = 3,

    /// <summary>Higher than the comparator, for a measure with no single good direction.</summary>
    Above = 4,

    /// <summary>Lower than the comparator, for a measure with no single good direction.</summary>
    Below = 5,

    /// <summary>No comparison: the council's value, its interval or the comparator is missing.</summary>
    NotAvailable = 6,
}
