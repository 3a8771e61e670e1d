using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Measures.Definitions;
using Measures.Internal;
using Measures.Time;
using NodaTime;
using Measures.Observations;

namespace Measures.Calculation;

/// <summary>
/// Works out a recurrence measure from events: of the events in a period (referrals), how many followed an
/// earlier event for the same child within a window ("re-referrals within 12 months").
/// </summary>
/// <remarks>
/// An earlier event is one on an earlier day; it counts when it is on or after the event's date less the
/// window (a referral on 15 June 2024 is a re-referral if the child was referred on or after 15 June 2023).
/// Events outside the period count only as earlier events. This type is immutable and thread-safe;
/// the result does not depend on the order of the records.
/// </remarks>
public sealed class RecurrenceCalculator
{
    /// <summary>Creates a calculator.</summary>
    /// <param name="measureCode">The code of the measure.</param>
    /// <param name="window">How far back an earlier event counts: <c>Period.FromMonths(12)</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="measureCode"/> is empty, or the window is not a positive length of time.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RecurrenceCalculator(string measureCode, Period window)
    {
        Preconditions.CheckNotNull(measureCode);
        Preconditions.CheckNotNull(window);
        Preconditions.CheckArgument(measureCode.Trim().Length > 0, nameof(measureCode), "The measure code is empty.");
        Preconditions.CheckArgument(!window.HasTimeComponent && window.Normalize() != Period.Zero && new LocalDate(2000, 1, 1).Minus(window) < new LocalDate(2000, 1, 1), nameof(window), "The window must be a positive length of days, weeks, months or years.");
        MeasureCode = measureCode;
        Window = window;
    }

    /// <summary>Gets the code of the measure.</summary>
    public string MeasureCode { get; }

    /// <summary>Gets how far back an earlier event counts.</summary>
    public Period Window { get; }

    /// <summary>The recurrence among the events that fall in <paramref name="period"/>.</summary>
    /// <param name="records">Every event (referral) for the children, including those before the period; enumerated once.</param>
    /// <param name="period">The period.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RecurrenceResult Calculate(IEnumerable<CaseRecord> records, ReportingPeriod period)
    {
        Preconditions.CheckNotNull(records);
        var excluded = new List<ExcludedRecord>();
        var repeats = new List<CaseRecord>();
        long total = 0;
        foreach (var child in records.GroupBy(e => e.ChildId, StringComparer.Ordinal))
        {
            CaseRecord[] ordered = child.OrderBy(e => e.Start).ThenBy(e => e, CaseRecordOrder.Instance).ToArray();
            LocalDate? previousDay = null;
            LocalDate? latestEarlier = null;
            foreach (CaseRecord e in ordered)
            {
                if (previousDay is LocalDate p && p < e.Start)
                {
                    latestEarlier = p;
                }

                previousDay = e.Start;
                if (!period.Contains(e.Start))
                {
                    excluded.Add(new ExcludedRecord(e, string.Create(CultureInfo.InvariantCulture, $"on {e.Start:uuuu-MM-dd}, outside {period}")));
                    continue;
                }

                total++;
                if (latestEarlier is LocalDate earlier && earlier >= e.Start.Minus(Window))
                {
                    repeats.Add(e);
                }
            }
        }

        repeats.Sort(static (a, b) =>
        {
            int c = a.Start.CompareTo(b.Start);
            return c != 0 ? c : CaseRecordOrder.Instance.Compare(a, b);
        });
        excluded.Sort(CaseRecordOrder.Instance);
        return new RecurrenceResult(new Observation(MeasureCode, period, repeats.Count, total), repeats, excluded);
    }
}
