#:project ../../src/Measures/Measures.csproj
// Measures is not on nuget.org yet, so this script builds it from the repository it sits in. Once the
// package is published, a copy elsewhere can use `#:package Measures@0.1.0` instead.

// Getting started with the sample council: load its catalogue of measures and its observations,
// build the 2023/24 scorecard, and check it against the figures the council published.
// Run it with the .NET 10 SDK:  dotnet run getting-started-with-the-sample-council.cs
// Every figure printed is also checked: a wrong one stops the script with an error naming it.

using Measures.Definitions;
using Measures.Judgements;
using Measures.Reporting;
using Measures.Time;
using Measures.Samples;

// The sample: a catalogue of children's services measures, and monthly, termly and yearly figures
// for April 2021 to March 2024, made so that its 2023/24 outturns are those of a real council.
var catalogue = SampleCouncil.Catalogue;
var observations = SampleCouncil.Observations;
Expect(catalogue.Measures.Count, 42, "measures in the sample catalogue");
Expect(SampleCouncil.ReportingYear, ReportingPeriod.FinancialYear(2023), "the sample's reporting year");
Console.WriteLine($"{catalogue.Measures.Count} measures, {observations.Count} observations, reporting year {SampleCouncil.ReportingYear}");

// A measure definition: what is counted, which way is better, and the target.
var eh01 = catalogue["EH-01"];
Expect(eh01.Title, "Families contacted within three working days of allocation", "EH-01's title");
Expect(eh01.TargetFor(SampleCouncil.ReportingYear)?.Value, 75m, "EH-01's 2023/24 target");
Console.WriteLine($"{eh01.Code}: {eh01.Title} (target {eh01.TargetFor(SampleCouncil.ReportingYear)?.Value}%)");

// The 2023/24 scorecard: every measure rolled up over the year by its own rules and judged
// against its target.
var scorecard = new ScorecardBuilder(catalogue).Build(observations, SampleCouncil.ReportingYear);
Expect(scorecard.Rows.Count > 0, true, "the scorecard has rows");
Console.WriteLine(scorecard.ToString(ScorecardFormat.Table));

// Published figures: Rotherham Improving Lives Select Commission, 30 July 2024, CYPS 2023/24
// year-end outturn.
ExpectRow(scorecard, "EH-01", 91.3m, 75m, RagStatus.Green);  // "significantly above the target of 75%"
ExpectRow(scorecard, "CSC-13", 84.8m, 90m, RagStatus.Red);   // "below the target of 90%"
ExpectRow(scorecard, "CSC-07", 17.3m, 22m, RagStatus.Green); // "well within the target of below 22%"
Expect(scorecard["CSC-13"].Rag.Judgement.Explanation,
    "84.8% is below the target of 90% by 5.2 points, beyond the 5-point tolerance: red",
    "CSC-13's explanation");
Console.WriteLine(scorecard["CSC-13"].Rag.Judgement.Explanation);
Console.WriteLine("All figures checked.");

static void ExpectRow(Scorecard scorecard, string code, decimal value, decimal target, RagStatus status)
{
    var row = scorecard[code];
    Expect(row.RoundedValue, value, $"{code}'s 2023/24 value");
    Expect(row.Target?.Value, target, $"{code}'s target");
    Expect(row.Rag.Judgement.Status, status, $"{code}'s RAG status");
    Console.WriteLine($"{code}: {row.ValueText} against {target}%: {row.Rag.Judgement.Status}");
}

// Stops the script when a figure is not the one the text states.
static void Expect<T>(T actual, T expected, string what)
{
    if (!EqualityComparer<T>.Default.Equals(actual, expected))
    {
        throw new InvalidOperationException($"{what}: expected {expected}, got {actual}.");
    }
}
