using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Measures.Returns;

namespace Measures.Indicators;

/// <summary>A child counted in a numerator or a denominator, with the records behind the count.</summary>
/// <param name="ChildId">The child (CHILD).</param>
/// <param name="Amount">What the child adds: 1 to a count of children, or a number of days to the numerator of an average.</param>
/// <param name="Records">Where each record behind the count was read from.</param>
/// <param name="Detail">What the records show, in words ("3 placements: from 01/04/2023, …"); may be empty.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CountedChild(string ChildId, long Amount, IReadOnlyList<RecordLocation> Records, string Detail)
{
    // Which of a child's records this is, where a figure counts records (referrals, plans) rather than children, so
    // that a breakdown can tell a child's records apart: "C1#0", "C1#1"; null where the figure counts children.
    internal string? Member { get; init; }

    /// <summary>The child as an explanation lists it: "C001 (Episodes.csv, line 4; Episodes.csv, line 5): detail".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string records = Records.Count == 0 ? string.Empty : " (" + string.Join("; ", Records.Select(r => r.ToString())) + ")";
        string amount = Amount == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" [{Amount}]");
        return ChildId + amount + records + (Detail.Length == 0 ? string.Empty : ": " + Detail);
    }
}
