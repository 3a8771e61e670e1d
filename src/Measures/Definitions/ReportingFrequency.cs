namespace Measures.Definitions;

/// <summary>How often a council reports a measure.</summary>
public enum ReportingFrequency : byte
{
    /// <summary>Every month.</summary>
    Monthly = 1,

    /// <summary>Every quarter.</summary>
    Quarterly = 2,

    /// <summary>Every school term.</summary>
    Termly = 3,

    /// <summary>Once a year (financial, calendar or academic).</summary>
    Annually = 4,
}
