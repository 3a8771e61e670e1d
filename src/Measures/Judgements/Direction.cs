namespace Measures.Judgements;

/// <summary>A direction of travel: how a value moved against an earlier one.</summary>
public enum Direction : byte
{
    /// <summary>The value moved in the measure's good direction.</summary>
    Improving = 1,

    /// <summary>The value moved against the measure's good direction.</summary>
    Worsening = 2,

    /// <summary>The value did not move, or moved by no more than the no-change tolerance.</summary>
    NoChange = 3,

    /// <summary>The value rose, for a measure with no single good direction.</summary>
    Up = 4,

    /// <summary>The value fell, for a measure with no single good direction.</summary>
    Down = 5,

    /// <summary>No direction: one of the two values is missing.</summary>
    NotAvailable = 6,
}
