using System;
using BenchmarkDotNet.Attributes;
using Measures.Calculation;
using Measures.Definitions;
using Measures.Time;
using NodaTime;
using Measures.Observations;

namespace Measures.Benchmarks.Calculation;

/// <summary>Timeliness over a year of case records with working-day timescales.</summary>
[MemoryDiagnoser]
public class TimelinessBenchmarks
{
    private CaseRecord[] records = [];

    /// <summary>Gets or sets the number of records (a large council's contacts over several years is about a million).</summary>
    [Params(1_000_000)]
    public int RecordCount { get; set; } = 1_000_000;

    /// <summary>Gets the financial year the records are reported for.</summary>
    public static ReportingPeriod Year { get; } = ReportingPeriod.FinancialYear(2023);

    /// <summary>Gets the records, made by <see cref="Setup"/>.</summary>
    public ReadOnlySpan<CaseRecord> Records => records;

    /// <summary>Makes the records: started across 2023/24, completed 0 to 9 days later, 5% still open, 2% with an exception.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240331);
        var first = Year.Start;
        string[] teams = ["North", "South", "East", "West", "Central"];
        records = new CaseRecord[RecordCount];
        for (int i = 0; i < records.Length; i++)
        {
            LocalDate start = first.PlusDays(random.Next(Year.Days));
            LocalDate? end = random.Next(100) < 5 ? null : start.PlusDays(random.Next(10));
            string? exception = random.Next(100) < 2 ? "family asked for a delay" : null;
            records[i] = new CaseRecord($"R{i}", $"C{random.Next(RecordCount / 3 + 1)}", start, end, teams[i % teams.Length], exception);
        }
    }

    /// <summary>"Contacted within three working days", by start date, England and Wales bank holidays.</summary>
    /// <returns>The year's observation, including exceptions.</returns>
    [Benchmark]
    public Observation ThreeWorkingDaysByStartDate() =>
        new TimelinessCalculator("EH-01", Timescale.WorkingDays(3), PeriodAttribution.StartDate, WorkingDayCalendar.EnglandAndWales)
            .Calculate(records, Year, Year.End.PlusDays(30)).IncludingExceptions;

    /// <summary>"Completed within five working days", by completion date, excluding exceptions.</summary>
    /// <returns>The year's observation, excluding exceptions.</returns>
    [Benchmark]
    public Observation FiveWorkingDaysByCompletionDate() =>
        new TimelinessCalculator("CSC-02", Timescale.WorkingDays(5), PeriodAttribution.CompletionDate, WorkingDayCalendar.EnglandAndWales)
            .Calculate(records, Year).ExcludingExceptions;
}
