using System;
using System.Collections.Generic;
using System.IO;
using Measures.Definitions;
using Measures.Reporting;
using Measures.Time;
using Measures.Observations;
using Measures.Samples;

namespace Measures.Cli.Tests;

/// <summary>The C# of docs/guides/from-csv-export-to-scorecard.md runs as written, on the sample's files.</summary>
public sealed class GuideExampleTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_guides_csharp_writes_a_public_html_scorecard()
    {
        string cataloguePath = folder.PathOf("catalogue.json");
        using (var sample = SampleCouncil.OpenCatalogueJson())
        using (var copy = File.Create(cataloguePath))
        {
            sample.CopyTo(copy);
        }

        string observationsPath = folder.Write("observations.csv", ObservationCsvWriter.ToCsv(SampleCouncil.Observations));
        string htmlPath = folder.PathOf("scorecard.html");

        // As in the guide, with the folder's paths.
        MeasureCatalogue catalogue;
        using (var file = File.OpenRead(cataloguePath))
        {
            catalogue = MeasureCatalogue.Load(file).Value;
        }

        LoadResult<IReadOnlyList<Observation>> read;
        using (var file = File.OpenRead(observationsPath))
        {
            read = ObservationCsvReader.Read(file, "observations.csv", new ObservationReadOptions { Catalogue = catalogue });
        }

        Assert.True(read.Success, read.ToString());
        var builder = new ScorecardBuilder(catalogue, new ScorecardOptions { Audience = ScorecardAudience.Public });
        var scorecard = builder.Build(read.Value, ReportingPeriod.Parse("Mar 2024"));
        using (var html = File.CreateText(htmlPath))
        {
            scorecard.Write(html, ScorecardFormat.Html);
        }

        Assert.Equal(ReportingPeriod.Month(2024, 3), scorecard.Period);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(htmlPath), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_guides_example_export_reports_the_two_problems_it_shows()
    {
        string path = folder.Write("export.csv", "Measure,Period,Team,Numerator,Denominator\nEH-01,Mar 2024,North,118,131\nEH-01,Mar 2024,South,97,112\nCSC-04,Mar 2024,,502,\nCSC-13,March 24,,31,35\nCSC-13,Feb 2024,,36,35\n");
        var run = Tool.Run("validate", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "export.csv, line 5, column 2 (Period), \"March 24\": This is not a period label: \"24\" (character 7) is a two-digit year, which could be in any century; expected a four-digit year after the month.",
                "export.csv, line 6, column 4 (Numerator), \"36\": The numerator 36 is above the denominator 35; CSC-13 is a percentage, so its numerator counts part of its denominator and cannot exceed it.",
                $"measures: 2 problems in '{path}'.",
            ],
            Lines.Of(run.Error));
    }
}
