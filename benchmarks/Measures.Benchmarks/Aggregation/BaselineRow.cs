namespace Measures.Benchmarks.Aggregation;

/// <summary>
/// One group of a baseline's answer: a measure index, a period (a month as year × 12 + month − 1,
/// a financial quarter as start year × 4 + quarter − 1, a financial year's start year, or the last
/// month of a rolling window), a council index (−1 for all units), the held numerator and denominator
/// and the number of months present.
/// </summary>
public readonly record struct BaselineRow(int Measure, int Period, int Council, long Numerator, long Denominator, int MonthsPresent);
