#:project ../../src/Measures/Measures.csproj
// Measures is not on nuget.org yet, so this script builds it from the repository it sits in. Once the
// package is published, a copy elsewhere can use `#:package Measures@0.1.0` instead.

// From your CSV export to a scorecard: read an analyst's export of monthly figures, see how a bad
// row is reported, build the scorecard for a quarter and write it as an HTML file.
// Run it with the .NET 10 SDK:  dotnet run from-your-csv-export-to-a-scorecard.cs
// Every figure printed is also checked: a wrong one stops the script with an error naming it.

using Measures;
using Measures.Definitions;
using Measures.Judgements;
using Measures.Reporting;
using Measures.Time;
using Measures.Observations;
using Measures.Samples;

// An export as a case-management system might produce it: numerators and denominators, never
// percentages; teams in their own column; a count (children in care) with no denominator.
const string export = """
    measure,period,organisational_unit,numerator,denominator
    EH-01,Jan 2024,North,100,120
    EH-01,Jan 2024,South,90,100
    EH-01,Feb 2024,North,110,125
    EH-01,Feb 2024,South,95,105
    EH-01,Mar 2024,North,118,131
    EH-01,Mar 2024,South,97,112
    CSC-13,Jan 2024,,25,30
    CSC-13,Feb 2024,,25,29
    CSC-13,Mar 2024,,27,34
    CSC-04,Jan 2024,,510,
    CSC-04,Feb 2024,,506,
    CSC-04,Mar 2024,,502,
    """;
File.WriteAllText("export.csv", export);

// Read it against the sample catalogue, so that codes, counts and percentages are checked too.
var catalogue = SampleCouncil.Catalogue;
var options = new ObservationReadOptions { Catalogue = catalogue };
LoadResult<IReadOnlyList<Observation>> read;
using (var file = File.OpenRead("export.csv"))
{
    read = ObservationCsvReader.Read(file, "export.csv", options);
}

Expect(read.Success, true, "export.csv reads without errors");
Expect(read.Value.Count, 12, "observations read");
Console.WriteLine($"export.csv: {read.Value.Count} observations");

// A bad row: a two-digit year. Nothing is loaded half-way; the error names the line, column,
// field, value and why.
const string badExport = """
    measure,period,organisational_unit,numerator,denominator
    CSC-13,March 24,,27,34
    """;
var bad = ObservationCsvReader.Read(new StringReader(badExport), "bad.csv", options);
Expect(bad.Success, false, "bad.csv is refused");
Expect(bad.Problems.Count, 1, "problems in bad.csv");
var error = bad.Problems[0];
Expect(error.Line, 2, "the bad row's line");
Expect(error.Value, "March 24", "the bad row's value");
Console.WriteLine(error);

// The scorecard for the last quarter of 2023/24: months add up for EH-01 and CSC-13 (teams too),
// and children in care is the figure at the quarter's end.
var quarter = ReportingPeriod.Parse("2023/24 Q4");
var scorecard = new ScorecardBuilder(catalogue).Build(read.Value, quarter);
Console.WriteLine(scorecard.ToString(ScorecardFormat.Table));

// EH-01: (100 + 90 + 110 + 95 + 118 + 97) of (120 + 100 + 125 + 105 + 131 + 112) = 610 of 693 = 88.0%.
ExpectRow(scorecard, "EH-01", 88.0m, RagStatus.Green);
Expect(scorecard["EH-01"].Numerator, 610m, "EH-01's numerator");
Expect(scorecard["EH-01"].Denominator, 693m, "EH-01's denominator");
// CSC-13: (25 + 25 + 27) of (30 + 29 + 34) = 77 of 93 = 82.8%, more than 5 points below 90%.
ExpectRow(scorecard, "CSC-13", 82.8m, RagStatus.Red);
// CSC-04: a snapshot, so the quarter's figure is March's; it has no polarity, so no RAG.
ExpectRow(scorecard, "CSC-04", 502m, RagStatus.NoPolarity);

// The HTML file for the Performance Board.
using (var html = File.CreateText("scorecard.html"))
{
    scorecard.Write(html, ScorecardFormat.Html);
}

var written = File.ReadAllText("scorecard.html");
Expect(written.Contains("88.0%", StringComparison.Ordinal), true, "scorecard.html shows EH-01's 88.0%");
Console.WriteLine($"scorecard.html written ({written.Length} characters)");

static void ExpectRow(Scorecard scorecard, string code, decimal value, RagStatus status)
{
    var row = scorecard[code];
    Expect(row.RoundedValue, value, $"{code}'s value for 2023/24 Q4");
    Expect(row.Rag.Judgement.Status, status, $"{code}'s RAG status");
    Console.WriteLine($"{code}: {row.ValueText}, {row.Rag.Judgement.Status}");
}

// Stops the script when a figure is not the one the text states.
static void Expect<T>(T actual, T expected, string what)
{
    if (!EqualityComparer<T>.Default.Equals(actual, expected))
    {
        throw new InvalidOperationException($"{what}: expected {expected}, got {actual}.");
    }
}
