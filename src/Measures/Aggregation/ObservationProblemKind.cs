namespace Measures.Aggregation;

/// <summary>Why an observation cannot be aggregated.</summary>
public enum ObservationProblemKind : byte
{
    /// <summary>No aggregation rule is known for the measure code.</summary>
    UnknownMeasure = 1,

    /// <summary>The period's type is not the measure's reporting frequency (a quarter for a monthly measure).</summary>
    PeriodDoesNotFitFrequency = 2,

    /// <summary>The measure has a denominator and the observation has none.</summary>
    MissingDenominator = 3,

    /// <summary>The measure is a count and the observation has a denominator.</summary>
    UnexpectedDenominator = 4,

    /// <summary>The numerator is above the denominator and the measure forbids it.</summary>
    NumeratorAboveDenominator = 5,

    /// <summary>Another observation has the same measure, period, unit and breakdown, and duplicates are rejected.</summary>
    Duplicate = 6,

    /// <summary>The same measure, period and unit has a whole-population figure (no breakdown) and breakdown figures: adding them would count children twice.</summary>
    TotalBesideBreakdown = 7,

    /// <summary>More distinct organisational units or breakdown values than the store can hold (65,536 of each).</summary>
    TooManyKeys = 8,
}
