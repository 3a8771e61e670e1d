using System.Collections.Generic;
using System.Linq;
using Measures.Returns;

namespace Measures.Indicators;

/// <summary>A child of the return left out of an indicator, and why.</summary>
/// <param name="ChildId">The child (CHILD).</param>
/// <param name="Reason">Why, as a kind.</param>
/// <param name="Detail">Why, in words ("no episode open on 31/03/2024", "aged 16 on 31/03/2024").</param>
/// <param name="Records">The records the reason rests on, where there are any.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ExcludedChild(string ChildId, ExclusionReason Reason, string Detail, IReadOnlyList<RecordLocation> Records)
{
    /// <summary>The child as an explanation lists it: "C009: short break: … (Episodes.csv, line 9)".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string records = Records.Count == 0 ? string.Empty : " (" + string.Join("; ", Records.Select(r => r.ToString())) + ")";
        return ChildId + ": " + Words(Reason) + ": " + Detail + records;
    }

    internal static string Words(ExclusionReason reason) => reason switch
    {
        ExclusionReason.ShortBreak => "short break",
        ExclusionReason.OutsideCohort => "outside the cohort",
        ExclusionReason.ProblemInReturn => "problem in the return",
        ExclusionReason.HistoryCutOff => "history cut off",
        _ => "record missing or inconsistent",
    };
}
