namespace Measures.Definitions;

/// <summary>Which direction of a measure's value is good: its "good direction of travel".</summary>
public enum Polarity : byte
{
    /// <summary>No good direction: an activity or demand measure, where a rise is neither good nor bad.</summary>
    None = 0,

    /// <summary>A higher value is better ("% of families contacted within three working days").</summary>
    HigherIsBetter = 1,

    /// <summary>A lower value is better ("% of young people NEET").</summary>
    LowerIsBetter = 2,

    /// <summary>
    /// A value inside the target range is good and a value outside it is not, whichever side
    /// ("second or subsequent child protection plan: 10–15% is good").
    /// </summary>
    WithinRange = 3,
}
