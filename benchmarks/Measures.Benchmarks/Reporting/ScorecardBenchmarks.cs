using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Measures.Definitions;
using Measures.Reporting;
using Measures.Time;
using Measures.Observations;
using Measures.Samples;

namespace Measures.Benchmarks.Reporting;

/// <summary>
/// The sample council's scorecard for 2023/24 from three years of monthly figures for every team: the
/// whole journey from observations to judged rows (store, aggregation, roll-ups, judgements, summary), and
/// the HTML page of the result.
/// </summary>
[MemoryDiagnoser]
public class ScorecardBenchmarks
{
    private Observation[] observations = [];
    private Scorecard? built;

    /// <summary>Gets or sets the number of teams reporting each monthly measure (1,000 teams: 828,000 observations).</summary>
    [Params(1_000)]
    public int Teams { get; set; } = 1_000;

    /// <summary>Gets the observations, made by <see cref="Setup"/>.</summary>
    public IReadOnlyList<Observation> Observations => observations;

    /// <summary>Gets the sample catalogue's monthly measures, which the observations are for.</summary>
    public static IReadOnlyList<MeasureDefinition> MonthlyMeasures { get; } =
        [.. SampleCouncil.Catalogue.Measures.Where(m => m.PeriodType == PeriodType.Month && m.Frequency == ReportingFrequency.Monthly)];

    /// <summary>Makes 36 months (April 2021 to March 2024) of figures for every team and monthly measure.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240331);
        var list = new List<Observation>(36 * MonthlyMeasures.Count * Teams);
        for (int i = 0; i < 36; i++)
        {
            var month = ReportingPeriod.Month(2021 + ((i + 3) / 12), ((i + 3) % 12) + 1);
            foreach (var measure in MonthlyMeasures)
            {
                for (int team = 0; team < Teams; team++)
                {
                    long numerator = random.Next(0, 50);
                    long? denominator = measure.ValueType.HasDenominator ? numerator + random.Next(0, 50) : null;
                    list.Add(new Observation(measure.Code, month, numerator, denominator, "Team " + team.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
            }
        }

        observations = [.. list];
        built = Build();
    }

    /// <summary>Builds the scorecard from the observations.</summary>
    [Benchmark]
    public Scorecard Build() => new ScorecardBuilder(SampleCouncil.Catalogue).Build(observations, SampleCouncil.ReportingYear);

    /// <summary>Writes the built scorecard as its HTML page.</summary>
    [Benchmark]
    public string Html() => (built ?? throw new InvalidOperationException("Setup has not run.")).ToString(ScorecardFormat.Html);
}
