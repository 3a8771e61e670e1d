namespace Measures;

/// <summary>What sort of problem a <see cref="DataProblem"/> is, for counting and for deciding what to do about it.</summary>
public enum DataProblemKind : byte
{
    /// <summary>The text cannot be read at all: not JSON, not CSV, not UTF-8, cut short.</summary>
    Unreadable = 1,

    /// <summary>A required field or value is absent.</summary>
    Missing = 2,

    /// <summary>A value cannot be read as what its field holds, or is outside the range allowed.</summary>
    InvalidValue = 3,

    /// <summary>A name is not one of those allowed: an unknown field, word or code.</summary>
    UnknownName = 4,

    /// <summary>Values that are each valid contradict one another (an upper limit below its lower limit).</summary>
    Inconsistent = 5,

    /// <summary>The same thing is given twice where it may be given once.</summary>
    Duplicate = 6,

    /// <summary>An observation names a measure the catalogue or the aggregation rules do not know.</summary>
    UnknownMeasure = 7,

    /// <summary>An observation's period is not of the measure's reporting frequency (a quarter for a monthly measure).</summary>
    PeriodDoesNotFitFrequency = 8,

    /// <summary>The measure has a denominator and the observation has none.</summary>
    MissingDenominator = 9,

    /// <summary>The measure is a count and the observation has a denominator.</summary>
    UnexpectedDenominator = 10,

    /// <summary>The numerator is above the denominator and the measure's value type forbids it (a percentage over 100%).</summary>
    NumeratorAboveDenominator = 11,

    /// <summary>A figure is negative, or a mean has a sum over no cases.</summary>
    ImpossibleFigure = 12,

    /// <summary>The same measure, period and unit has a whole-population figure and breakdown figures: adding them would count children twice.</summary>
    TotalBesideBreakdown = 13,

    /// <summary>A unit is reported together with one of its ancestors, or belongs to two parents: rolling both up would count twice.</summary>
    OverlappingUnits = 14,

    /// <summary>More distinct keys (units, breakdown values) than can be held, or figures whose total is too large to hold exactly.</summary>
    TooLarge = 15,
}
