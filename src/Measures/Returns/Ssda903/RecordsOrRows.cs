using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Measures.Returns.Ssda903;

/// <summary>
/// One file's records held one of two ways: as rows (values in one array, as a return read from files holds them) or
/// as the public records (as a return made in code holds them). The other way is made the first time it is asked
/// for; should two threads ask at once, both get the same one. Neither is ever changed. Thread-safe.
/// </summary>
/// <typeparam name="TRecord">The public record.</typeparam>
/// <typeparam name="TRow">The row.</typeparam>
internal sealed class RecordsOrRows<TRecord, TRow>
{
    private readonly Func<TRow, TRecord> toRecord;
    private readonly Func<TRecord, TRow> toRow;
    private IReadOnlyList<TRecord>? records;

    // Boxed, so that the segment is published whole.
    private StrongBox<ArraySegment<TRow>>? rows;

    private RecordsOrRows(IReadOnlyList<TRecord>? records, StrongBox<ArraySegment<TRow>>? rows, Func<TRow, TRecord> toRecord, Func<TRecord, TRow> toRow) =>
        (this.records, this.rows, this.toRecord, this.toRow) = (records, rows, toRecord, toRow);

    /// <summary>Records held as they are given.</summary>
    public static RecordsOrRows<TRecord, TRow> OfRecords(IReadOnlyList<TRecord> records, Func<TRow, TRecord> toRecord, Func<TRecord, TRow> toRow) =>
        new(records, null, toRecord, toRow);

    /// <summary>Rows held as they are given.</summary>
    public static RecordsOrRows<TRecord, TRow> OfRows(ArraySegment<TRow> rows, Func<TRow, TRecord> toRecord, Func<TRecord, TRow> toRow) =>
        new(null, new(rows), toRecord, toRow);

    /// <summary>Gets the public records.</summary>
    public IReadOnlyList<TRecord> Records =>
        records ?? LazyInitializer.EnsureInitialized(ref records, () => Array.AsReadOnly(rows!.Value.Select(toRecord).ToArray()));

    /// <summary>Gets the rows, in the order of <see cref="Records"/>.</summary>
    public ArraySegment<TRow> Rows =>
        (rows ?? LazyInitializer.EnsureInitialized(ref rows, () => new(new ArraySegment<TRow>([.. records!.Select(toRow)])))).Value;
}
