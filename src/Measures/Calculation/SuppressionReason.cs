namespace Measures.Calculation;

/// <summary>Why a published figure was suppressed.</summary>
public enum SuppressionReason : byte
{
    /// <summary>Not suppressed.</summary>
    None = 0,

    /// <summary>The count is below the policy's threshold (primary suppression).</summary>
    BelowThreshold = 1,

    /// <summary>
    /// The count is not small, but showing it would let a suppressed count be worked out from a total
    /// (secondary suppression).
    /// </summary>
    ProtectsAnotherCell = 2,

    /// <summary>A percentage or rate whose numerator or denominator is a suppressed count.</summary>
    BuiltOnSuppressedCount = 3,
}
