using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Observations;
using Measures.Time;
using static Measures.Tests.Reporting.ScorecardTestMeasures;

namespace Measures.Tests.Docs;

/// <summary>What the guide and the concept pages say about problems, periods and other columns holds.</summary>
public sealed class ProblemReportingClaimsTests
{
    private const string Guide = "docs/guides/from-csv-export-to-scorecard.md";

    private static string Page(string path) => Regex.Replace(RepositoryFile.ReadAllText(path), @"\s+", " ");

    [Fact]
    public void The_guide_places_problems_only_where_they_have_a_place()
    {
        Assert.Contains("each with why and where: the file, and the line, column, field and value when the problem has them (a row given twice is placed by its line alone, and a column missing from the header by the header's line)", Page(Guide), StringComparison.Ordinal);

        var twice = ObservationCsvReader.Read(new StringReader("measure,period,numerator\nCSC-04,2024-03,502\nCSC-04,2024-03,502\n"), "twice.csv");
        Assert.Equal((3, 0), (Assert.Single(twice.Problems).Line, twice.Problems[0].Column));
        var missing = ObservationCsvReader.Read(new StringReader("measure,period\nCSC-04,2024-03\n"), "missing.csv");
        Assert.Equal((1, 0), (Assert.Single(missing.Problems).Line, missing.Problems[0].Column));
    }

    [Fact]
    public void The_guide_says_the_first_thousand_problems_are_listed_and_the_rest_counted()
    {
        Assert.Contains("The first 1,000 are listed and the rest counted", Page(Guide), StringComparison.Ordinal);
        var csv = new StringBuilder("measure,period,numerator\n");
        for (int i = 0; i < 1_005; i++)
        {
            csv.Append("CSC-04,2024-03,-1\n");
        }

        var read = ObservationCsvReader.Read(new StringReader(csv.ToString()), "many.csv");
        Assert.Equal(1_000, read.Problems.Count);
        Assert.Equal(1_005, read.ProblemCount);
    }

    [Fact]
    public void The_guide_and_the_scorecard_page_agree_with_the_code_on_which_periods_observations_may_have()
    {
        Assert.Contains("half-terms, or financial, calendar or academic years, of a kind that fits", Page(Guide).ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("academic years, of a kind that fits the measure's frequency in the catalogue", Page("docs/concepts/scorecards.md").ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.Contains("is taken as that window's own figure and is never added to the months inside it", Page(Guide).ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("never adds it to the months inside it", Page("docs/concepts/scorecards.md").ReplaceLineEndings(" "), StringComparison.Ordinal);

        var catalogue = Catalogue(Flow());
        ReportingPeriod[] accepted = [ReportingPeriod.Month(2023, 4), ReportingPeriod.Quarter(2023, 1), ReportingPeriod.FinancialYear(2023), ReportingPeriod.CalendarYear(2023)];
        Assert.All(accepted, period => Assert.True(ObservationStore.Create(CatalogueRules.For(catalogue, [new Observation("FLOW", period, 5, 10)]), [new Observation("FLOW", period, 5, 10)]).Success));

        // A window's figure is kept apart, as the figure for the window, and never aggregated.
        ReportingPeriod[] windows = [ReportingPeriod.FinancialYearToDate(new NodaTime.YearMonth(2023, 7)), ReportingPeriodPattern.RoundTrip.Parse("rolling 12 months to July 2023").Value];
        Assert.All(windows, period =>
        {
            Observation[] window = [new("FLOW", period, 5, 10)];
            var store = ObservationStore.Create(CatalogueRules.For(catalogue, window), window).Value;
            Assert.Equal(window, store.ReportedFigures);
            Assert.Empty(store.Aggregate(Measures.Aggregation.PeriodRollUp.AsReported));
        });

        // A term cuts across the months of a monthly measure: refused.
        Observation[] term = [new("FLOW", ReportingPeriod.Term(2023, SchoolTerm.Autumn), 5, 10)];
        Assert.False(ObservationStore.Create(CatalogueRules.For(catalogue, term), term).Success);

        // All of one measure's observations are for the same kind of period.
        Observation[] mixed = [new("FLOW", ReportingPeriod.Month(2023, 4), 5, 10), new("FLOW", ReportingPeriod.Quarter(2023, 2), 5, 10)];
        Assert.False(ObservationStore.Create(CatalogueRules.For(catalogue, mixed), mixed).Success);
    }

    [Fact]
    public void The_aggregation_page_says_what_is_kept_apart_and_the_store_does_so()
    {
        string page = Page("docs/concepts/aggregation.md").ReplaceLineEndings(" ");
        Assert.Contains("never enter the columns the core adds up, and so never enter any aggregate", page, StringComparison.Ordinal);
        Assert.Contains("beside counts for the same, is refused as a duplicate", page, StringComparison.Ordinal);

        var rules = CatalogueRules.For(Catalogue(Flow()), [new Observation("FLOW", ReportingPeriod.Month(2023, 4), 5, 10)]);
        Observation[] both = [new("FLOW", ReportingPeriod.Month(2023, 4), 5, 10), Observation.ValueOnly("FLOW", ReportingPeriod.Month(2023, 4), 50m)];
        var refused = ObservationStore.Create(rules, both);
        Assert.Equal(DataProblemKind.Duplicate, Assert.Single(refused.Problems).Kind);

        Observation[] apart = [new("FLOW", ReportingPeriod.Month(2023, 4), 5, 10), Observation.ValueOnly("FLOW", ReportingPeriod.Month(2023, 5), 50m)];
        var store = ObservationStore.Create(rules, apart).Value;
        Assert.Equal(1, store.Count);
        Assert.Equal([apart[1]], store.ReportedFigures);
        Assert.Equal(5m, Assert.Single(store.Aggregate(PeriodRollUp.Quarters)).Numerator);
    }

    [Fact]
    public void The_catalogue_page_says_a_wrong_type_no_longer_hides_the_other_problems()
    {
        Assert.Contains("is reported at its place, with its line and position, and the rest of the document is still checked without it", Page("docs/concepts/measures-and-targets.md"), StringComparison.Ordinal);
        const string Json = """
            { "version": 1, "measures": [ { "code": "A", "title": "T", "serviceArea": "A", "kind": "activity",
              "valueType": { "kind": "count", "decimals": "two" }, "polarity": "lowerIsBeter", "frequency": "monthly",
              "periodType": "month", "numerator": "sum" } ] }
            """;
        var problems = MeasureCatalogue.Parse(Json).Problems;
        Assert.Equal(["$.measures[0].valueType.decimals", "$.measures[0].polarity"], problems.Select(p => p.Field));
    }

    [Fact]
    public void The_guide_shows_the_notice_the_reader_gives_for_columns_left_out()
    {
        var read = ObservationCsvReader.Read(
            new StringReader("measure,period,organisational_unit,numerator,denominator,percent,team name\nEH-01,2020-12,North,21,23,91.3%,Early help\n"),
            "export.csv",
            new ObservationReadOptions { IgnoreUnknownColumns = true });
        Assert.Contains("(`export.csv: " + Assert.Single(read.Notices) + "`)", Page(Guide), StringComparison.Ordinal);
    }
}
