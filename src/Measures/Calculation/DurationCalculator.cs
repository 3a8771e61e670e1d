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
/// Works out durations between two milestones from case records (entering care to placement with adopters;
/// placement order to match): the records of a period are those whose second milestone falls in it.
/// </summary>
/// <remarks>This type is immutable and thread-safe; records are enumerated once, in any order, with the same result.</remarks>
public sealed class DurationCalculator
{
    /// <summary>Creates a calculator.</summary>
    /// <param name="measureCode">The code of the measure the observation is for.</param>
    /// <exception cref="ArgumentException"><paramref name="measureCode"/> is empty.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DurationCalculator(string measureCode)
    {
        Preconditions.CheckNotNull(measureCode);
        Preconditions.CheckArgument(measureCode.Trim().Length > 0, nameof(measureCode), "The measure code is empty.");
        MeasureCode = measureCode;
    }

    /// <summary>Gets the code of the measure.</summary>
    public string MeasureCode { get; }

    /// <summary>The durations of the records whose end falls in <paramref name="period"/>.</summary>
    /// <param name="records">The records, enumerated once.</param>
    /// <param name="period">The period.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DurationResult Calculate(IEnumerable<CaseRecord> records, ReportingPeriod period)
    {
        Preconditions.CheckNotNull(records);
        var durations = new List<RecordDuration>();
        var excluded = new List<ExcludedRecord>();
        long total = 0;
        foreach (CaseRecord record in records)
        {
            if (record.End is not LocalDate end)
            {
                excluded.Add(new ExcludedRecord(record, "the second milestone has not been reached"));
            }
            else if (!period.Contains(end))
            {
                excluded.Add(new ExcludedRecord(record, Text($"reached {end:uuuu-MM-dd}, outside {period}")));
            }
            else if (end < record.Start)
            {
                excluded.Add(new ExcludedRecord(record, Text($"the second milestone {end:uuuu-MM-dd} is before the first {record.Start:uuuu-MM-dd}")));
            }
            else
            {
                int days = Period.DaysBetween(record.Start, end);
                durations.Add(new RecordDuration(record, days));
                total = checked(total + days);
            }
        }

        // Order by days, then by record so that ties list the same way whatever order the records came in.
        durations.Sort(static (a, b) =>
        {
            int c = a.Days.CompareTo(b.Days);
            return c != 0 ? c : CaseRecordOrder.Instance.Compare(a.Record, b.Record);
        });
        excluded.Sort(CaseRecordOrder.Instance);
        var observation = new Observation(MeasureCode, period, total, durations.Count);
        if (durations.Count == 0)
        {
            return new DurationResult(period, observation, null, null, null, null, null, durations, [], excluded);
        }

        decimal lower = Quantile(durations, 1, 4);
        decimal median = Quantile(durations, 1, 2);
        decimal upper = Quantile(durations, 3, 4);
        decimal spread = upper - lower;
        var outliers = durations.FindAll(d => d.Days < lower - (1.5m * spread) || d.Days > upper + (1.5m * spread));
        return new DurationResult(period, observation, median, lower, upper, durations[0].Days, durations[^1].Days, durations, outliers, excluded);
    }

    // Linear interpolation at position (n − 1) × p on the sorted values, p = numerator / denominator, exactly.
    private static decimal Quantile(List<RecordDuration> sorted, int numerator, int denominator)
    {
        long scaled = (long)(sorted.Count - 1) * numerator;
        int index = (int)(scaled / denominator);
        decimal fraction = (decimal)(scaled % denominator) / denominator;
        decimal value = sorted[index].Days;
        return fraction == 0 ? value : value + (fraction * (sorted[index + 1].Days - value));
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
