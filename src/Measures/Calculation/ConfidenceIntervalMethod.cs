namespace Measures.Calculation;

/// <summary>How a confidence interval was worked out.</summary>
public enum ConfidenceIntervalMethod : byte
{
    /// <summary>Wilson's score method, for proportions and percentages.</summary>
    WilsonScore = 1,

    /// <summary>Byar's approximation to the Poisson distribution, for counts and rates with 10 or more events.</summary>
    Byar = 2,

    /// <summary>The exact Poisson limits from the chi-squared distribution, for counts and rates with fewer than 10 events.</summary>
    ExactPoisson = 3,

    /// <summary>Student's t distribution, for means.</summary>
    StudentT = 4,

    /// <summary>Limits taken as published (an England or neighbour figure with its interval), not worked out here.</summary>
    Published = 5,
}
