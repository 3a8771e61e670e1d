using System;
using System.Collections.Generic;
using System.Globalization;
using Measures.Definitions;
using Measures.Internal;
using Measures.Time;
using NodaTime;
using Measures.Observations;

namespace Measures.Calculation;

/// <summary>
/// Works out a count from case records: the records started in a period (referrals received, children
/// entering care) or the records open at its end (children looked after, child protection plans as at 31 March).
/// </summary>
/// <remarks>
/// A record is open as at a date when it started on or before that date and has not ended by it: an
/// episode that ends on the date itself is no longer open at its end. Give the population to
/// <see cref="CaseCountResult.PerPopulation(long)"/> for a rate (per 10,000 children with
/// <c>MeasureValueType.Rate(10_000).Calculate(count, population)</c>). This type is immutable and thread-safe; records are enumerated once.
/// </remarks>
public sealed class CaseCountCalculator
{
    /// <summary>Creates a calculator.</summary>
    /// <param name="measureCode">The code of the measure the count is for.</param>
    /// <param name="basis">What is counted: records started in the period, or open at its end.</param>
    /// <exception cref="ArgumentNullException">The measure code is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The basis is not one of <see cref="CaseCountBasis"/>.</exception>
    public CaseCountCalculator(string measureCode, CaseCountBasis basis)
    {
        MeasureCode = Preconditions.CheckNotNull(measureCode);
        Preconditions.CheckArgumentRange((int)basis, (int)CaseCountBasis.StartedIn, (int)CaseCountBasis.OpenAtEnd, nameof(basis));
        Basis = basis;
    }

    /// <summary>Gets the code of the measure the count is for.</summary>
    public string MeasureCode { get; }

    /// <summary>Gets what is counted.</summary>
    public CaseCountBasis Basis { get; }

    /// <summary>The count for <paramref name="period"/>.</summary>
    /// <param name="records">The records, enumerated once.</param>
    /// <param name="period">The period.</param>
    /// <returns>The count, with every record left out and why.</returns>
    /// <exception cref="ArgumentNullException">The records are null.</exception>
    public CaseCountResult Calculate(IEnumerable<CaseRecord> records, ReportingPeriod period) =>
        Basis == CaseCountBasis.StartedIn ? StartedIn(MeasureCode, records, period) : OpenAt(MeasureCode, records, period.End, period);

    /// <summary>The records whose start falls in <paramref name="period"/> (a flow).</summary>
    /// <param name="measureCode">The code of the measure.</param>
    /// <param name="records">The records, enumerated once.</param>
    /// <param name="period">The period.</param>
    /// <returns>The count, with every record left out and why.</returns>
    private static CaseCountResult StartedIn(string measureCode, IEnumerable<CaseRecord> records, ReportingPeriod period)
    {
        Preconditions.CheckNotNull(measureCode);
        Preconditions.CheckNotNull(records);
        long count = 0;
        var excluded = new List<ExcludedRecord>();
        foreach (CaseRecord record in records)
        {
            if (period.Contains(record.Start))
            {
                count = checked(count + 1);
            }
            else
            {
                excluded.Add(new ExcludedRecord(record, Text($"started {record.Start:uuuu-MM-dd}, outside {period}")));
            }
        }

        excluded.Sort(CaseRecordOrder.Instance);
        return new CaseCountResult(new Observation(measureCode, period, count, null), excluded);
    }

    /// <summary>The records open as at <paramref name="asAt"/> (a snapshot), reported for <paramref name="period"/>.</summary>
    /// <param name="measureCode">The code of the measure.</param>
    /// <param name="records">The records, enumerated once.</param>
    /// <param name="asAt">The snapshot date ("as at 31 July 2015").</param>
    /// <param name="period">The period the snapshot is reported for (usually the one ending on <paramref name="asAt"/>).</param>
    /// <returns>The count, with every record left out and why.</returns>
    private static CaseCountResult OpenAt(string measureCode, IEnumerable<CaseRecord> records, LocalDate asAt, ReportingPeriod period)
    {
        Preconditions.CheckNotNull(measureCode);
        Preconditions.CheckNotNull(records);
        long count = 0;
        var excluded = new List<ExcludedRecord>();
        foreach (CaseRecord record in records)
        {
            if (record.Start > asAt)
            {
                excluded.Add(new ExcludedRecord(record, Text($"started {record.Start:uuuu-MM-dd}, after {asAt:uuuu-MM-dd}")));
            }
            else if (record.End is LocalDate end && end <= asAt)
            {
                excluded.Add(new ExcludedRecord(record, Text($"ended {end:uuuu-MM-dd}, on or before {asAt:uuuu-MM-dd}")));
            }
            else
            {
                count = checked(count + 1);
            }
        }

        excluded.Sort(CaseRecordOrder.Instance);
        return new CaseCountResult(new Observation(measureCode, period, count, null), excluded);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
