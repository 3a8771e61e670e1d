using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Measures.Observations;
using Measures.Returns;
using Measures.Returns.Cin;
using Measures.Time;
using NodaTime;
using Child = Measures.Indicators.CinPrepared.Child;
using EpisodeRow = Measures.Returns.Cin.CinRows.EpisodeRow;
using ProtectionRow = Measures.Returns.Cin.CinRows.ProtectionRow;

namespace Measures.Indicators;

/// <summary>
/// One run over a census's children: every CIN figure counted (no one named), or, for one measure, its children and
/// records named with the reason for each (<see cref="explaining"/>). Both runs share every rule, so that a figure
/// and its explanation cannot disagree.
/// </summary>
internal sealed class CinComputation
{
    private readonly CinPrepared prepared;
    private readonly ReportingPeriod period;
    private readonly IndicatorOptions options;
    private readonly string? explaining;
    private readonly HashSet<string>? selected;
    private readonly WorkingDayCalendar calendar = WorkingDayCalendar.EnglandAndWales;
    private readonly List<Observation> observations = [];
    private readonly List<BreakdownObservation> breakdowns = [];
    private readonly List<IndicatorNote> notes = [];
    private readonly Dictionary<string, IndicatorExplanation> explanations = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Code, string Breakdown), HashSet<string>> breakdownChildren = [];
    private readonly string lastDay;
    private readonly string? periodGap;
    private readonly string? lastDayGap;
    private readonly int threads;
    private Dictionary<string, Tally>? counted;

    // Below this many children the figures are counted on one thread: starting others would cost more than it saves.
    private const int ParallelFrom = 4096;

    // explaining: the one measure whose children are named, or null to count every figure.
    public CinComputation(CinPrepared prepared, ReportingPeriod period, IndicatorOptions options, string? explaining, int threads = 0)
    {
        this.threads = threads > 0 ? threads : prepared.Count >= ParallelFrom ? Environment.ProcessorCount : 1;
        this.prepared = prepared;
        this.period = period;
        this.options = options;
        this.explaining = explaining;
        selected = options.Measures is { Count: > 0 } measures ? new HashSet<string>(measures.Select(m => m.Trim()), StringComparer.OrdinalIgnoreCase) : null;
        lastDay = Date(period.End);
        (periodGap, lastDayGap) = Coverage(prepared.Census.Header.ReferenceDate, period);
    }

    /// <summary>
    /// Why the census cannot hold every record of a figure for <paramref name="period"/>: a census holds the
    /// episodes open in its collection year (the year to its ReferenceDate), so a period reaching outside that year
    /// sees only part of its records. Null when the census's year covers the period (or the census gives no
    /// ReferenceDate to judge by).
    /// </summary>
    private static (string? Period, string? LastDay) Coverage(LocalDate? referenceDate, ReportingPeriod period)
    {
        if (referenceDate is not { } to)
        {
            return (null, null);
        }

        LocalDate from = to.PlusYears(-1).PlusDays(1);
        string covers = $"the census covers {Date(from)} to {Date(to)} (its collection year, to its ReferenceDate)";
        string? inPeriod = period.Start >= from && period.End <= to ? null
            : $"{covers}, but the period runs {Date(period.Start)} to {Date(period.End)}: records outside the census's year are not in it, so the figure counts only part of the period";
        string? onLastDay = period.End >= from && period.End <= to ? null
            : $"{covers}, but the period's last day is {Date(period.End)}: children open that day are in the census only if their records began within its year, so the figure is incomplete";
        return (inPeriod, onLastDay);
    }

    /// <summary>Why the census cannot cover <paramref name="code"/>'s records for the period, or null.</summary>
    private string? GapFor(string code) => code switch
    {
        CinIndicators.ChildrenInNeed or CinIndicators.ChildrenInNeedRate or CinIndicators.ProtectionPlans or CinIndicators.ProtectionPlansRate => lastDayGap,
        _ => periodGap,
    };

    private List<string> NotesFor(string code, params string[] more)
    {
        var all = new List<string>(prepared.GeneralNotes);
        all.AddRange(more);
        if (GapFor(code) is { } gap)
        {
            all.Add(gap);
        }

        return all;
    }

    private bool Explaining => explaining is not null;

    private bool WantsBreakdowns => options.Breakdowns != IndicatorBreakdowns.None && !Explaining;

    /// <summary>Counts every figure; the result explains a figure when asked, by a run that names its children.</summary>
    public IndicatorResult Run()
    {
        RunAll();
        var (source, of, with, on) = (prepared, period, options, threads);
        IReadOnlyList<string> codes = selected is null ? CinIndicators.MeasureCodes : [.. CinIndicators.MeasureCodes.Where(selected.Contains)];
        return new IndicatorResult(period, observations.AsReadOnly(), breakdowns.AsReadOnly(), notes.AsReadOnly(), codes, code => new CinComputation(source, of, with, code, on).Explain(), breakdownChildren);
    }

    /// <summary>Names the children of the one measure this run explains.</summary>
    public IndicatorExplanation Explain()
    {
        RunAll();
        return explanations[explaining!];
    }

    private void RunAll()
    {
        CountAll();
        string on = lastDay;
        var referrals = Judge(CinIndicators.Referrals, false, "CIN episodes (referrals) with CINreferralDate in the period.");
        Rate(CinIndicators.ReferralsRate, referrals, "Referrals in the period per 10,000 children aged 0 to 17; the denominator is the population.");
        Judge(CinIndicators.ReReferrals, true, "Of the referrals in the period, those whose child has another CIN episode with CINreferralDate on or after the referral date minus 12 months and before the referral date (a referral on the same day is not before it).");
        Judge(CinIndicators.AssessmentsIn45Days, true, "Of the assessments with AssessmentAuthorisationDate in the period, those authorised within 45 working days of their episode's CINreferralDate (England and Wales working days, counted from the day after the referral).");
        Judge(CinIndicators.ConferencesIn15Days, true, "Of the section 47 enquiries with DateOfInitialCPC in the period, those whose initial conference was within 15 working days of S47ActualStartDate (only Section47/DateOfInitialCPC times a conference).");
        var inNeed = Judge(CinIndicators.ChildrenInNeed, false, $"Children with a CIN episode open on {on} (referred on or before it, not closed by it) whose ReferralNFA is not true.");
        Rate(CinIndicators.ChildrenInNeedRate, inNeed, $"Children in need on {on} per 10,000 children aged 0 to 17; the denominator is the population.");
        var plans = Judge(CinIndicators.ProtectionPlans, false, $"Children with a child protection plan open on {on} (started on or before it, not ended by it).");
        Rate(CinIndicators.ProtectionPlansRate, plans, $"Children on a child protection plan on {on} per 10,000 children aged 0 to 17; the denominator is the population.");
        Judge(CinIndicators.SecondPlans, true, "Of the plans with CPPstartDate in the period, those with NumberOfPreviousCPP above 0 or whose child has a plan in the census that started earlier.");
        Judge(CinIndicators.PlansOfTwoYears, true, "Of the plans with CPPendDate in the period, those whose CPPendDate is on or after CPPstartDate plus 2 years.");
    }

    /// <summary>Whether <paramref name="code"/>'s figure is asked for: explained, or, when counting, among the options' measures.</summary>
    private bool Selected(string code) =>
        explaining is not null ? string.Equals(explaining, code, StringComparison.OrdinalIgnoreCase) : selected is null || selected.Contains(code);

    /// <summary>Whether <paramref name="code"/>'s figure is worked out: asked for, or needed by its rate.</summary>
    private bool Wanted(string code) => Selected(code) || Selected(code + "-rate");

    /// <summary>What one record is broken down by.</summary>
    private readonly record struct Dimensions(string Sex, string Age, string Need, string? Category);

    /// <summary>The records of one figure as they are counted: sums, and when explaining, who and why.</summary>
    private sealed class Tally(CinComputation owner, bool ratio)
    {
        private readonly List<(Dimensions Dims, long Numerator, string Member)>? rows = owner.WantsBreakdowns ? [] : null;
        private int ordinal;

        public long Numerator { get; private set; }

        public long Denominator { get; private set; }

        public List<CountedChild>? Counted { get; } = owner.Explaining ? [] : null;

        public List<CountedChild>? Members { get; } = owner.Explaining && ratio ? [] : null;

        public List<ExcludedChild>? Excluded { get; } = owner.Explaining ? [] : null;

        public IReadOnlyList<(Dimensions Dims, long Numerator, string Member)> Rows => rows ?? [];

        public bool Touched { get; private set; }

        public void Begin() => (ordinal, Touched) = (0, false);

        /// <summary>A record in the figure: of the denominator (a ratio's), and of the numerator when <paramref name="counted"/>.</summary>
        public void Add(Child child, bool counted, RecordLocation record, string detail, Dimensions dims)
        {
            Touched = true;
            // Named only where it is read: by an explanation, or by a breakdown's list of its records.
            string? member = Counted is not null || rows is not null ? child.Id + "#" + ordinal.ToString(CultureInfo.InvariantCulture) : null;
            ordinal++;
            if (ratio)
            {
                Denominator++;
                Members?.Add(new CountedChild(child.Id, 1, Known(record), detail) { Member = member });
            }

            if (counted)
            {
                Numerator++;
                Counted?.Add(new CountedChild(child.Id, 1, Known(record), detail) { Member = member });
            }

            rows?.Add((dims, counted ? 1 : 0, member!));
        }

        public void Exclude(Child child, ExclusionReason reason, string detail, RecordLocation? record = null)
        {
            Touched = true;
            Excluded?.Add(new ExcludedChild(child.Id, reason, detail, record is { } r ? Known(r) : []));
        }

        /// <summary>Adds the records of <paramref name="later"/>, counted from the children after this tally's.</summary>
        public void Join(Tally later)
        {
            Numerator += later.Numerator;
            Denominator += later.Denominator;
            Counted?.AddRange(later.Counted!);
            Members?.AddRange(later.Members!);
            Excluded?.AddRange(later.Excluded!);
            rows?.AddRange(later.rows!);
        }

        private static IReadOnlyList<RecordLocation> Known(RecordLocation record) => record.IsKnown ? [record] : [];
    }

    private Tally? Judge(string code, bool ratio, string definition)
    {
        if (!Wanted(code))
        {
            return null;
        }

        var tally = counted![code];
        if (Selected(code))
        {
            observations.Add(new Observation(code, period, tally.Numerator, ratio ? tally.Denominator : null));
            AddBreakdowns(code, tally, ratio);
            if (GapFor(code) is { } gap)
            {
                notes.Add(new IndicatorNote(code, gap));
            }
        }

        if (Explaining && Selected(code))
        {
            explanations[code] = new IndicatorExplanation(code, period, definition, tally.Counted!, tally.Members, tally.Excluded!, NotesFor(code), null);
        }

        return tally;
    }

    /// <summary>Counts the children's records of one figure: reads only the census, so figures count side by side.</summary>
    /// <summary>
    /// Counts every wanted figure in one pass over the children, each child judged for every figure while its rows are at
    /// hand (a pass a figure would fetch every row from memory once a figure). On more than one thread the children are
    /// cut into runs, each counted into tallies of its own, and the runs' tallies joined in the children's order, so the
    /// result is the same as counting on one thread.
    /// </summary>
    private void CountAll()
    {
        if (counted is not null)
        {
            return;
        }

        (string Code, bool Ratio, Action<Child, Tally> Judge)[] figures =
        [
            (CinIndicators.Referrals, false, ReferralsOf),
            (CinIndicators.ReReferrals, true, ReReferralsOf),
            (CinIndicators.AssessmentsIn45Days, true, AssessmentsOf),
            (CinIndicators.ConferencesIn15Days, true, ConferencesOf),
            (CinIndicators.ChildrenInNeed, false, InNeedOf),
            (CinIndicators.ProtectionPlans, false, OnPlanOf),
            (CinIndicators.SecondPlans, true, SecondPlansOf),
            (CinIndicators.PlansOfTwoYears, true, LongPlansOf),
        ];
        var wanted = figures.Where(f => Wanted(f.Code)).ToArray();

        // A few runs a thread, so that a thread given a run of busy children does not hold up the rest.
        int runs = threads <= 1 ? 1 : Math.Max(1, Math.Min(threads * 4, prepared.Count));
        var tallies = new Tally[runs][];
        if (runs == 1)
        {
            tallies[0] = CountRun(wanted, 0, prepared.Count);
        }
        else
        {
            System.Threading.Tasks.Parallel.For(
                0,
                runs,
                new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = threads },
                run => tallies[run] = CountRun(wanted, (int)((long)prepared.Count * run / runs), (int)((long)prepared.Count * (run + 1) / runs)));
        }

        counted = new Dictionary<string, Tally>(StringComparer.Ordinal);
        for (int f = 0; f < wanted.Length; f++)
        {
            var tally = tallies[0][f];
            for (int run = 1; run < runs; run++)
            {
                tally.Join(tallies[run][f]);
            }

            counted[wanted[f].Code] = tally;
        }
    }

    // Counts the children from <paramref name="from"/> to before <paramref name="to"/>, a tally a figure.
    private Tally[] CountRun((string Code, bool Ratio, Action<Child, Tally> Judge)[] figures, int from, int to)
    {
        var tallies = new Tally[figures.Length];
        var modules = new IReadOnlyList<CinModule>[figures.Length];
        for (int f = 0; f < figures.Length; f++)
        {
            tallies[f] = new Tally(this, figures[f].Ratio);
            modules[f] = CinIndicators.ModulesUsedBy(figures[f].Code);
        }

        for (int at = from; at < to; at++)
        {
            var child = prepared[at];
            for (int f = 0; f < figures.Length; f++)
            {
                var tally = tallies[f];
                if (child.Problems.Count > 0 && child.ProblemIn(modules[f]) is { } problem)
                {
                    tally.Exclude(child, ExclusionReason.ProblemInReturn, problem.Problem.ToString(), new RecordLocation(problem.Problem.Source, problem.Problem.Line));
                    continue;
                }

                tally.Begin();
                figures[f].Judge(child, tally);
                if (Explaining && !tally.Touched)
                {
                    tally.Exclude(child, ExclusionReason.OutsideCohort, "nothing of this child's falls in the figure: " + Cohort(figures[f].Code));
                }
            }
        }

        return tallies;
    }

    private string Cohort(string code) => code switch
    {
        CinIndicators.Referrals or CinIndicators.ReReferrals => "no referral in the period",
        CinIndicators.AssessmentsIn45Days => "no assessment authorised in the period",
        CinIndicators.ConferencesIn15Days => "no initial conference in the period",
        CinIndicators.ChildrenInNeed => "no CIN episode open on " + lastDay,
        CinIndicators.ProtectionPlans => "no plan open on " + lastDay,
        CinIndicators.SecondPlans => "no plan started in the period",
        _ => "no plan ended in the period",
    };

    private void Rate(string code, Tally? count, string definition)
    {
        if (!Selected(code) || count is null)
        {
            return;
        }

        if (options.Population is not { } population)
        {
            Unavailable(code, definition, "no population was given, so there is no rate per 10,000");
            return;
        }

        if (population.ChildrenAged0To17(period.End, out int year) is not { } children)
        {
            Unavailable(code, definition, $"the population file has no mid-year estimate on or before {lastDay} (its years are {string.Join(", ", population.Years)})");
            return;
        }

        observations.Add(new Observation(code, period, count.Numerator, children));
        if (GapFor(code) is { } gap)
        {
            notes.Add(new IndicatorNote(code, gap));
        }

        if (Explaining)
        {
            string source = year == 0
                ? string.Create(CultureInfo.InvariantCulture, $"the population is {children} children aged 0 to 17, as given")
                : string.Create(CultureInfo.InvariantCulture, $"the population is {children} children aged 0 to 17 in {population.Area}, the mid-year estimate for 30 June {year}");
            explanations[code] = new IndicatorExplanation(code, period, definition, count.Counted!, null, count.Excluded!, NotesFor(code, source), null);
        }
    }

    private void Unavailable(string code, string definition, string reason)
    {
        notes.Add(new IndicatorNote(code, reason));
        explanations[code] = new IndicatorExplanation(code, period, definition, [], null, [], prepared.GeneralNotes, reason);
    }

    private void AddBreakdowns(string code, Tally tally, bool ratio)
    {
        if (!WantsBreakdowns)
        {
            return;
        }

        Add(IndicatorBreakdowns.Sex, "sex", d => d.Sex);
        Add(IndicatorBreakdowns.AgeBand, "age", d => d.Age);
        Add(IndicatorBreakdowns.PrimaryNeed, "primary-need", d => d.Need);
        Add(IndicatorBreakdowns.CategoryOfAbuse, "category-of-abuse", d => d.Category);

        void Add(IndicatorBreakdowns which, string dimension, Func<Dimensions, string?> value)
        {
            // A dimension a figure's records do not have (a category of abuse for a referral) is not offered for it.
            if ((options.Breakdowns & which) == 0 || tally.Rows.Any(r => value(r.Dims) is null))
            {
                return;
            }

            foreach (var group in tally.Rows.GroupBy(r => value(r.Dims)!).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                long numerator = group.Sum(r => r.Numerator);
                var observation = new BreakdownObservation(dimension, group.Key, new Observation(code, period, numerator, ratio ? group.LongCount() : null));
                breakdowns.Add(observation);
                breakdownChildren[(code, observation.Breakdown)] = new HashSet<string>(group.Select(r => r.Member), StringComparer.Ordinal);
            }
        }
    }

    private static string Need(CinRows rows, in EpisodeRow episode) =>
        rows.Code(CinCodes.PrimaryNeeds, episode.PrimaryNeed) is { } need && !string.IsNullOrWhiteSpace(need) ? need.Trim().ToUpperInvariant() : "unknown";

    private static string Category(CinRows rows, in ProtectionRow plan) =>
        rows.Code(CinCodes.CategoriesOfAbuse, plan.LatestCategoryOfAbuse != 0 ? plan.LatestCategoryOfAbuse : plan.InitialCategoryOfAbuse) is { } category && !string.IsNullOrWhiteSpace(category)
            ? category.Trim().ToUpperInvariant()
            : "unknown";

    // The rows are those the episode stands in (a child given twice may have episodes in two parts' rows).
    private Dimensions Of(Child child, CinRows rows, in EpisodeRow episode, LocalDate day) =>
        WantsBreakdowns ? new Dimensions(child.Sex, child.AgeBandOn(day), Need(rows, in episode), null) : default;

    private Dimensions Of(Child child, CinRows rows, in EpisodeRow episode, LocalDate day, in ProtectionRow plan) =>
        WantsBreakdowns ? new Dimensions(child.Sex, child.AgeBandOn(day), Need(rows, in episode), Category(rows, in plan)) : default;

    private static string Date(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    // The record loops index their lists rather than enumerate them: an interface's enumerator is an allocation per
    // child per figure.
    private void ReferralsOf(Child child, Tally tally)
    {
        for (int atEpisode = 0; atEpisode < child.Episodes.Count; atEpisode++)
        {
            ref readonly var episode = ref child.Episodes[atEpisode];
            if (episode.ReferralDate is { } referral && period.Contains(referral))
            {
                tally.Add(child, true, child.Episodes.RowsOf(atEpisode).Location(episode.Where), Explaining ? $"referred {Date(referral)}" : string.Empty, Of(child, child.Episodes.RowsOf(atEpisode), in episode, referral));
            }
        }
    }

    private void ReReferralsOf(Child child, Tally tally)
    {
        for (int atEpisode = 0; atEpisode < child.Episodes.Count; atEpisode++)
        {
            ref readonly var episode = ref child.Episodes[atEpisode];
            if (episode.ReferralDate is not { } referral || !period.Contains(referral))
            {
                continue;
            }

            LocalDate from = referral.PlusMonths(-12);
            LocalDate? previous = null;
            for (int atOther = 0; atOther < child.Episodes.Count; atOther++)
            {
                if (child.Episodes[atOther].ReferralDate is { } earlier && earlier >= from && earlier < referral && (previous is null || earlier > previous))
                {
                    previous = earlier;
                }
            }

            string detail = !Explaining ? string.Empty
                : previous is null ? $"referred {Date(referral)}; no referral from {Date(from)} to the day before"
                : $"referred {Date(referral)}; referred before on {Date(previous!.Value)}, within 12 months";
            tally.Add(child, previous is not null, child.Episodes.RowsOf(atEpisode).Location(episode.Where), detail, Of(child, child.Episodes.RowsOf(atEpisode), in episode, referral));
        }
    }

    private void AssessmentsOf(Child child, Tally tally)
    {
        for (int atEpisode = 0; atEpisode < child.Episodes.Count; atEpisode++)
        {
            ref readonly var episode = ref child.Episodes[atEpisode];
            var assessments = child.Episodes.RowsOf(atEpisode).AssessmentsOf(in episode);
            for (int atAssessment = 0; atAssessment < assessments.Length; atAssessment++)
            {
                ref readonly var assessment = ref assessments[atAssessment];
                if (assessment.AuthorisationDate is not { } authorised || !period.Contains(authorised))
                {
                    continue;
                }

                if (episode.ReferralDate is not { } referral)
                {
                    tally.Exclude(child, ExclusionReason.MissingOrInconsistentRecord, $"an assessment authorised {Date(authorised)} belongs to an episode with no CINreferralDate to time it from", child.Episodes.RowsOf(atEpisode).Location(assessment.Where));
                    continue;
                }

                if (WorkingDays(referral, authorised) is not { } days)
                {
                    tally.Exclude(child, ExclusionReason.MissingOrInconsistentRecord, $"an assessment authorised {Date(authorised)} after a referral on {Date(referral)}: the working-day calendar does not cover those dates", child.Episodes.RowsOf(atEpisode).Location(assessment.Where));
                    continue;
                }

                string detail = Explaining ? string.Create(CultureInfo.InvariantCulture, $"referred {Date(referral)}, assessment authorised {Date(authorised)}: {days} working days") : string.Empty;
                tally.Add(child, days <= 45, child.Episodes.RowsOf(atEpisode).Location(assessment.Where), detail, Of(child, child.Episodes.RowsOf(atEpisode), in episode, authorised));
            }
        }
    }

    private void ConferencesOf(Child child, Tally tally)
    {
        for (int atEpisode = 0; atEpisode < child.Episodes.Count; atEpisode++)
        {
            ref readonly var episode = ref child.Episodes[atEpisode];
            var enquiries = child.Episodes.RowsOf(atEpisode).EnquiriesOf(in episode);
            for (int atEnquiry = 0; atEnquiry < enquiries.Length; atEnquiry++)
            {
                ref readonly var enquiry = ref enquiries[atEnquiry];
                if (enquiry.InitialConferenceDate is not { } conference || !period.Contains(conference))
                {
                    continue;
                }

                if (enquiry.StartDate is not { } start)
                {
                    tally.Exclude(child, ExclusionReason.MissingOrInconsistentRecord, $"an initial conference on {Date(conference)} belongs to a section 47 enquiry with no S47ActualStartDate to time it from", child.Episodes.RowsOf(atEpisode).Location(enquiry.Where));
                    continue;
                }

                if (WorkingDays(start, conference) is not { } days)
                {
                    tally.Exclude(child, ExclusionReason.MissingOrInconsistentRecord, $"an initial conference on {Date(conference)} after an enquiry begun {Date(start)}: the working-day calendar does not cover those dates", child.Episodes.RowsOf(atEpisode).Location(enquiry.Where));
                    continue;
                }

                string detail = Explaining ? string.Create(CultureInfo.InvariantCulture, $"section 47 enquiry begun {Date(start)}, initial conference {Date(conference)}: {days} working days") : string.Empty;
                tally.Add(child, days <= 15, child.Episodes.RowsOf(atEpisode).Location(enquiry.Where), detail, Of(child, child.Episodes.RowsOf(atEpisode), in episode, conference));
            }
        }
    }

    private void InNeedOf(Child child, Tally tally)
    {
        LocalDate day = period.End;
        RecordLocation? nfa = null;
        for (int atEpisode = 0; atEpisode < child.Episodes.Count; atEpisode++)
        {
            ref readonly var episode = ref child.Episodes[atEpisode];
            if (episode.ReferralDate is not { } referral || referral > day || (episode.ClosureDate is { } closed && closed <= day))
            {
                continue;
            }

            if (episode.ReferralNfa)
            {
                nfa = child.Episodes.RowsOf(atEpisode).Location(episode.Where);
                continue;
            }

            tally.Add(child, true, child.Episodes.RowsOf(atEpisode).Location(episode.Where), Explaining ? $"episode referred {Date(referral)}, open on {lastDay}" : string.Empty, Of(child, child.Episodes.RowsOf(atEpisode), in episode, day));
            return;
        }

        if (nfa is not null)
        {
            tally.Exclude(child, ExclusionReason.OutsideCohort, $"the only episode open on {lastDay} is a referral with no further action (ReferralNFA true)", nfa);
        }
    }

    private void OnPlanOf(Child child, Tally tally)
    {
        LocalDate day = period.End;
        for (int atEpisode = 0; atEpisode < child.Episodes.Count; atEpisode++)
        {
            ref readonly var episode = ref child.Episodes[atEpisode];
            var plans = child.Episodes.RowsOf(atEpisode).ProtectionPlansOf(in episode);
            for (int atPlan = 0; atPlan < plans.Length; atPlan++)
            {
                ref readonly var plan = ref plans[atPlan];
                if (plan.Start is { } start && start <= day && (plan.End is not { } end || end > day))
                {
                    tally.Add(child, true, child.Episodes.RowsOf(atEpisode).Location(plan.Where), Explaining ? $"plan begun {Date(start)}, open on {lastDay}" : string.Empty, Of(child, child.Episodes.RowsOf(atEpisode), in episode, day, in plan));
                    return;
                }
            }
        }
    }

    private void SecondPlansOf(Child child, Tally tally)
    {
        for (int atEpisode = 0; atEpisode < child.Episodes.Count; atEpisode++)
        {
            ref readonly var episode = ref child.Episodes[atEpisode];
            var plans = child.Episodes.RowsOf(atEpisode).ProtectionPlansOf(in episode);
            for (int atPlan = 0; atPlan < plans.Length; atPlan++)
            {
                ref readonly var plan = ref plans[atPlan];
                if (plan.Start is not { } start || !period.Contains(start))
                {
                    continue;
                }

                LocalDate? earlier = null;
                for (int atOtherEpisode = 0; atOtherEpisode < child.Episodes.Count; atOtherEpisode++)
                {
                    var others = child.Episodes.RowsOf(atOtherEpisode).ProtectionPlansOf(in child.Episodes[atOtherEpisode]);
                    for (int atOther = 0; atOther < others.Length; atOther++)
                    {
                        ref readonly var other = ref others[atOther];
                        if (other.Start is { } began && began < start && (earlier is null || began < earlier))
                        {
                            earlier = began;
                        }
                    }
                }

                bool second = plan.PreviousPlans > 0 || earlier is not null;
                string detail = !Explaining ? string.Empty
                    : second ? $"plan begun {Date(start)}; " + (plan.PreviousPlans > 0 ? string.Create(CultureInfo.InvariantCulture, $"NumberOfPreviousCPP {plan.PreviousPlans}") : $"an earlier plan began {Date(earlier!.Value)}")
                    : $"plan begun {Date(start)}; no previous plan";
                tally.Add(child, second, child.Episodes.RowsOf(atEpisode).Location(plan.Where), detail, Of(child, child.Episodes.RowsOf(atEpisode), in episode, start, in plan));
            }
        }
    }

    private void LongPlansOf(Child child, Tally tally)
    {
        for (int atEpisode = 0; atEpisode < child.Episodes.Count; atEpisode++)
        {
            ref readonly var episode = ref child.Episodes[atEpisode];
            var plans = child.Episodes.RowsOf(atEpisode).ProtectionPlansOf(in episode);
            for (int atPlan = 0; atPlan < plans.Length; atPlan++)
            {
                ref readonly var plan = ref plans[atPlan];
                if (plan.End is not { } end || !period.Contains(end))
                {
                    continue;
                }

                if (plan.Start is not { } start)
                {
                    tally.Exclude(child, ExclusionReason.MissingOrInconsistentRecord, $"a plan ended {Date(end)} has no CPPstartDate to measure it from", child.Episodes.RowsOf(atEpisode).Location(plan.Where));
                    continue;
                }

                bool long2 = end >= start.PlusYears(2);
                tally.Add(child, long2, child.Episodes.RowsOf(atEpisode).Location(plan.Where), Explaining ? $"plan {Date(start)} to {Date(end)}" + (long2 ? ": two years or more" : ": under two years") : string.Empty, Of(child, child.Episodes.RowsOf(atEpisode), in episode, end, in plan));
            }
        }
    }

    private int? WorkingDays(LocalDate from, LocalDate to)
    {
        if (from < calendar.FirstDate || to > calendar.LastDate || to < calendar.FirstDate || from > calendar.LastDate)
        {
            return null;
        }

        return calendar.WorkingDaysBetween(from, to);
    }
}
