using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Measures.Observations;
using Measures.Returns;
using Measures.Returns.Sen2;
using Measures.Time;
using NodaTime;

namespace Measures.Indicators;

/// <summary>
/// One run over a SEN2 return's persons: both figures counted (no one named), or, for one measure, its plans named with
/// the reason for each (<c>explaining</c>). Both runs share every rule, so that a figure and its explanation agree.
/// </summary>
internal sealed class Sen2Computation(Sen2Return sen2, ReportingPeriod period, IndicatorOptions options, string? explaining)
{
    private readonly HashSet<string>? selected = options.Measures is { Count: > 0 } measures ? new HashSet<string>(measures.Select(m => m.Trim()), StringComparer.OrdinalIgnoreCase) : null;
    private readonly List<Observation> observations = [];
    private readonly List<BreakdownObservation> breakdowns = [];
    private readonly Dictionary<(string Code, string Breakdown), HashSet<string>> breakdownChildren = [];
    private IndicatorExplanation? explanation;

    private bool Explaining => explaining is not null;

    public IndicatorResult Run()
    {
        RunAll();
        IReadOnlyList<string> codes = selected is null ? Sen2Indicators.MeasureCodes : [.. Sen2Indicators.MeasureCodes.Where(selected.Contains)];
        var (source, of, with) = (sen2, period, options);
        return new IndicatorResult(period, observations.AsReadOnly(), breakdowns.AsReadOnly(), [], codes, code => new Sen2Computation(source, of, with, code).Explain(), breakdownChildren);
    }

    private IndicatorExplanation Explain()
    {
        RunAll();
        return explanation!;
    }

    private bool Selected(string code) =>
        explaining is not null ? string.Equals(explaining, code, StringComparison.OrdinalIgnoreCase) : selected is null || selected.Contains(code);

    private void RunAll()
    {
        Judge(Sen2Indicators.Within20Weeks, true, "Of the EHC plans (NamedPlan) with StartDate in the period, not transferred in and not marked as exceptions to the 20-week time limit, those whose StartDate is at most 140 days (20 weeks) after their request's ReceivedDate.");
        Judge(Sen2Indicators.Within20WeeksIncludingExceptions, false, "Of the EHC plans (NamedPlan) with StartDate in the period, not transferred in, exceptions included, those whose StartDate is at most 140 days (20 weeks) after their request's ReceivedDate.");
    }

    private void Judge(string code, bool excludeExceptions, string definition)
    {
        if (!Selected(code))
        {
            return;
        }

        var parts = Sen2Indicators.PartsUsedBy(code).Select(p => (int)p).ToHashSet();
        var problems = sen2.Problems.Where(p => p.ChildId is not null && parts.Contains(p.Part)).GroupBy(p => p.ChildId!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        long numerator = 0, denominator = 0;
        var counted = Explaining ? new List<CountedChild>() : null;
        var members = Explaining ? new List<CountedChild>() : null;
        var excluded = Explaining ? new List<ExcludedChild>() : null;
        var rows = options.Breakdowns != IndicatorBreakdowns.None && !Explaining ? new List<(string Sex, string Age, bool In, string Member)>() : null;
        foreach (var person in sen2.Persons)
        {
            if (problems.TryGetValue(person.PersonId, out var problem))
            {
                excluded?.Add(new ExcludedChild(person.PersonId, ExclusionReason.ProblemInReturn, problem.Problem.ToString(), [new RecordLocation(problem.Problem.Source, problem.Problem.Line)]));
                continue;
            }

            int ordinal = 0;
            bool touched = false;
            foreach (var request in person.Requests)
            {
                foreach (var plan in request.Assessments.SelectMany(a => a.Plans))
                {
                    if (plan.StartDate is not { } issued)
                    {
                        touched = true;
                        excluded?.Add(new ExcludedChild(person.PersonId, ExclusionReason.MissingOrInconsistentRecord, "a plan has no StartDate, so whether it was issued in the period is unknown", Known(plan.Location)));
                        continue;
                    }

                    if (!period.Contains(issued))
                    {
                        continue;
                    }

                    touched = true;
                    if (plan.Transferred)
                    {
                        excluded?.Add(new ExcludedChild(person.PersonId, ExclusionReason.OutsideCohort, $"the plan issued {Date(issued)} was transferred in from another council, not issued after a request here", Known(plan.Location)));
                        continue;
                    }

                    if (request.ReceivedDate is not { } received)
                    {
                        excluded?.Add(new ExcludedChild(person.PersonId, ExclusionReason.MissingOrInconsistentRecord, $"the plan issued {Date(issued)} belongs to a request with no ReceivedDate to time it from", Known(plan.Location)));
                        continue;
                    }

                    if (excludeExceptions && plan.TwentyWeekException == true)
                    {
                        excluded?.Add(new ExcludedChild(person.PersonId, ExclusionReason.OutsideCohort, $"the plan issued {Date(issued)} is marked as an exception to the 20-week time limit", Known(plan.Location)));
                        continue;
                    }

                    int days = Period.Between(received, issued, PeriodUnits.Days).Days;
                    bool inTime = days <= Sen2Indicators.TimeLimitDays;
                    string member = person.PersonId + "#" + ordinal.ToString(CultureInfo.InvariantCulture);
                    ordinal++;
                    denominator++;
                    string detail = Explaining ? string.Create(CultureInfo.InvariantCulture, $"request received {Date(received)}, plan issued {Date(issued)}: {days} days{(plan.TwentyWeekException == true ? " (an exception)" : string.Empty)}") : string.Empty;
                    members?.Add(new CountedChild(person.PersonId, 1, Known(plan.Location), detail) { Member = member });
                    if (inTime)
                    {
                        numerator++;
                        counted?.Add(new CountedChild(person.PersonId, 1, Known(plan.Location), detail) { Member = member });
                    }

                    rows?.Add((person.Sex ?? "unknown", AgeBand(person.DateOfBirth, issued), inTime, member));
                }
            }

            if (!touched)
            {
                excluded?.Add(new ExcludedChild(person.PersonId, ExclusionReason.OutsideCohort, "no EHC plan issued in the period", []));
            }
        }

        observations.Add(new Observation(code, period, numerator, denominator));
        if (rows is not null)
        {
            AddBreakdowns(code, rows);
        }

        if (Explaining)
        {
            explanation = new IndicatorExplanation(code, period, definition, Order(counted!), Order(members!), [.. excluded!.OrderBy(e => e.ChildId, StringComparer.Ordinal)], GeneralNotes(), null);
        }
    }

    private static List<CountedChild> Order(List<CountedChild> children) => [.. children.OrderBy(c => c.ChildId, StringComparer.Ordinal)];

    private List<string> GeneralNotes() =>
        [.. sen2.Problems.Where(p => p.ChildId is null).Select(p => "A problem of the return that concerns no one person: " + p.Problem)];

    private void AddBreakdowns(string code, List<(string Sex, string Age, bool In, string Member)> rows)
    {
        Add(IndicatorBreakdowns.Sex, "sex", r => r.Sex);
        Add(IndicatorBreakdowns.AgeBand, "age", r => r.Age);

        void Add(IndicatorBreakdowns which, string dimension, Func<(string Sex, string Age, bool In, string Member), string> value)
        {
            if ((options.Breakdowns & which) == 0)
            {
                return;
            }

            foreach (var group in rows.GroupBy(value).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var observation = new BreakdownObservation(dimension, group.Key, new Observation(code, period, group.LongCount(r => r.In), group.LongCount()));
                breakdowns.Add(observation);
                breakdownChildren[(code, observation.Breakdown)] = new HashSet<string>(group.Select(r => r.Member), StringComparer.Ordinal);
            }
        }
    }

    /// <summary>The age bands of the DfE's EHC plan statistics, by age on the day the plan was issued.</summary>
    internal static string AgeBand(LocalDate? born, LocalDate on)
    {
        if (born is not { } birth || on < birth)
        {
            return "unknown";
        }

        return Period.Between(birth, on, PeriodUnits.Years).Years switch
        {
            < 5 => "under-5",
            <= 10 => "5-10",
            <= 15 => "11-15",
            <= 19 => "16-19",
            <= 25 => "20-25",
            _ => "26-and-over",
        };
    }

    private static IReadOnlyList<RecordLocation> Known(RecordLocation record) => record.IsKnown ? [record] : [];

    private static string Date(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
