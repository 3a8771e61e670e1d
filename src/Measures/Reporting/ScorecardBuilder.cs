using System;
using System.Collections.Generic;
using System.Linq;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Internal;
using Measures.Reporting.Building;
using Measures.Time;
using Measures.Observations;

namespace Measures.Reporting;

/// <summary>
/// Builds the <see cref="Scorecard"/> of a catalogue's measures for a period from observations: each
/// measure's values are rolled up from its observations through the aggregation core by the measure's
/// own rules over time (numerators and denominators aggregated, values recomputed, a percentage never
/// averaged), then judged against targets, earlier periods and benchmarks.
/// </summary>
/// <remarks>
/// <para>
/// A measure's observations with counts are for the kind of period its catalogue entry reports by
/// (<see cref="CatalogueRules.ObservationPeriodType"/>): months for a monthly measure, quarters for a quarterly
/// one, and so on; they are added up into longer periods and windows. Observations for a window (rolling months,
/// a year to date, a range of dates) and values given without counts are kept apart: each is the figure for its
/// own period, used where the scorecard shows that period or compares with it, and never added to anything.
/// Organisational units and breakdowns are added together: the scorecard is for the whole council, so a value
/// without counts stands for the council only when it is the one figure given for its period.
/// </para>
/// <para>This type is immutable and thread-safe; <see cref="Build(IEnumerable{Observation}, ReportingPeriod)"/> may run on several threads at once.</para>
/// </remarks>
public sealed partial class ScorecardBuilder
{
    private const int ProgressEvery = 1 << 20;

    /// <summary>Creates a builder for the measures of <paramref name="catalogue"/>.</summary>
    /// <param name="catalogue">The measures, in the order the scorecard lists them, with their targets and benchmarks.</param>
    /// <param name="options">Options; <see cref="ScorecardOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ScorecardBuilder(MeasureCatalogue catalogue, ScorecardOptions? options = null)
    {
        Catalogue = Preconditions.CheckNotNull(catalogue);
        Options = options ?? ScorecardOptions.Default;
    }

    /// <summary>Gets the catalogue.</summary>
    public MeasureCatalogue Catalogue { get; }

    /// <summary>Gets the options.</summary>
    public ScorecardOptions Options { get; }

    /// <summary>Builds the scorecard for <paramref name="period"/> from observations.</summary>
    /// <param name="observations">The observations, for any units and periods; enumerated once (a list is read by index rather than copied).</param>
    /// <param name="period">The scorecard's period: a month, a quarter, a financial year…</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="ArgumentException">An observation is unset, or <paramref name="period"/> is the default value.</exception>
    /// <exception cref="DataProblemException">Observations cannot be aggregated: an unknown measure code, a missing or unexpected denominator, a numerator above its denominator, a duplicate, an observation with counts for another kind of period than its catalogue entry reports by. Nothing is built.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is so near year 1 or 9999 that the periods it is compared with fall outside the supported years.</exception>
    public Scorecard Build(IEnumerable<Observation> observations, ReportingPeriod period)
    {
        Preconditions.CheckNotNull(observations);
        CheckPeriod(period);
        var rules = new Dictionary<string, AggregationRule>(StringComparer.Ordinal);
        IReadOnlyList<Observation> list;
        if (observations is IReadOnlyList<Observation> given)
        {
            // A list can be read twice without a copy, which would double the memory for millions of rows.
            for (int i = 0; i < given.Count; i++)
            {
                CatalogueRules.Add(Catalogue, rules, given[i], i);
            }

            list = given;
        }
        else
        {
            var copy = new List<Observation>(observations is ICollection<Observation> c ? c.Count : 0);
            foreach (var observation in observations)
            {
                CatalogueRules.Add(Catalogue, rules, observation, copy.Count);
                copy.Add(observation);
                if (copy.Count % ProgressEvery == 0)
                {
                    Options.Progress?.Report(new ScorecardProgress(ScorecardProgress.Observations, copy.Count, 0));
                }
            }

            list = copy;
        }

        Options.Progress?.Report(new ScorecardProgress(ScorecardProgress.Observations, list.Count, list.Count));
        var builder = new ObservationStoreBuilder(rules).AddRange(list);
        CatalogueRules.AddMissing(Catalogue, rules, builder.KeptApartCodes);
        var store = builder.Build().Value;
        return BuildFrom(store, period);
    }

    /// <summary>Builds the scorecard for <paramref name="period"/> from observations already in an aggregation store.</summary>
    /// <param name="store">The store; measures in it that are not in the catalogue are left out.</param>
    /// <param name="period">The scorecard's period.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="ArgumentException">The store aggregates a measure under other rules over time than its definition states, or <paramref name="period"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is so near year 1 or 9999 that the periods it is compared with fall outside the supported years.</exception>
    public Scorecard Build(ObservationStore store, ReportingPeriod period)
    {
        Preconditions.CheckNotNull(store);
        CheckPeriod(period);
        return BuildFrom(store, period);
    }

    /// <summary>
    /// Builds the scorecard of one organisational unit (a locality, a team) for <paramref name="period"/>: only the observations
    /// of <paramref name="unit"/>, and with a hierarchy those of every unit below it, added together as for the whole council.
    /// The title names the unit ("… scorecard – North locality").
    /// </summary>
    /// <param name="observations">The observations, for any units and periods; enumerated once.</param>
    /// <param name="period">The scorecard's period.</param>
    /// <param name="unit">The unit, as the observations' <see cref="Observation.OrganisationalUnit"/> names it (case-sensitive).</param>
    /// <param name="hierarchy">The organisational hierarchy, to include the units below <paramref name="unit"/>; <see langword="null"/> for the unit's own observations only.</param>
    /// <returns>The unit's scorecard.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No observation is for the unit (the message lists the units that have some), or <paramref name="period"/> is the default value.</exception>
    /// <exception cref="DataProblemException">The unit's observations cannot be aggregated (see <see cref="Build(IEnumerable{Observation}, ReportingPeriod)"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is too near year 1 or 9999.</exception>
    public Scorecard BuildForUnit(IEnumerable<Observation> observations, ReportingPeriod period, string unit, OrganisationalHierarchy? hierarchy = null)
    {
        Preconditions.CheckNotNull(observations);
        Preconditions.CheckNotNull(unit);
        CheckPeriod(period);
        bool known = hierarchy?.Contains(unit) == true;
        int level = known ? hierarchy!.LevelOf(unit) : 0;
        bool InUnit(string u) =>
            u == unit || (known && hierarchy!.Contains(u) && hierarchy.LevelOf(u) > level && hierarchy.AncestorAt(u, level) == unit);

        var units = new SortedSet<string>(StringComparer.Ordinal);
        var kept = new List<Observation>();
        foreach (var observation in observations)
        {
            units.Add(observation.OrganisationalUnit);
            if (InUnit(observation.OrganisationalUnit))
            {
                kept.Add(observation);
            }
        }

        Preconditions.CheckArgument(
            kept.Count > 0,
            nameof(unit),
            $"No observation is for the unit \"{unit}\"{(known ? " or a unit below it" : "")}; the observations' units are {(units.Count == 0 ? "none" : string.Join(", ", units.Select(u => u.Length == 0 ? "(the whole council)" : "\"" + u + "\"")))}.");
        var scorecard = Build(kept, period);
        return scorecard.ForUnit(unit);
    }

    private static void CheckPeriod(ReportingPeriod period) =>
        Preconditions.CheckArgument(Enum.IsDefined(period.Type), nameof(period), "The period is the default value, not a period; create one with a ReportingPeriod factory or ReportingPeriod.Parse.");

    private Scorecard BuildFrom(ObservationStore store, ReportingPeriod period)
    {
        var inStore = new HashSet<string>(store.MeasureCodes, StringComparer.Ordinal);
        var codes = Catalogue.Measures.Select(m => m.Code).Where(inStore.Contains).ToArray();
        foreach (var code in codes)
        {
            var measure = Catalogue[code];
            var rule = store.RuleOf(code);
            Preconditions.CheckArgument(
                rule.NumeratorRule == measure.NumeratorRule && rule.DenominatorRule == measure.DenominatorRule,
                nameof(store),
                $"The store aggregates {code} with numerator rule {rule.NumeratorRule} and denominator rule {Describe(rule.DenominatorRule)}, but its definition says {measure.NumeratorRule} and {Describe(measure.DenominatorRule)}.");
        }

        var series = Series(store, codes);
        Options.Progress?.Report(new ScorecardProgress(ScorecardProgress.Observations, store.Count, store.Count));

        var builder = new RowBuilder(period, Options);
        var rows = new ScorecardRow[Catalogue.Measures.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            var measure = Catalogue.Measures[i];
            try
            {
                rows[i] = builder.Build(measure, series.GetValueOrDefault(measure.Code));
            }
            catch (Exception ex) when (ex is OverflowException or ArgumentOutOfRangeException)
            {
                // A row steps back through its history and a year, and out to each measure's own period; at the ends of time there is none.
                throw new ArgumentOutOfRangeException(
                    nameof(period),
                    period,
                    $"A scorecard for {period} needs periods around it (its history of {Options.HistoryLength} periods, the same period last year, each measure's own period) that fall outside the supported years {ReportingPeriod.MinYear:D4} to {ReportingPeriod.MaxYear:D4}.");
            }
            Options.Progress?.Report(new ScorecardProgress(ScorecardProgress.Measures, i + 1, rows.Length));
        }

        string title = Catalogue.Name.Length > 0 ? Catalogue.Name : "Scorecard";
        return new Scorecard(title, period, Options.Audience, Options.Audience == ScorecardAudience.Public ? Options.SuppressionPolicy : null, rows, SummaryBuilder.Summarise(rows, Options.SummaryDirection));
    }

    private static string Describe(Definitions.TemporalRule? rule) => rule?.ToString() ?? "none";

    /// <summary>Each measure's aggregates as reported, every unit and breakdown added together, and its figures kept apart.</summary>
    private static Dictionary<string, MeasureSeries> Series(ObservationStore store, string[] codes)
    {
        var series = new Dictionary<string, MeasureSeries>(StringComparer.Ordinal);
        if (codes.Length == 0)
        {
            return series;
        }

        var keptApart = KeptApart(store, codes);
        var result = store.Aggregate(new AggregationQuery { Periods = PeriodRollUp.AsReported, Measures = codes });
        Dictionary<ReportingPeriod, Aggregate>? periods = null;
        string? current = null;
        foreach (var aggregate in result)
        {
            if (aggregate.MeasureCode != current)
            {
                current = aggregate.MeasureCode;
                periods = [];
                series.Add(current, new MeasureSeries(current, aggregate.Rule, periods, keptApart.GetValueOrDefault(current)));
            }

            periods![aggregate.Period] = aggregate;
        }

        // A measure may have only figures kept apart (a partner's values, a system's rolling totals).
        foreach (var (code, figures) in keptApart)
        {
            series.TryAdd(code, new MeasureSeries(code, store.RuleOf(code), [], figures));
        }

        return series;
    }

    /// <summary>The whole council's figure for each period that has figures kept apart, by measure.</summary>
    private static Dictionary<string, Dictionary<ReportingPeriod, Composition>> KeptApart(ObservationStore store, string[] codes)
    {
        var wanted = new HashSet<string>(codes, StringComparer.Ordinal);
        var byMeasure = new Dictionary<string, Dictionary<ReportingPeriod, Composition>>(StringComparer.Ordinal);
        var figures = store.ReportedFigureTable;

        // Ordered by measure and period, so each period's figures (one per unit) are together.
        for (int start = 0, end; start < figures.Length; start = end)
        {
            for (end = start + 1; end < figures.Length && figures[end].MeasureCode == figures[start].MeasureCode && figures[end].Period == figures[start].Period; end++)
            {
            }

            string code = figures[start].MeasureCode;
            if (!wanted.Contains(code))
            {
                continue;
            }

            if (!byMeasure.TryGetValue(code, out var periods))
            {
                byMeasure.Add(code, periods = []);
            }

            periods[figures[start].Period] = MeasureSeries.KeptApart(code, store.RuleOf(code), figures[start].Period, figures[start..end]);
        }

        return byMeasure;
    }
}
