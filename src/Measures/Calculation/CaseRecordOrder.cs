using System;
using System.Collections.Generic;

namespace Measures.Calculation;

/// <summary>
/// A total order on case records (record id, then child, dates, unit and exception), so that lists of
/// records come out the same whatever order the records were read in.
/// </summary>
internal sealed class CaseRecordOrder : IComparer<CaseRecord>, IComparer<ExcludedRecord>
{
    public static readonly CaseRecordOrder Instance = new();

    public int Compare(CaseRecord x, CaseRecord y)
    {
        int c = string.CompareOrdinal(x.RecordId, y.RecordId);
        c = c != 0 ? c : string.CompareOrdinal(x.ChildId, y.ChildId);
        c = c != 0 ? c : x.Start.CompareTo(y.Start);
        c = c != 0 ? c : Nullable.Compare(x.End, y.End);
        c = c != 0 ? c : string.CompareOrdinal(x.Unit, y.Unit);
        return c != 0 ? c : string.CompareOrdinal(x.ExceptionReason, y.ExceptionReason);
    }

    public int Compare(ExcludedRecord x, ExcludedRecord y)
    {
        int c = Compare(x.Record, y.Record);
        return c != 0 ? c : string.CompareOrdinal(x.Reason, y.Reason);
    }
}
