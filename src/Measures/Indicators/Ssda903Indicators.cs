using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Measures.Internal;
using Measures.Observations;
using Measures.Returns;
using Measures.Returns.Ssda903;
using Measures.Time;
using NodaTime;
using NodaTime.Text;

namespace Measures.Indicators;

/// <summary>
/// The national indicators of children looked after, computed from an SSDA903 return for any period (a month, a
/// quarter, a financial year, rolling 12 months): "in the year" reads "in the period" and "31 March" reads "the
/// period's last day". Short breaks (legal status V3, V4) are removed first. Every figure names its children:
/// see <see cref="IndicatorResult.Explain(string)"/>.
/// </summary>
/// <remarks>This type is thread-safe.</remarks>
public static class Ssda903Indicators
{
    /// <summary>Children looked after on the period's last day (a count).</summary>
    public const string ChildrenLookedAfter = "cla-31-march";

    /// <summary>Children looked after on the period's last day per 10,000 children aged 0 to 17.</summary>
    public const string ChildrenLookedAfterRate = "cla-31-march-rate";

    /// <summary>Children who started to be looked after in the period (a count).</summary>
    public const string Started = "cla-started";

    /// <summary>Children who ceased to be looked after in the period (a count).</summary>
    public const string Ceased = "cla-ceased";

    /// <summary>Children looked after on the last day with three or more placements in the period.</summary>
    public const string ThreePlacements = "cla-3-placements";

    /// <summary>Long-term placement stability.</summary>
    public const string LongTermStability = "cla-long-term-stability";

    /// <summary>Children looked after in the period who went missing in it.</summary>
    public const string Missing = "cla-missing";

    /// <summary>Children in OC2 whose health check is up to date.</summary>
    public const string HealthCheck = "cla-health-check";

    /// <summary>Children in OC2 whose dental check is up to date.</summary>
    public const string DentalCheck = "cla-dental-check";

    /// <summary>Children in OC2 whose immunisations are up to date.</summary>
    public const string Immunisations = "cla-immunisations";

    /// <summary>Care leavers in OC3 in education, employment or training.</summary>
    public const string CareLeaversEet = "care-leavers-eet";

    /// <summary>Care leavers in OC3 in suitable accommodation.</summary>
    public const string CareLeaversAccommodation = "care-leavers-accommodation";

    /// <summary>Adoption A1: average days from entering care to moving in with the adoptive family.</summary>
    public const string AdoptionA1 = "adoption-a1";

    /// <summary>Adoption A1 over the 3 years ending on the period's last day.</summary>
    public const string AdoptionA1ThreeYear = "adoption-a1-3-year";

    /// <summary>Adoption A2: average days from the placement order to the match.</summary>
    public const string AdoptionA2 = "adoption-a2";

    /// <summary>Adoption A2 over the 3 years ending on the period's last day.</summary>
    public const string AdoptionA2ThreeYear = "adoption-a2-3-year";

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("dd/MM/uuuu");

    /// <summary>Gets every measure code the indicators yield, in catalogue order.</summary>
    public static IReadOnlyList<string> MeasureCodes { get; } =
    [
        ChildrenLookedAfter, ChildrenLookedAfterRate, Started, Ceased, ThreePlacements, LongTermStability, Missing,
        HealthCheck, DentalCheck, Immunisations, CareLeaversEet, CareLeaversAccommodation,
        AdoptionA1, AdoptionA1ThreeYear, AdoptionA2, AdoptionA2ThreeYear,
    ];

    /// <summary>
    /// The files whose problems touch each indicator: a child with a problem (read leniently) in one of them is
    /// left out of that indicator, and of no other.
    /// </summary>
    /// <param name="measureCode">The measure.</param>
    /// <returns>The files; the indicator needs all but the Header file to be present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measureCode"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is not an SSDA903 indicator.</exception>
    public static IReadOnlyList<Ssda903File> FilesUsedBy(string measureCode)
    {
        Preconditions.CheckNotNull(measureCode);
        return measureCode.Trim().ToLowerInvariant() switch
        {
            ChildrenLookedAfter or ChildrenLookedAfterRate or Started or Ceased or ThreePlacements => [Ssda903File.Episodes],
            LongTermStability => [Ssda903File.Episodes, Ssda903File.Header],
            Missing => [Ssda903File.Episodes, Ssda903File.Missing],
            HealthCheck or DentalCheck or Immunisations => [Ssda903File.Oc2],
            CareLeaversEet or CareLeaversAccommodation => [Ssda903File.Oc3],
            AdoptionA1 or AdoptionA1ThreeYear => [Ssda903File.Episodes],
            AdoptionA2 or AdoptionA2ThreeYear => [Ssda903File.Episodes, Ssda903File.Ad1],
            _ => throw new ArgumentException($"\"{measureCode}\" is not an SSDA903 indicator; the indicators are {string.Join(", ", MeasureCodes)}.", nameof(measureCode)),
        };
    }

    /// <summary>Computes every indicator of <paramref name="return"/> for <paramref name="period"/>.</summary>
    /// <param name="return">The return, read or made in code.</param>
    /// <param name="period">The period: any period; "31 March" reads its last day.</param>
    /// <param name="options">The population and breakdowns; <see cref="IndicatorOptions.Default"/> when null.</param>
    /// <returns>The observations, breakdowns and notes, and the children behind every figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="return"/> is null.</exception>
    public static IndicatorResult Compute(Ssda903Return @return, ReportingPeriod period, IndicatorOptions? options = null)
    {
        Preconditions.CheckNotNull(@return);
        options ??= IndicatorOptions.Default;
        var computation = new Computation(@return, period, options);
        return computation.Run();
    }

    internal static string Date(LocalDate date) => DatePattern.Format(date);

    /// <summary>The 36 months ending on the period's last day, as a window of its own.</summary>
    internal static ReportingPeriod ThreeYears(ReportingPeriod period)
    {
        LocalDate end = period.End;
        if (end.PlusDays(1).Day == 1 && end.Year > 3)
        {
            return ReportingPeriod.RollingMonths(36, new YearMonth(end.Year, end.Month));
        }

        return ReportingPeriod.DateRange(end.PlusYears(-3).PlusDays(1), end);
    }

    private sealed class Computation
    {
        private readonly Ssda903Return data;
        private readonly ReportingPeriod period;
        private readonly IndicatorOptions options;
        private readonly List<Ssda903Child> children;
        private readonly Dictionary<string, List<HealthOutcome>> oc2;
        private readonly Dictionary<string, List<CareLeaverOutcome>> oc3;
        private readonly Dictionary<string, List<AdoptionRecord>> ad1;
        private readonly Dictionary<string, List<MissingEpisode>> missing;
        private readonly List<Observation> observations = [];
        private readonly List<BreakdownObservation> breakdowns = [];
        private readonly List<IndicatorNote> notes = [];
        private readonly Dictionary<string, IndicatorExplanation> explanations = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<(string Code, string Breakdown), HashSet<string>> breakdownChildren = [];
        private readonly List<string> generalNotes;
        private readonly string lastDay;
        private readonly (ReportingPeriod Window, string Detail)[] notAdopted;

        public Computation(Ssda903Return data, ReportingPeriod period, IndicatorOptions options)
        {
            this.data = data;
            this.period = period;
            this.options = options;
            lastDay = Date(period.End);
            notAdopted = [(period, NotAdoptedDetail(period)), (ThreeYears(period), NotAdoptedDetail(ThreeYears(period)))];
            oc2 = ByChild(data.HealthOutcomes, r => r.ChildId);
            oc3 = ByChild(data.CareLeaverOutcomes, r => r.ChildId);
            ad1 = ByChild(data.Adoptions, r => r.ChildId);
            missing = ByChild(data.MissingEpisodes, r => r.ChildId);
            var headers = ByChild(data.Children, r => r.ChildId);
            var episodes = ByChild(data.Episodes, r => r.ChildId);
            var problems = ByChild(data.Problems.Where(p => p.ChildId is not null), r => r.ChildId!);
            var ids = new SortedSet<string>(StringComparer.Ordinal);
            ids.UnionWith(headers.Keys);
            ids.UnionWith(episodes.Keys);
            ids.UnionWith(oc2.Keys);
            ids.UnionWith(oc3.Keys);
            ids.UnionWith(ad1.Keys);
            ids.UnionWith(missing.Keys);
            ids.UnionWith(problems.Keys);
            children = [.. ids.Select(id => new Ssda903Child(id, headers.GetValueOrDefault(id) ?? [], episodes.GetValueOrDefault(id) ?? [], problems.GetValueOrDefault(id) ?? []))];
            generalNotes = [.. data.Problems.Where(p => p.ChildId is null).Select(p => "a problem that concerns no one child: " + p.Problem.ToString())];
        }

        public IndicatorResult Run()
        {
            LocalDate day = period.End;
            string on = Date(day);
            var cla = Count(ChildrenLookedAfter, $"Children with an episode (not a short break) open on {on}.", ClaOnDay);
            if (cla is not null)
            {
                AddBreakdowns(cla, ChildrenLookedAfter, (child, _) => child.OpenOn(day), _ => day);
                Rate(cla);
            }
            else
            {
                Unavailable(ChildrenLookedAfterRate, $"Children looked after on {on} per 10,000 children aged 0 to 17.");
            }

            var started = Count(Started, "Children with an episode with RNE S and DECOM in the period.", StartedIn);
            if (started is not null)
            {
                AddBreakdowns(started, Started, (child, _) => FirstIndex(child, e => Ssda903Child.Code(e.ReasonForNewEpisode) == "S" && period.Contains(e.Start)), e => e.Start);
            }

            var ceased = Count(Ceased, "Children with an episode with DEC in the period and REC other than X1 (an empty REC counts as ceased).", CeasedIn);
            if (ceased is not null)
            {
                AddBreakdowns(ceased, Ceased, (child, _) => LastIndex(child, IsCeasedInPeriod), e => e.End!.Value);
            }

            Ratio(ThreePlacements, $"Of the children looked after on {on}, those with 3 or more placements open on at least one day of the period.", ThreePlacementsOf);
            Ratio(LongTermStability, $"Of the children looked after on {on} aged under 16 that day whose period of care started on or before {Date(day.PlusMonths(-30))}, those whose current placement started on or before {Date(day.PlusYears(-2))}.", StabilityOf);
            Ratio(Missing, "Of the children with an episode open on at least one day of the period, those with a Missing row with MISSING M and MIS_START in the period.", MissingOf);
            Ratio(HealthCheck, "Of the children in the OC2 file, those with HEALTH_CHECK 1.", c => Oc2Of(c, h => h.HealthCheck, "HEALTH_CHECK"));
            Ratio(DentalCheck, "Of the children in the OC2 file, those with TEETH_CHECK 1.", c => Oc2Of(c, h => h.TeethCheck, "TEETH_CHECK"));
            Ratio(Immunisations, "Of the children in the OC2 file, those with IMMUNISATIONS 1.", c => Oc2Of(c, h => h.Immunisations, "IMMUNISATIONS"));
            Ratio(CareLeaversEet, "Of the young people in the OC3 file, those whose ACTIV is a full-time or part-time education, employment or training code (F1–F5, P1–P5).", c => Oc3Of(c, o => IsEet(o.Activity), "ACTIV", o => o.Activity));
            Ratio(CareLeaversAccommodation, "Of the young people in the OC3 file, those whose ACCOM code is marked suitable (a second character 1).", c => Oc3Of(c, o => IsSuitable(o.Accommodation), "ACCOM", o => o.Accommodation));
            var three = ThreeYears(period);
            Ratio(AdoptionA1, "Average days, for children adopted in the period (REC E11 or E12), from entering care (the RNE S of the period of care) to moving in with the adoptive family (the start of the placement they were adopted from; for an adoption by the foster carers, the day they moved in with them).", c => A1Of(c, period));
            Ratio(AdoptionA1ThreeYear, $"Adoption A1 over the 3 years {three}.", c => A1Of(c, three), three);
            Ratio(AdoptionA2, "Average days, for children adopted in the period (REC E11 or E12), from the placement order (the first episode with LS E1 or D1 in the period of care) to the match with the adopters (DATE_MATCH in AD1).", c => A2Of(c, period));
            Ratio(AdoptionA2ThreeYear, $"Adoption A2 over the 3 years {three}.", c => A2Of(c, three), three);
            return new IndicatorResult(period, observations.AsReadOnly(), breakdowns.AsReadOnly(), notes.AsReadOnly(), explanations, breakdownChildren);
        }

        private static Dictionary<string, List<T>> ByChild<T>(IEnumerable<T> records, Func<T, string> id)
        {
            var map = new Dictionary<string, List<T>>(StringComparer.Ordinal);
            foreach (var record in records)
            {
                string key = id(record).Trim();
                if (!map.TryGetValue(key, out var list))
                {
                    map[key] = list = [];
                }

                list.Add(record);
            }

            return map;
        }

        private bool IsCeasedInPeriod(Episode e) => e.End is { } end && period.Contains(end) && Ssda903Child.Code(e.ReasonEpisodeCeased) != "X1";

        private static int FirstIndex(Ssda903Child child, Func<Episode, bool> test)
        {
            for (int i = 0; i < child.Episodes.Count; i++)
            {
                if (test(child.Episodes[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        private static int LastIndex(Ssda903Child child, Func<Episode, bool> test)
        {
            for (int i = child.Episodes.Count - 1; i >= 0; i--)
            {
                if (test(child.Episodes[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        private string? MissingFile(string code)
        {
            var lacking = FilesUsedBy(code).Where(f => f != Ssda903File.Header && !data.Has(f)).ToList();
            return lacking.Count == 0 ? null : $"the return lacks the {string.Join(" and ", lacking.Select(FileName))} file{(lacking.Count > 1 ? "s" : string.Empty)}, which this indicator needs";
        }

        private static string FileName(Ssda903File file) => file switch
        {
            Ssda903File.Oc2 => "OC2",
            Ssda903File.Oc3 => "OC3",
            Ssda903File.Ad1 => "AD1",
            Ssda903File.SocialWorkerEpisodes => "SW_Episodes",
            Ssda903File.Uasc => "UASC",
            _ => file.ToString(),
        };

        private void Unavailable(string code, string definition, string? reason = null)
        {
            reason ??= MissingFile(code) ?? "no figure";
            notes.Add(new IndicatorNote(code, reason));
            explanations[code] = new IndicatorExplanation(code, period, definition, [], null, [], generalNotes, reason);
        }

        /// <summary>One child's part in a figure: counted (in the numerator and, for a ratio, the denominator), or left out.</summary>
        private readonly record struct Verdict(CountedChild? Denominator, CountedChild? Numerator, ExcludedChild? Excluded)
        {
            public static Verdict Out(string id, ExclusionReason reason, string detail, IEnumerable<RecordLocation>? records = null) =>
                new(null, null, new ExcludedChild(id, reason, detail, Known(records)));
        }

        private static IReadOnlyList<RecordLocation> Known(IEnumerable<RecordLocation>? records) => records is null ? [] : [.. records.Distinct()];

        private static CountedChild Counted(string id, long amount, IEnumerable<RecordLocation> records, string detail) => new(id, amount, Known(records), detail);

        private static CountedChild Counted(string id, IEnumerable<Episode> records, string detail) => Counted(id, 1, records.Select(e => e.Location), detail);

        private static ExcludedChild? ProblemOf(Ssda903Child child, IReadOnlyCollection<Ssda903File> files)
        {
            if (child.Problems.Count == 0)
            {
                return null;
            }

            var problem = child.ProblemIn(files);
            return problem is null ? null : new ExcludedChild(child.Id, ExclusionReason.ProblemInReturn, problem.Problem.ToString(), Known([new RecordLocation(problem.Problem.Source, problem.Problem.Line)]).Where(l => l.IsKnown).ToList());
        }

        private Figure? Count(string code, string definition, Func<Ssda903Child, Verdict> judge)
        {
            if (MissingFile(code) is not null)
            {
                Unavailable(code, definition);
                return null;
            }

            var figure = Judge(code, judge);
            observations.Add(new Observation(code, period, figure.Numerator.Count, null));
            explanations[code] = new IndicatorExplanation(code, period, definition, figure.Numerator, null, figure.Excluded, generalNotes, null);
            return figure;
        }

        private void Ratio(string code, string definition, Func<Ssda903Child, Verdict> judge, ReportingPeriod? own = null)
        {
            var of = own ?? period;
            if (MissingFile(code) is not null)
            {
                Unavailable(code, definition);
                return;
            }

            var figure = Judge(code, judge);
            observations.Add(new Observation(code, of, figure.Numerator.Sum(c => c.Amount), figure.Denominator.Count));
            explanations[code] = new IndicatorExplanation(code, of, definition, figure.Numerator, figure.Denominator, figure.Excluded, generalNotes, null);
        }

        private Figure Judge(string code, Func<Ssda903Child, Verdict> judge)
        {
            var numerator = new List<CountedChild>();
            var denominator = new List<CountedChild>();
            var excluded = new List<ExcludedChild>();
            var counted = new List<Ssda903Child>();
            var files = FilesUsedBy(code);
            foreach (var child in children)
            {
                if (ProblemOf(child, files) is { } problem)
                {
                    excluded.Add(problem);
                    continue;
                }

                var verdict = judge(child);
                if (verdict.Excluded is { } left)
                {
                    excluded.Add(left);
                    continue;
                }

                if (verdict.Denominator is { } d)
                {
                    denominator.Add(d);
                }

                if (verdict.Numerator is { } n)
                {
                    numerator.Add(n);
                    counted.Add(child);
                }
            }

            return new Figure(numerator.AsReadOnly(), denominator.AsReadOnly(), excluded.AsReadOnly(), counted);
        }

        private sealed record Figure(IReadOnlyList<CountedChild> Numerator, IReadOnlyList<CountedChild> Denominator, IReadOnlyList<ExcludedChild> Excluded, List<Ssda903Child> Counted);

        private void Rate(Figure cla)
        {
            string definition = $"Children looked after on {Date(period.End)} per 10,000 children aged 0 to 17; the denominator is the population.";
            if (options.Population is not { } population)
            {
                Unavailable(ChildrenLookedAfterRate, definition, "no population was given, so there is no rate per 10,000");
                return;
            }

            if (population.ChildrenAged0To17(period.End, out int year) is not { } children0To17)
            {
                Unavailable(ChildrenLookedAfterRate, definition, $"the population file has no mid-year estimate on or before {Date(period.End)} (its years are {string.Join(", ", population.Years)})");
                return;
            }

            observations.Add(new Observation(ChildrenLookedAfterRate, period, cla.Numerator.Count, children0To17));
            string source = year == 0
                ? string.Create(CultureInfo.InvariantCulture, $"the population is {children0To17} children aged 0 to 17, as given")
                : string.Create(CultureInfo.InvariantCulture, $"the population is {children0To17} children aged 0 to 17 in {population.Area}, the mid-year estimate for 30 June {year}");
            explanations[ChildrenLookedAfterRate] = new IndicatorExplanation(ChildrenLookedAfterRate, period, definition, cla.Numerator, null, cla.Excluded, [.. generalNotes, source], null);
        }

        private void AddBreakdowns(Figure figure, string code, Func<Ssda903Child, int, int> episodeOf, Func<Episode, LocalDate> ageDay)
        {
            if (options.Breakdowns == IndicatorBreakdowns.None)
            {
                return;
            }

            var rows = figure.Counted.Select(child =>
            {
                int index = episodeOf(child, 0);
                Episode? episode = index >= 0 ? child.Episodes[index] : null;
                int? age = episode is null ? null : child.AgeOn(ageDay(episode));
                return (Sex: Value(child.Header?.Sex), Age: AgeBand(age), Legal: Value(episode?.LegalStatus), Place: Value(episode?.Placement));
            }).ToList();
            Add(IndicatorBreakdowns.Sex, "sex", r => r.Sex);
            Add(IndicatorBreakdowns.AgeBand, "age", r => r.Age);
            Add(IndicatorBreakdowns.LegalStatus, "legal-status", r => r.Legal);
            Add(IndicatorBreakdowns.PlacementType, "placement", r => r.Place);

            void Add(IndicatorBreakdowns which, string dimension, Func<(string Sex, string Age, string Legal, string Place), string> value)
            {
                if ((options.Breakdowns & which) == 0)
                {
                    return;
                }

                foreach (var group in rows.Select((row, i) => (Row: row, Child: figure.Counted[i])).GroupBy(x => value(x.Row)).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    var observation = new BreakdownObservation(dimension, group.Key, new Observation(code, period, group.Count(), null));
                    breakdowns.Add(observation);
                    breakdownChildren[(code, observation.Breakdown)] = new HashSet<string>(group.Select(x => x.Child.Id), StringComparer.Ordinal);
                }
            }

            static string Value(string? code) => string.IsNullOrWhiteSpace(code) ? "unknown" : code.Trim();
        }

        private static string AgeBand(int? age) => age switch
        {
            null => "unknown",
            < 1 => "under-1",
            < 5 => "1-4",
            < 10 => "5-9",
            < 16 => "10-15",
            _ => "16-and-over",
        };

        private static Verdict NotLookedAfter(Ssda903Child child, string detail, Func<Episode, bool>? shortBreakWouldCount = null)
        {
            var breaks = child.ShortBreaks.Where(shortBreakWouldCount ?? (_ => false)).ToList();
            return breaks.Count > 0
                ? Verdict.Out(child.Id, ExclusionReason.ShortBreak, detail + "; only a short break (LS V3 or V4) would count", breaks.Select(e => e.Location))
                : Verdict.Out(child.Id, ExclusionReason.OutsideCohort, detail);
        }

        private Verdict ClaOnDay(Ssda903Child child)
        {
            LocalDate day = period.End;
            int open = child.OpenOn(day);
            if (open < 0)
            {
                return NotLookedAfter(child, "no episode open on " + lastDay, e => Ssda903Child.IsOpenOn(e.Start, e.End, day));
            }

            var episode = child.Episodes[open];
            var counted = Counted(child.Id, [episode], $"episode from {Date(episode.Start)} open on {lastDay}");
            return new Verdict(counted, counted, null);
        }

        private Verdict StartedIn(Ssda903Child child)
        {
            var starts = child.Episodes.Where(e => Ssda903Child.Code(e.ReasonForNewEpisode) == "S" && period.Contains(e.Start)).ToList();
            if (starts.Count == 0)
            {
                return NotLookedAfter(child, "no episode with RNE S starting in the period", e => Ssda903Child.Code(e.ReasonForNewEpisode) == "S" && period.Contains(e.Start));
            }

            var counted = Counted(child.Id, starts, "started on " + string.Join(", ", starts.Select(e => Date(e.Start))));
            return new Verdict(counted, counted, null);
        }

        private Verdict CeasedIn(Ssda903Child child)
        {
            var ends = child.Episodes.Where(IsCeasedInPeriod).ToList();
            if (ends.Count == 0)
            {
                return NotLookedAfter(child, "no episode ending in the period with REC other than X1", IsCeasedInPeriod);
            }

            var counted = Counted(child.Id, ends, "ceased on " + string.Join(", ", ends.Select(e => Date(e.End!.Value) + " (REC " + (string.IsNullOrWhiteSpace(e.ReasonEpisodeCeased) ? "empty" : e.ReasonEpisodeCeased!.Trim()) + ")")));
            return new Verdict(counted, counted, null);
        }

        private Verdict ThreePlacementsOf(Ssda903Child child)
        {
            var cla = ClaOnDay(child);
            if (cla.Excluded is not null)
            {
                return cla;
            }

            var placements = Enumerable.Range(0, child.PlacementCount)
                .Where(p => child.Placement(p) is var (start, end) && Ssda903Child.IsOpenDuring(start, end, period.Start, period.End))
                .ToList();
            var records = placements.SelectMany(child.EpisodesOf).Select(i => child.Episodes[i].Location).ToList();
            string detail = string.Create(CultureInfo.InvariantCulture, $"{placements.Count} placement{(placements.Count == 1 ? string.Empty : "s")} in the period: ") +
                string.Join(", ", placements.Select(p => child.Placement(p) is var (s, e) ? Date(s) + " to " + (e is { } end ? Date(end) : "open") : string.Empty));
            var denominator = Counted(child.Id, 1, records, detail);
            return new Verdict(denominator, placements.Count >= 3 ? denominator : null, null);
        }

        private Verdict StabilityOf(Ssda903Child child)
        {
            LocalDate day = period.End;
            var cla = ClaOnDay(child);
            if (cla.Excluded is not null)
            {
                return cla;
            }

            int open = child.OpenOn(day);
            var episode = child.Episodes[open];
            if (child.Header is null)
            {
                return Verdict.Out(child.Id, ExclusionReason.MissingOrInconsistentRecord, "no Header row, so no date of birth", [episode.Location]);
            }

            int age = child.AgeOn(day) ?? 0;
            if (age >= 16)
            {
                return Verdict.Out(child.Id, ExclusionReason.OutsideCohort, string.Create(CultureInfo.InvariantCulture, $"aged {age} on {lastDay}"), [child.Header.Location]);
            }

            int careStart = child.PeriodOfCareStart(open);
            if (careStart < 0)
            {
                return Verdict.Out(child.Id, ExclusionReason.HistoryCutOff, $"no episode with RNE S on or before {Date(episode.Start)}, so when the period of care began is unknown", [episode.Location]);
            }

            LocalDate began = child.Episodes[careStart].Start;
            if (began > day.PlusMonths(-30))
            {
                return Verdict.Out(child.Id, ExclusionReason.OutsideCohort, $"period of care began on {Date(began)}, after {Date(day.PlusMonths(-30))} (less than 2½ years)", [child.Episodes[careStart].Location]);
            }

            int first = child.FirstEpisodeOfPlacementOf(open);
            LocalDate placed = child.Episodes[first].Start;
            var records = new List<RecordLocation> { child.Header.Location, child.Episodes[careStart].Location };
            records.AddRange(child.EpisodesOf(child.PlacementOf(open)).Select(i => child.Episodes[i].Location));
            var counted = Counted(child.Id, 1, records, $"in care since {Date(began)}, current placement since {Date(placed)}");
            return new Verdict(counted, placed <= day.PlusYears(-2) ? counted : null, null);
        }

        private Verdict MissingOf(Ssda903Child child)
        {
            var open = child.Episodes.Where(e => Ssda903Child.IsOpenDuring(e.Start, e.End, period.Start, period.End)).ToList();
            if (open.Count == 0)
            {
                return NotLookedAfter(child, "no episode open on any day of the period", e => Ssda903Child.IsOpenDuring(e.Start, e.End, period.Start, period.End));
            }

            var went = (missing.GetValueOrDefault(child.Id) ?? []).Where(m => Ssda903Child.Code(m.Kind) == "M" && period.Contains(m.Start)).OrderBy(m => m.Start).ToList();
            var denominator = Counted(child.Id, open, "looked after in the period");
            if (went.Count == 0)
            {
                return new Verdict(denominator, null, null);
            }

            var numerator = Counted(child.Id, 1, open.Select(e => e.Location).Concat(went.Select(m => m.Location)), "missing from " + string.Join(", ", went.Select(m => Date(m.Start))));
            return new Verdict(denominator, numerator, null);
        }

        private Verdict Oc2Of(Ssda903Child child, Func<HealthOutcome, string?> field, string name)
        {
            if (!oc2.TryGetValue(child.Id, out var rows))
            {
                return Verdict.Out(child.Id, ExclusionReason.OutsideCohort, "not in the OC2 file");
            }

            var row = rows.OrderBy(r => r.Location.Line).First();
            string value = Ssda903Child.Code(field(row));
            var counted = Counted(child.Id, 1, [row.Location], name + " " + (value.Length == 0 ? "empty" : value));
            return new Verdict(counted, value == "1" ? counted : null, null);
        }

        private Verdict Oc3Of(Ssda903Child child, Func<CareLeaverOutcome, bool> test, string name, Func<CareLeaverOutcome, string?> field)
        {
            if (!oc3.TryGetValue(child.Id, out var rows))
            {
                return Verdict.Out(child.Id, ExclusionReason.OutsideCohort, "not in the OC3 file");
            }

            var row = rows.OrderBy(r => r.Location.Line).First();
            string value = Ssda903Child.Code(field(row));
            var counted = Counted(child.Id, 1, [row.Location], name + " " + (value.Length == 0 ? "empty" : value));
            return new Verdict(counted, test(row) ? counted : null, null);
        }

        private static bool IsEet(string? activity) => Ssda903Child.Code(activity) is { Length: 2 } code && code[0] is 'F' or 'P' && code[1] is >= '1' and <= '5';

        private static bool IsSuitable(string? accommodation) => Ssda903Child.Code(accommodation) is { Length: 2 } code && code[0] is >= 'A' and <= 'Z' && code[1] == '1';

        /// <summary>The episode the child was adopted from in <paramref name="window"/>: the latest with DEC in it and REC E11 or E12; -1 when none.</summary>
        private static int AdoptedIn(Ssda903Child child, ReportingPeriod window) =>
            LastIndex(child, e => e.End is { } end && window.Contains(end) && Ssda903Child.Code(e.ReasonEpisodeCeased) is "E11" or "E12");

        // Most children are not adopted: their detail is written once per window, not once per child.
        private string NotAdoptedIn(ReportingPeriod window)
        {
            foreach (var (known, detail) in notAdopted)
            {
                if (known == window)
                {
                    return detail;
                }
            }

            return NotAdoptedDetail(window);
        }

        private static string NotAdoptedDetail(ReportingPeriod window) => $"not adopted (REC E11 or E12) in {window}";

        private Verdict A1Of(Ssda903Child child, ReportingPeriod window)
        {
            int adopted = AdoptedIn(child, window);
            if (adopted < 0)
            {
                return Verdict.Out(child.Id, ExclusionReason.OutsideCohort, NotAdoptedIn(window));
            }

            var episode = child.Episodes[adopted];
            int careStart = child.PeriodOfCareStart(adopted);
            if (careStart < 0)
            {
                return Verdict.Out(child.Id, ExclusionReason.HistoryCutOff, $"no episode with RNE S on or before {Date(episode.Start)}, so when the child entered care is unknown", [episode.Location]);
            }

            int movedIn = child.FirstEpisodeOfPlacementOf(adopted);
            bool byFosterCarers = ad1.GetValueOrDefault(child.Id)?.Any(a => Ssda903Child.Code(a.FosterCare) == "1") == true;
            while (byFosterCarers && movedIn > careStart && Ssda903Child.Code(child.Episodes[movedIn].ReasonForNewEpisode) == "U")
            {
                movedIn = child.FirstEpisodeOfPlacementOf(movedIn - 1);
            }

            LocalDate entered = child.Episodes[careStart].Start;
            LocalDate moved = child.Episodes[movedIn].Start;
            int days = Period.DaysBetween(entered, moved);
            if (days < 0)
            {
                return Verdict.Out(child.Id, ExclusionReason.MissingOrInconsistentRecord, $"moved in on {Date(moved)}, before entering care on {Date(entered)}", [episode.Location]);
            }

            var records = new List<RecordLocation> { child.Episodes[careStart].Location, child.Episodes[movedIn].Location, episode.Location };
            var denominator = Counted(child.Id, 1, records, $"adopted {Date(episode.End!.Value)}");
            var numerator = Counted(child.Id, days, records, string.Create(CultureInfo.InvariantCulture, $"entered care {Date(entered)}, moved in {Date(moved)}{(byFosterCarers ? " (with the foster carers)" : string.Empty)}: {days} days"));
            return new Verdict(denominator, numerator, null);
        }

        private Verdict A2Of(Ssda903Child child, ReportingPeriod window)
        {
            int adopted = AdoptedIn(child, window);
            if (adopted < 0)
            {
                return Verdict.Out(child.Id, ExclusionReason.OutsideCohort, NotAdoptedIn(window));
            }

            var episode = child.Episodes[adopted];
            int careStart = Math.Max(0, child.PeriodOfCareStart(adopted));
            int order = -1;
            for (int i = careStart; i <= adopted && order < 0; i++)
            {
                if (Ssda903Child.Code(child.Episodes[i].LegalStatus) is "E1" or "D1")
                {
                    order = i;
                }
            }

            if (order < 0)
            {
                return Verdict.Out(child.Id, ExclusionReason.MissingOrInconsistentRecord, "no episode with a placement order (LS E1 or D1) before the adoption", [episode.Location]);
            }

            var match = (ad1.GetValueOrDefault(child.Id) ?? []).Where(a => a.MatchDate is not null).OrderByDescending(a => a.MatchDate).ThenBy(a => a.Location.Line).FirstOrDefault();
            if (match is null)
            {
                return Verdict.Out(child.Id, ExclusionReason.MissingOrInconsistentRecord, "no AD1 row with a DATE_MATCH", [episode.Location]);
            }

            LocalDate ordered = child.Episodes[order].Start;
            int days = Period.DaysBetween(ordered, match.MatchDate!.Value);
            var records = new List<RecordLocation> { child.Episodes[order].Location, match.Location, episode.Location };
            if (days < 0)
            {
                return Verdict.Out(child.Id, ExclusionReason.MissingOrInconsistentRecord, $"matched on {Date(match.MatchDate.Value)}, before the placement order on {Date(ordered)}", records);
            }

            var denominator = Counted(child.Id, 1, records, $"adopted {Date(episode.End!.Value)}");
            var numerator = Counted(child.Id, days, records, string.Create(CultureInfo.InvariantCulture, $"placement order {Date(ordered)}, matched {Date(match.MatchDate.Value)}: {days} days"));
            return new Verdict(denominator, numerator, null);
        }
    }
}
