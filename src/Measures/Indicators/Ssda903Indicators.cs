using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Measures.Internal;
using Measures.Observations;
using Measures.Returns;
using Measures.Returns.Ssda903;
using Measures.Time;
using NodaTime;

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
    /// <exception cref="ArgumentException"><see cref="IndicatorOptions.Measures"/> holds a code that is not an SSDA903 indicator.</exception>
    public static IndicatorResult Compute(Ssda903Return @return, ReportingPeriod period, IndicatorOptions? options = null) =>
        Compute(@return, period, options, Environment.ProcessorCount);

    /// <summary>Computes the indicators with or without the short way for files that list the children in order (the figures are the same; off only to prove it).</summary>
    internal static IndicatorResult Compute(Ssda903Return @return, ReportingPeriod period, IndicatorOptions? options, bool orderShortcuts) =>
        Compute(@return, period, options, Environment.ProcessorCount, orderShortcuts);

    /// <summary>Computes the indicators, the children put in order on at most <paramref name="threads"/> threads (the figures do not depend on it).</summary>
    internal static IndicatorResult Compute(Ssda903Return @return, ReportingPeriod period, IndicatorOptions? options, int threads, bool orderShortcuts = true)
    {
        Preconditions.CheckNotNull(@return);
        options ??= IndicatorOptions.Default;
        foreach (string code in options.Measures ?? [])
        {
            Preconditions.CheckArgument(
                code is not null && MeasureCodes.Contains(code.Trim(), StringComparer.OrdinalIgnoreCase),
                nameof(options),
                $"IndicatorOptions.Measures holds \"{code}\", which is not an SSDA903 indicator; the indicators are {string.Join(", ", MeasureCodes)}.");
        }

        var prepared = new PreparedReturn(@return, threads, orderShortcuts);
        return new Computation(prepared, period, options, null).Run();
    }

    internal static string Date(LocalDate date) => Ssda903Dates.Format(date);

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

    /// <summary>The return's records put child by child, once, and shared by every computation and explanation made from it.</summary>
    private sealed class PreparedReturn
    {
        public PreparedReturn(Ssda903Return data, int threads, bool orderShortcuts = true)
        {
            Data = data;
            Oc2 = ByChild(data.HealthOutcomes, r => r.ChildId);
            Oc3 = ByChild(data.CareLeaverOutcomes, r => r.ChildId);
            Ad1 = ByChild(data.Adoptions, r => r.ChildId);
            Missing = ByChild(data.MissingEpisodes, r => r.ChildId);
            // Every child gets a number as first seen; each file's records are then laid out child by child in one
            // array (a counting sort, keeping the rows' order), so that a national return costs no list per child.
            var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
            var headerRows = data.HeaderRows;
            var ids = new List<string>(headerRows.Count);
            var rows = data.EpisodeRows;
            using var headers = InOrder(headerRows, rows, ids, orderShortcuts, out var headerOf, out var episodeOf)
                ? new ByChildNumber<HeaderRow>(headerRows, headerOf.AsSpan(0, headerRows.Count), ids.Count, owned: true)
                : Grouped(headerRows, r => r.ChildId, numbers, ids, owned: true);
            using var episodes = episodeOf is not null
                ? new ByChildNumber<EpisodeRow>(rows, episodeOf.AsSpan(0, rows.Count), ids.Count, owned: true)
                : Grouped(rows, r => r.ChildId, numbers, ids, owned: true);
            Give(headerOf);
            Give(episodeOf);
            ReturnProblem[] withChild = [.. data.Problems.Where(p => p.ChildId is not null)];
            if (numbers.Count < ids.Count && (withChild.Length > 0 || Oc2.Count + Oc3.Count + Ad1.Count + Missing.Count > 0))
            {
                for (int n = 0; n < ids.Count; n++)
                {
                    numbers[ids[n]] = n;
                }
            }

            using var problems = Grouped(withChild, r => r.ChildId!, numbers, ids);
            foreach (string id in Oc2.Keys.Concat(Oc3.Keys).Concat(Ad1.Keys).Concat(Missing.Keys))
            {
                Number(id, numbers, ids);
            }

            // Children in order of their identifiers; a return's files usually list them so already.
            // (Null when they are: no array of a hundred thousand numbers that says nothing.)
            int[]? order = null;
            if (!InOrdinalOrder(ids))
            {
                order = [.. Enumerable.Range(0, ids.Count)];
                Array.Sort([.. ids], order, StringComparer.Ordinal);
            }

            // Each child is put in order on its own, so the children are shared out between the processors in runs.
            var children = new Ssda903Child[ids.Count];
            try
            {
                if (children.Length > 0)
                {
                    Prepare();
                }
            }
            catch (AggregateException failed) when (failed.InnerExceptions.Count > 0)
            {
                ExceptionDispatchInfo.Capture(failed.InnerExceptions[0]).Throw();
                throw;
            }

            Children = children;
            Threads = Math.Max(1, threads);

            void Prepare() => Parallel.ForEach(
                Partitioner.Create(0, children.Length, Math.Max(4096, children.Length / (4 * Math.Max(1, threads)))),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) },
                run =>
                {
                    for (int i = run.Item1; i < run.Item2; i++)
                    {
                        int n = order is null ? i : order[i];
                        children[i] = new Ssda903Child(ids[n], headers.Segment(n), episodes.Segment(n), problems.Of(n));
                    }
                });

            GeneralNotes = [.. data.Problems.Where(p => p.ChildId is null).Select(p => "a problem that concerns no one child: " + p.Problem.ToString())];
        }

        public Ssda903Return Data { get; }

        public Ssda903Child[] Children { get; }

        /// <summary>Gets how many threads the children may be judged on.</summary>
        public int Threads { get; }

        public Dictionary<string, List<HealthOutcome>> Oc2 { get; }

        public Dictionary<string, List<CareLeaverOutcome>> Oc3 { get; }

        public Dictionary<string, List<AdoptionRecord>> Ad1 { get; }

        public Dictionary<string, List<MissingEpisode>> Missing { get; }

        public List<string> GeneralNotes { get; }

        private static int Number(string id, Dictionary<string, int> numbers, List<string> ids)
        {
            ref int number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, id, out bool known);
            if (!known)
            {
                number = ids.Count;
                ids.Add(id);
            }

            return number;
        }

        // Header and Episodes usually list the children in ordinal order, each id trimmed: the children are then
        // numbered in that order by one pass through both files, with no look-up of a hundred thousand strings.
        private static bool InOrder(ArraySegment<HeaderRow> headers, ArraySegment<EpisodeRow> episodes, List<string> ids, bool shortcuts, out int[]? headerOf, out int[]? episodeOf)
        {
            headerOf = episodeOf = null;
            if (!shortcuts || !InOrder(headers.Count, i => headers[i].ChildId) || !InOrder(episodes.Count, i => episodes[i].ChildId))
            {
                return false;
            }

            headerOf = ArrayPool<int>.Shared.Rent(headers.Count);
            episodeOf = ArrayPool<int>.Shared.Rent(episodes.Count);
            int h = 0;
            int e = 0;
            while (h < headers.Count || e < episodes.Count)
            {
                string id = h == headers.Count ? episodes[e].ChildId
                    : e == episodes.Count ? headers[h].ChildId
                    : string.CompareOrdinal(headers[h].ChildId, episodes[e].ChildId) <= 0 ? headers[h].ChildId : episodes[e].ChildId;
                int number = ids.Count;
                ids.Add(id);
                while (h < headers.Count && headers[h].ChildId == id)
                {
                    headerOf[h++] = number;
                }

                while (e < episodes.Count && episodes[e].ChildId == id)
                {
                    episodeOf[e++] = number;
                }
            }

            return true;
        }

        private static bool InOrder(int count, Func<int, string> id)
        {
            string? previous = null;
            for (int i = 0; i < count; i++)
            {
                string current = id(i);
                if (current.Length > 0 && (char.IsWhiteSpace(current[0]) || char.IsWhiteSpace(current[^1])))
                {
                    return false;
                }

                if (previous is not null && string.CompareOrdinal(previous, current) > 0)
                {
                    return false;
                }

                previous = current;
            }

            return true;
        }

        private static void Give(int[]? rented)
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }

        private static bool InOrdinalOrder(List<string> ids)
        {
            for (int i = 1; i < ids.Count; i++)
            {
                if (string.CompareOrdinal(ids[i - 1], ids[i]) > 0)
                {
                    return false;
                }
            }

            return true;
        }

        private static ByChildNumber<T> Grouped<T>(IReadOnlyList<T> records, Func<T, string> id, Dictionary<string, int> numbers, List<string> ids, bool owned = false)
        {
            int[] childOf = ArrayPool<int>.Shared.Rent(records.Count);
            try
            {
                for (int i = 0; i < records.Count; i++)
                {
                    childOf[i] = Number(id(records[i]).Trim(), numbers, ids);
                }

                return new ByChildNumber<T>(records, childOf.AsSpan(0, records.Count), ids.Count, owned);
            }
            finally
            {
                ArrayPool<int>.Shared.Return(childOf);
            }
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
    }

    /// <summary>
    /// Records laid out child by child: those of child number n are <see cref="Of"/>(n), in the order given. Its
    /// arrays are borrowed from the shared pool (each child copies its own records out), and given back on disposal;
    /// when owned, the records' array is its own, and each child keeps its stretch of it (<see cref="Segment"/>).
    /// </summary>
    private sealed class ByChildNumber<T> : IDisposable
    {
        private readonly T[] records;
        private readonly int[] starts;
        private readonly int length;
        private readonly bool owned;
        private readonly int offset;

        public ByChildNumber(IReadOnlyList<T> given, ReadOnlySpan<int> childOf, int children, bool owned)
        {
            this.owned = owned;
            length = children + 2;
            starts = ArrayPool<int>.Shared.Rent(length);
            Array.Clear(starts, 0, length);
            foreach (int child in childOf)
            {
                starts[child + 2]++;
            }

            for (int c = 2; c < length; c++)
            {
                starts[c] += starts[c - 1];
            }

            // A return's files usually list each child's rows together, in the order the children were numbered:
            // the layout is then the records as given, and an owned layout keeps to their array.
            if (owned && given is ArraySegment<T> { Array: { } array } segment && IsNonDecreasing(childOf))
            {
                (records, offset) = (array, segment.Offset);
                foreach (int child in childOf)
                {
                    starts[child + 1]++;
                }

                return;
            }

            records = owned ? new T[given.Count] : ArrayPool<T>.Shared.Rent(given.Count);
            for (int i = 0; i < childOf.Length; i++)
            {
                records[starts[childOf[i] + 1]++] = given[i];
            }
        }

        /// <summary>The records of child number <paramref name="child"/>; none for a child numbered after these records were laid out.</summary>
        public ReadOnlySpan<T> Of(int child) => Segment(child);

        /// <summary>The stretch of child number <paramref name="child"/>, in the records' array.</summary>
        public ArraySegment<T> Segment(int child) => child + 1 < length ? new(records, offset + starts[child], starts[child + 1] - starts[child]) : ArraySegment<T>.Empty;

        private static bool IsNonDecreasing(ReadOnlySpan<int> values)
        {
            for (int i = 1; i < values.Length; i++)
            {
                if (values[i] < values[i - 1])
                {
                    return false;
                }
            }

            return true;
        }

        public void Dispose()
        {
            ArrayPool<int>.Shared.Return(starts);
            if (!owned)
            {
                ArrayPool<T>.Shared.Return(records, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
            }
        }
    }

    /// <summary>
    /// One run over the children: every figure counted (no child named), or, for one measure, its children named
    /// with the records and reasons behind each (<see cref="explaining"/>). Both runs share every rule, so that a
    /// figure and its explanation cannot disagree.
    /// </summary>
    private sealed class Computation
    {
        private readonly PreparedReturn prepared;
        private readonly Ssda903Return data;
        private readonly ReportingPeriod period;
        private readonly IndicatorOptions options;
        private readonly Ssda903Child[] children;
        private readonly Dictionary<string, List<AdoptionRecord>> ad1;
        private readonly Dictionary<string, List<MissingEpisode>> missing;
        private readonly Dictionary<string, List<HealthOutcome>> oc2;
        private readonly Dictionary<string, List<CareLeaverOutcome>> oc3;
        private readonly List<Observation> observations = [];
        private readonly List<BreakdownObservation> breakdowns = [];
        private readonly List<IndicatorNote> notes = [];
        private readonly Dictionary<string, IndicatorExplanation> explanations = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<(string Code, string Breakdown), HashSet<string>> breakdownChildren = [];
        private readonly List<string> generalNotes;
        private readonly string lastDay;
        private readonly (ReportingPeriod Window, string Detail)[] notAdopted;
        private readonly string? explaining;
        private readonly HashSet<string>? selected;

        // explaining: the one measure whose children are named, or null to count every figure.
        public Computation(PreparedReturn prepared, ReportingPeriod period, IndicatorOptions options, string? explaining)
        {
            this.prepared = prepared;
            data = prepared.Data;
            this.period = period;
            this.options = options;
            this.explaining = explaining;
            selected = options.Measures is { Count: > 0 } measures ? new HashSet<string>(measures.Select(m => m.Trim()), StringComparer.OrdinalIgnoreCase) : null;
            lastDay = Date(period.End);
            notAdopted = [(period, NotAdoptedDetail(period)), (ThreeYears(period), NotAdoptedDetail(ThreeYears(period)))];
            children = prepared.Children;
            oc2 = prepared.Oc2;
            oc3 = prepared.Oc3;
            ad1 = prepared.Ad1;
            missing = prepared.Missing;
            generalNotes = prepared.GeneralNotes;
        }

        private bool Explaining => explaining is not null;

        /// <summary>Counts every figure; the result explains a figure when asked, by a run that names its children.</summary>
        public IndicatorResult Run()
        {
            RunAll();
            var (source, of, with) = (prepared, period, options);
            IReadOnlyList<string> codes = selected is null ? MeasureCodes : [.. MeasureCodes.Where(selected.Contains)];
            return new IndicatorResult(period, observations.AsReadOnly(), breakdowns.AsReadOnly(), notes.AsReadOnly(), codes, code => new Computation(source, of, with, code).Explain(), breakdownChildren);
        }

        /// <summary>Names the children of the one measure this run explains.</summary>
        public IndicatorExplanation Explain()
        {
            RunAll();
            return explanations[explaining!];
        }

        private void RunAll()
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
        }

        private bool IsCeasedInPeriod(EpisodeRow e) => e.End is { } end && period.Contains(end) && Ssda903Child.Code(e.ReasonEpisodeCeased) != "X1";

        private static int FirstIndex(Ssda903Child child, Func<EpisodeRow, bool> test)
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

        private static int LastIndex(Ssda903Child child, Func<EpisodeRow, bool> test)
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
            if (!Selected(code))
            {
                return;
            }

            reason ??= MissingFile(code) ?? "no figure";
            notes.Add(new IndicatorNote(code, reason));
            explanations[code] = new IndicatorExplanation(code, period, definition, [], null, [], generalNotes, reason);
        }

        /// <summary>What one child adds to a numerator or a denominator, and, when explaining, who and why.</summary>
        private readonly record struct Part(long Amount, CountedChild? Child);

        /// <summary>One child's part in a figure: counted (in the numerator and, for a ratio, the denominator), or left out.</summary>
        private readonly record struct Verdict(Part? Denominator, Part? Numerator, bool IsOut, ExcludedChild? Excluded)
        {
            public Verdict(Part denominator, Part? numerator)
                : this(denominator, numerator, false, null)
            {
            }
        }

        /// <summary>The words of an explanation, written only when explaining: counting every figure writes none.</summary>
        [InterpolatedStringHandler]
        private ref struct Detail
        {
            private readonly bool on;
            private DefaultInterpolatedStringHandler text;

            public Detail(int literalLength, int formattedCount, Computation computation, out bool shouldAppend)
            {
                on = shouldAppend = computation.Explaining;
                text = on ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
            }

            public void AppendLiteral(string value) => text.AppendLiteral(value);

            public void AppendFormatted<T>(T value) => text.AppendFormatted(value);

            public void AppendFormatted(string? value) => text.AppendFormatted(value);

            public string Text() => on ? text.ToStringAndClear() : string.Empty;
        }

        private Verdict Out(string id, ExclusionReason reason, [InterpolatedStringHandlerArgument("")] ref Detail detail, IEnumerable<RecordLocation>? records = null) =>
            Out(id, reason, detail.Text(), records);

        private Verdict Out(string id, ExclusionReason reason, string detail, IEnumerable<RecordLocation>? records = null) =>
            new(null, null, true, Explaining ? new ExcludedChild(id, reason, detail, Known(records)) : null);

        private Verdict Out(string id, ExclusionReason reason, [InterpolatedStringHandlerArgument("")] ref Detail detail, RecordLocation record) =>
            Out(id, reason, detail.Text(), Explaining ? [record] : null);

        private static IReadOnlyList<RecordLocation> Known(IEnumerable<RecordLocation>? records) => records is null ? [] : [.. records.Distinct()];

        private Part Counted(string id, long amount, IEnumerable<RecordLocation> records, [InterpolatedStringHandlerArgument("")] ref Detail detail) =>
            Counted(id, amount, records, detail.Text());

        private Part Counted(string id, RecordLocation record, [InterpolatedStringHandlerArgument("")] ref Detail detail) =>
            Counted(id, 1, Explaining ? [record] : [], detail.Text());

        private Part Counted(string id, long amount, IEnumerable<RecordLocation> records, string detail) =>
            new(amount, Explaining ? new CountedChild(id, amount, Known(records), detail) : null);

        private Part Counted(string id, IEnumerable<EpisodeRow> records, [InterpolatedStringHandlerArgument("")] ref Detail detail) =>
            Counted(id, 1, records.Select(e => e.Location), detail.Text());

        private Part Counted(string id, IEnumerable<EpisodeRow> records, string detail) => Counted(id, 1, records.Select(e => e.Location), detail);

        /// <summary>Whether <paramref name="code"/>'s figure is asked for: explained, or, when counting, among the options' measures.</summary>
        private bool Selected(string code) =>
            explaining is not null ? string.Equals(explaining, code, StringComparison.OrdinalIgnoreCase) : selected is null || selected.Contains(code);

        /// <summary>Whether <paramref name="code"/>'s figure is broken down: only then are its children gathered by place for the breakdowns.</summary>
        private bool BrokenDown(string code) => options.Breakdowns != IndicatorBreakdowns.None && !Explaining && Selected(code);

        /// <summary>Whether <paramref name="code"/>'s figure is worked out: asked for, or needed by one asked for (the rate needs the count).</summary>
        private bool Wanted(string code) => Selected(code) || (code == ChildrenLookedAfter && Selected(ChildrenLookedAfterRate));

        private Figure? Count(string code, string definition, Func<Ssda903Child, Verdict> judge)
        {
            if (!Wanted(code))
            {
                return null;
            }

            if (MissingFile(code) is not null)
            {
                Unavailable(code, definition);
                return null;
            }

            var figure = Judge(code, judge);
            if (Selected(code))
            {
                observations.Add(new Observation(code, period, figure.NumeratorSum, null));
            }

            if (Explaining)
            {
                explanations[code] = new IndicatorExplanation(code, period, definition, figure.Numerator!, null, figure.Excluded!, generalNotes, null);
            }

            return figure;
        }

        private void Ratio(string code, string definition, Func<Ssda903Child, Verdict> judge, ReportingPeriod? own = null)
        {
            if (!Wanted(code))
            {
                return;
            }

            var of = own ?? period;
            if (MissingFile(code) is not null)
            {
                Unavailable(code, definition);
                return;
            }

            var figure = Judge(code, judge);
            observations.Add(new Observation(code, of, figure.NumeratorSum, figure.DenominatorCount));
            AddRatioBreakdowns(figure, code, of);
            if (Explaining)
            {
                explanations[code] = new IndicatorExplanation(code, of, definition, figure.Numerator!, figure.Denominator, figure.Excluded!, generalNotes, null);
            }
        }

        private Figure Judge(string code, Func<Ssda903Child, Verdict> judge)
        {
            if (!Explaining && prepared.Threads > 1 && children.Length >= SideBySideChildren)
            {
                return Count(code, judge);
            }

            List<CountedChild>? numerator = Explaining ? [] : null;
            List<CountedChild>? denominator = Explaining ? [] : null;
            List<ExcludedChild>? excluded = Explaining ? [] : null;
            bool gather = BrokenDown(code);
            var counted = new List<int>();
            var members = new List<(int Child, long Numerator)>();
            long numeratorSum = 0;
            long denominatorCount = 0;
            var files = FilesUsedBy(code);
            for (int i = 0; i < children.Length; i++)
            {
                ref readonly var child = ref children[i];
                if (child.Problems.Count > 0 && child.ProblemIn(files) is { } problem)
                {
                    excluded?.Add(new ExcludedChild(child.Id, ExclusionReason.ProblemInReturn, problem.Problem.ToString(), new RecordLocation(problem.Problem.Source, problem.Problem.Line) is { IsKnown: true } at ? [at] : []));
                    continue;
                }

                var verdict = judge(child);
                if (verdict.IsOut)
                {
                    excluded?.Add(verdict.Excluded!);
                    continue;
                }

                if (verdict.Denominator is { } d)
                {
                    denominatorCount++;
                    denominator?.Add(d.Child!);
                    if (gather)
                    {
                        members.Add((i, verdict.Numerator?.Amount ?? 0));
                    }
                }

                if (verdict.Numerator is { } n)
                {
                    numeratorSum += n.Amount;
                    numerator?.Add(n.Child!);
                    if (gather)
                    {
                        counted.Add(i);
                    }
                }
            }

            return new Figure(numeratorSum, denominatorCount, numerator?.AsReadOnly(), denominator?.AsReadOnly(), excluded?.AsReadOnly(), counted, members);
        }

        // Fewer children than this are judged on one thread: sharing out costs more than it saves.
        private const int SideBySideChildren = 4096;

        /// <summary>Counts a figure (naming no child) with the children judged side by side, then taken in order as <see cref="Judge"/> takes them.</summary>
        private Figure Count(string code, Func<Ssda903Child, Verdict> judge)
        {
            var files = FilesUsedBy(code);
            var judged = ArrayPool<Judged>.Shared.Rent(children.Length);
            try
            {
                Parallel.ForEach(
                    Partitioner.Create(0, children.Length, Math.Max(SideBySideChildren / 4, children.Length / (4 * prepared.Threads))),
                    new ParallelOptions { MaxDegreeOfParallelism = prepared.Threads },
                    run =>
                    {
                        for (int i = run.Item1; i < run.Item2; i++)
                        {
                            var child = children[i];
                            var verdict = child.Problems.Count > 0 && child.ProblemIn(files) is not null ? default : judge(child);
                            judged[i] = verdict.IsOut ? default : new Judged(verdict.Denominator is not null, verdict.Numerator is not null, verdict.Numerator?.Amount ?? 0);
                        }
                    });
            }
            catch (AggregateException failed) when (failed.InnerExceptions.Count > 0)
            {
                ExceptionDispatchInfo.Capture(failed.InnerExceptions[0]).Throw();
                throw;
            }

            // The lists made at their exact sizes: a national return's would otherwise be copied up step by step.
            int inDenominators = 0;
            int inNumerators = 0;
            for (int i = 0; i < children.Length; i++)
            {
                inDenominators += judged[i].Denominator ? 1 : 0;
                inNumerators += judged[i].Numerator ? 1 : 0;
            }

            bool gather = BrokenDown(code);
            var counted = gather ? new List<int>(inNumerators) : [];
            var members = gather ? new List<(int Child, long Numerator)>(inDenominators) : [];
            long numeratorSum = 0;
            long denominatorCount = 0;
            for (int i = 0; i < children.Length; i++)
            {
                var (inDenominator, inNumerator, amount) = judged[i];
                if (inDenominator)
                {
                    denominatorCount++;
                    if (gather)
                    {
                        members.Add((i, amount));
                    }
                }

                if (inNumerator)
                {
                    numeratorSum += amount;
                    if (gather)
                    {
                        counted.Add(i);
                    }
                }
            }

            ArrayPool<Judged>.Shared.Return(judged);
            return new Figure(numeratorSum, denominatorCount, null, null, null, counted, members);
        }

        /// <summary>What a child adds to a figure: to its denominator, to its numerator and how much (none when left out).</summary>
        private readonly record struct Judged(bool Denominator, bool Numerator, long Amount);

        /// <summary>A figure's sums, and, when explaining, its children.</summary>
        // Counted: the children of the numerator; Members: those of the denominator, each with what it adds to the
        // numerator; each child by its place in the children.
        private sealed record Figure(long NumeratorSum, long DenominatorCount, IReadOnlyList<CountedChild>? Numerator, IReadOnlyList<CountedChild>? Denominator, IReadOnlyList<ExcludedChild>? Excluded, List<int> Counted, List<(int Child, long Numerator)> Members);

        private void Rate(Figure cla)
        {
            if (!Selected(ChildrenLookedAfterRate))
            {
                return;
            }

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

            observations.Add(new Observation(ChildrenLookedAfterRate, period, cla.NumeratorSum, children0To17));
            if (!Explaining)
            {
                return;
            }

            string source = year == 0
                ? string.Create(CultureInfo.InvariantCulture, $"the population is {children0To17} children aged 0 to 17, as given")
                : string.Create(CultureInfo.InvariantCulture, $"the population is {children0To17} children aged 0 to 17 in {population.Area}, the mid-year estimate for 30 June {year}");
            explanations[ChildrenLookedAfterRate] = new IndicatorExplanation(ChildrenLookedAfterRate, period, definition, cla.Numerator!, null, cla.Excluded!, [.. generalNotes, source], null);
        }

        private void AddBreakdowns(Figure figure, string code, Func<Ssda903Child, int, int> episodeOf, Func<EpisodeRow, LocalDate> ageDay)
        {
            if (!BrokenDown(code))
            {
                return;
            }

            var rows = figure.Counted.Select(at =>
            {
                var child = children[at];
                int index = episodeOf(child, 0);
                EpisodeRow? episode = index >= 0 ? child.Episodes[index] : null;
                int? age = episode is { } e ? child.AgeOn(ageDay(e)) : null;
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
                    breakdownChildren[(code, observation.Breakdown)] = new HashSet<string>(group.Select(x => children[x.Child].Id), StringComparer.Ordinal);
                }
            }

            static string Value(string? code) => string.IsNullOrWhiteSpace(code) ? "unknown" : code.Trim();
        }

        /// <summary>
        /// A ratio's breakdowns: each child of the denominator under its sex, its age band on the window's last day,
        /// and the legal status and placement of its latest episode begun by then; the numerator follows its children.
        /// </summary>
        private void AddRatioBreakdowns(Figure figure, string code, ReportingPeriod of)
        {
            if (!BrokenDown(code))
            {
                return;
            }

            LocalDate last = of.End;
            var rows = figure.Members.Select(member =>
            {
                var child = children[member.Child];
                EpisodeRow? episode = null;
                for (int i = child.Episodes.Count - 1; i >= 0 && episode is null; i--)
                {
                    episode = child.Episodes[i].Start <= last ? child.Episodes[i] : null;
                }

                return (Sex: Value(child.Header?.Sex), Age: AgeBand(child.AgeOn(last)), Legal: Value(episode?.LegalStatus), Place: Value(episode?.Placement), Member: member);
            }).ToList();
            Add(IndicatorBreakdowns.Sex, "sex", r => r.Sex);
            Add(IndicatorBreakdowns.AgeBand, "age", r => r.Age);
            Add(IndicatorBreakdowns.LegalStatus, "legal-status", r => r.Legal);
            Add(IndicatorBreakdowns.PlacementType, "placement", r => r.Place);

            void Add(IndicatorBreakdowns which, string dimension, Func<(string Sex, string Age, string Legal, string Place, (int Child, long Numerator) Member), string> value)
            {
                if ((options.Breakdowns & which) == 0)
                {
                    return;
                }

                foreach (var group in rows.GroupBy(value).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    var observation = new BreakdownObservation(dimension, group.Key, new Observation(code, of, group.Sum(r => r.Member.Numerator), group.Count()));
                    breakdowns.Add(observation);
                    breakdownChildren[(code, observation.Breakdown)] = new HashSet<string>(group.Select(r => children[r.Member.Child].Id), StringComparer.Ordinal);
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

        /// <summary>The rules an episode may meet, named so that testing a child's episodes allocates nothing.</summary>
        private enum EpisodeRule
        {
            OpenOnLastDay,
            StartedInPeriod,
            CeasedInPeriod,
            OpenDuringPeriod,
        }

        private bool Meets(in EpisodeRow e, EpisodeRule rule) => rule switch
        {
            EpisodeRule.OpenOnLastDay => Ssda903Child.IsOpenOn(e.Start, e.End, period.End),
            EpisodeRule.StartedInPeriod => period.Contains(e.Start) && Ssda903Child.Code(e.ReasonForNewEpisode) == "S",
            EpisodeRule.CeasedInPeriod => IsCeasedInPeriod(e),
            _ => Ssda903Child.IsOpenDuring(e.Start, e.End, period.Start, period.End),
        };

        private bool AnyMeets(ArraySegment<EpisodeRow> episodes, EpisodeRule rule)
        {
            for (int i = 0; i < episodes.Count; i++)
            {
                if (Meets(episodes[i], rule))
                {
                    return true;
                }
            }

            return false;
        }

        private List<EpisodeRow> AllMeeting(ArraySegment<EpisodeRow> episodes, EpisodeRule rule) => [.. episodes.Where(e => Meets(e, rule))];

        /// <summary>A child with no episode meeting <paramref name="rule"/>: left out, as a short break when only a short break meets it.</summary>
        private Verdict NotLookedAfter(Ssda903Child child, [InterpolatedStringHandlerArgument("")] ref Detail detail, EpisodeRule rule)
        {
            string words = detail.Text();
            if (!AnyMeets(child.ShortBreaks, rule))
            {
                return Out(child.Id, ExclusionReason.OutsideCohort, words);
            }

            return Explaining
                ? Out(child.Id, ExclusionReason.ShortBreak, words + "; only a short break (LS V3 or V4) would count", AllMeeting(child.ShortBreaks, rule).Select(e => e.Location))
                : Out(child.Id, ExclusionReason.ShortBreak, words);
        }

        private Verdict ClaOnDay(Ssda903Child child)
        {
            LocalDate day = period.End;
            int open = child.OpenOn(day);
            if (open < 0)
            {
                return NotLookedAfter(child, $"no episode open on {lastDay}", EpisodeRule.OpenOnLastDay);
            }

            var episode = child.Episodes[open];
            var counted = Counted(child.Id, episode.Location, $"episode from {Date(episode.Start)} open on {lastDay}");
            return new Verdict(counted, counted);
        }

        private Verdict StartedIn(Ssda903Child child)
        {
            if (!AnyMeets(child.Episodes, EpisodeRule.StartedInPeriod))
            {
                return NotLookedAfter(child, $"no episode with RNE S starting in the period", EpisodeRule.StartedInPeriod);
            }

            if (!Explaining)
            {
                return new Verdict(new Part(1, null), new Part(1, null));
            }

            var starts = AllMeeting(child.Episodes, EpisodeRule.StartedInPeriod);
            var counted = Counted(child.Id, starts, $"started on {string.Join(", ", starts.Select(e => Date(e.Start)))}");
            return new Verdict(counted, counted);
        }

        private Verdict CeasedIn(Ssda903Child child)
        {
            if (!AnyMeets(child.Episodes, EpisodeRule.CeasedInPeriod))
            {
                return NotLookedAfter(child, $"no episode ending in the period with REC other than X1", EpisodeRule.CeasedInPeriod);
            }

            if (!Explaining)
            {
                return new Verdict(new Part(1, null), new Part(1, null));
            }

            var ends = AllMeeting(child.Episodes, EpisodeRule.CeasedInPeriod);
            var counted = Counted(child.Id, ends, $"ceased on {string.Join(", ", ends.Select(e => Date(e.End!.Value) + " (REC " + (string.IsNullOrWhiteSpace(e.ReasonEpisodeCeased) ? "empty" : e.ReasonEpisodeCeased!.Trim()) + ")"))}");
            return new Verdict(counted, counted);
        }

        private Verdict ThreePlacementsOf(Ssda903Child child)
        {
            var cla = ClaOnDay(child);
            if (cla.IsOut)
            {
                return cla;
            }

            int count = 0;
            for (int p = 0; p < child.PlacementCount; p++)
            {
                if (child.Placement(p) is var (start, end) && Ssda903Child.IsOpenDuring(start, end, period.Start, period.End))
                {
                    count++;
                }
            }

            if (!Explaining)
            {
                var part = new Part(1, null);
                return new Verdict(part, count >= 3 ? part : null);
            }

            return ExplainedPlacements(child);
        }

        // Apart, so that counting makes no closure for every child.
        private Verdict ExplainedPlacements(Ssda903Child child)
        {
            var placements = Enumerable.Range(0, child.PlacementCount)
                .Where(p => child.Placement(p) is var (start, end) && Ssda903Child.IsOpenDuring(start, end, period.Start, period.End))
                .ToList();
            var records = placements.SelectMany(child.EpisodesOf).Select(i => child.Episodes[i].Location).ToList();
            string detail = string.Create(CultureInfo.InvariantCulture, $"{placements.Count} placement{(placements.Count == 1 ? string.Empty : "s")} in the period: ") +
                string.Join(", ", placements.Select(p => child.Placement(p) is var (s, e) ? Date(s) + " to " + (e is { } end ? Date(end) : "open") : string.Empty));
            var denominator = Counted(child.Id, 1, records, detail);
            return new Verdict(denominator, placements.Count >= 3 ? denominator : null);
        }

        private Verdict StabilityOf(Ssda903Child child)
        {
            LocalDate day = period.End;
            var cla = ClaOnDay(child);
            if (cla.IsOut)
            {
                return cla;
            }

            int open = child.OpenOn(day);
            var episode = child.Episodes[open];
            if (child.Header is null)
            {
                return Out(child.Id, ExclusionReason.MissingOrInconsistentRecord, "no Header row, so no date of birth", [episode.Location]);
            }

            int age = child.AgeOn(day) ?? 0;
            if (age >= 16)
            {
                return Out(child.Id, ExclusionReason.OutsideCohort, $"aged {age} on {lastDay}", child.Header.Value.Location);
            }

            int careStart = child.PeriodOfCareStart(open);
            if (careStart < 0)
            {
                return Out(child.Id, ExclusionReason.HistoryCutOff, $"no episode with RNE S on or before {Date(episode.Start)}, so when the period of care began is unknown", episode.Location);
            }

            LocalDate began = child.Episodes[careStart].Start;
            if (began > day.PlusMonths(-30))
            {
                return Out(child.Id, ExclusionReason.OutsideCohort, $"period of care began on {Date(began)}, after {Date(day.PlusMonths(-30))} (less than 2½ years)", child.Episodes[careStart].Location);
            }

            int first = child.FirstEpisodeOfPlacementOf(open);
            LocalDate placed = child.Episodes[first].Start;
            IEnumerable<RecordLocation> records = Explaining ? StabilityRecords(child, careStart, open) : [];
            var counted = Counted(child.Id, 1, records, $"in care since {Date(began)}, current placement since {Date(placed)}");
            return new Verdict(counted, placed <= day.PlusYears(-2) ? counted : null);
        }

        // Apart, so that counting makes no closure for every child.
        private static List<RecordLocation> StabilityRecords(Ssda903Child child, int careStart, int open) =>
        [
            child.Header!.Value.Location,
            child.Episodes[careStart].Location,
            .. child.EpisodesOf(child.PlacementOf(open)).Select(i => child.Episodes[i].Location),
        ];

        private Verdict MissingOf(Ssda903Child child)
        {
            if (!AnyMeets(child.Episodes, EpisodeRule.OpenDuringPeriod))
            {
                return NotLookedAfter(child, $"no episode open on any day of the period", EpisodeRule.OpenDuringPeriod);
            }

            var rows = missing.GetValueOrDefault(child.Id);
            if (!Explaining)
            {
                bool wentMissing = false;
                for (int i = 0; rows is not null && i < rows.Count && !wentMissing; i++)
                {
                    wentMissing = WentMissingInPeriod(rows[i]);
                }

                return new Verdict(new Part(1, null), wentMissing ? new Part(1, null) : null);
            }

            var open = AllMeeting(child.Episodes, EpisodeRule.OpenDuringPeriod);
            var went = (rows ?? []).Where(WentMissingInPeriod).OrderBy(m => m.Start).ToList();
            var denominator = Counted(child.Id, open, "looked after in the period");
            if (went.Count == 0)
            {
                return new Verdict(denominator, null);
            }

            var numerator = Counted(child.Id, 1, open.Select(e => e.Location).Concat(went.Select(m => m.Location)), $"missing from {string.Join(", ", went.Select(m => Date(m.Start)))}");
            return new Verdict(denominator, numerator);
        }

        private bool WentMissingInPeriod(MissingEpisode m) => period.Contains(m.Start) && Ssda903Child.Code(m.Kind) == "M";

        private Verdict Oc2Of(Ssda903Child child, Func<HealthOutcome, string?> field, string name)
        {
            if (!oc2.TryGetValue(child.Id, out var rows))
            {
                return Out(child.Id, ExclusionReason.OutsideCohort, "not in the OC2 file");
            }

            var row = rows.Count == 1 ? rows[0] : rows.OrderBy(r => r.Location.Line).First();
            string value = Ssda903Child.Code(field(row));
            var counted = Counted(child.Id, row.Location, $"{name} {(value.Length == 0 ? "empty" : value)}");
            return new Verdict(counted, value == "1" ? counted : null);
        }

        private Verdict Oc3Of(Ssda903Child child, Func<CareLeaverOutcome, bool> test, string name, Func<CareLeaverOutcome, string?> field)
        {
            if (!oc3.TryGetValue(child.Id, out var rows))
            {
                return Out(child.Id, ExclusionReason.OutsideCohort, "not in the OC3 file");
            }

            var row = rows.Count == 1 ? rows[0] : rows.OrderBy(r => r.Location.Line).First();
            string value = Ssda903Child.Code(field(row));
            var counted = Counted(child.Id, row.Location, $"{name} {(value.Length == 0 ? "empty" : value)}");
            return new Verdict(counted, test(row) ? counted : null);
        }

        private static bool IsEet(string? activity) => Ssda903Child.Code(activity) is { Length: 2 } code && code[0] is 'F' or 'P' && code[1] is >= '1' and <= '5';

        private static bool IsSuitable(string? accommodation) => Ssda903Child.Code(accommodation) is { Length: 2 } code && code[0] is >= 'A' and <= 'Z' && code[1] == '1';

        /// <summary>The episode the child was adopted from in <paramref name="window"/>: the latest with DEC in it and REC E11 or E12; -1 when none.</summary>
        private static int AdoptedIn(Ssda903Child child, ReportingPeriod window)
        {
            for (int i = child.Episodes.Count - 1; i >= 0; i--)
            {
                var e = child.Episodes[i];
                if (e.End is { } end && window.Contains(end) && Ssda903Child.Code(e.ReasonEpisodeCeased) is "E11" or "E12")
                {
                    return i;
                }
            }

            return -1;
        }

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
                return Out(child.Id, ExclusionReason.OutsideCohort, NotAdoptedIn(window));
            }

            var episode = child.Episodes[adopted];
            int careStart = child.PeriodOfCareStart(adopted);
            if (careStart < 0)
            {
                return Out(child.Id, ExclusionReason.HistoryCutOff, $"no episode with RNE S on or before {Date(episode.Start)}, so when the child entered care is unknown", episode.Location);
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
                return Out(child.Id, ExclusionReason.MissingOrInconsistentRecord, $"moved in on {Date(moved)}, before entering care on {Date(entered)}", episode.Location);
            }

            var records = new List<RecordLocation> { child.Episodes[careStart].Location, child.Episodes[movedIn].Location, episode.Location };
            var denominator = Counted(child.Id, 1, records, $"adopted {Date(episode.End!.Value)}");
            var numerator = Counted(child.Id, days, records, $"entered care {Date(entered)}, moved in {Date(moved)}{(byFosterCarers ? " (with the foster carers)" : string.Empty)}: {days} days");
            return new Verdict(denominator, numerator);
        }

        private Verdict A2Of(Ssda903Child child, ReportingPeriod window)
        {
            int adopted = AdoptedIn(child, window);
            if (adopted < 0)
            {
                return Out(child.Id, ExclusionReason.OutsideCohort, NotAdoptedIn(window));
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
                return Out(child.Id, ExclusionReason.MissingOrInconsistentRecord, "no episode with a placement order (LS E1 or D1) before the adoption", [episode.Location]);
            }

            var match = (ad1.GetValueOrDefault(child.Id) ?? []).Where(a => a.MatchDate is not null).OrderByDescending(a => a.MatchDate).ThenBy(a => a.Location.Line).FirstOrDefault();
            if (match is null)
            {
                return Out(child.Id, ExclusionReason.MissingOrInconsistentRecord, "no AD1 row with a DATE_MATCH", [episode.Location]);
            }

            LocalDate ordered = child.Episodes[order].Start;
            int days = Period.DaysBetween(ordered, match.MatchDate!.Value);
            var records = new List<RecordLocation> { child.Episodes[order].Location, match.Location, episode.Location };
            if (days < 0)
            {
                return Out(child.Id, ExclusionReason.MissingOrInconsistentRecord, $"matched on {Date(match.MatchDate.Value)}, before the placement order on {Date(ordered)}", records);
            }

            var denominator = Counted(child.Id, 1, records, $"adopted {Date(episode.End!.Value)}");
            var numerator = Counted(child.Id, days, records, $"placement order {Date(ordered)}, matched {Date(match.MatchDate.Value)}: {days} days");
            return new Verdict(denominator, numerator);
        }
    }
}
