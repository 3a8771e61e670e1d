using System.IO;
using System.Linq;
using Measures.Benchmarks.Reporting;
using Measures.Observations;
using Measures.Samples;

namespace Measures.Benchmarks.Tests;

/// <summary>The end-to-end benchmark's file is what it says, and DuckDB's grouping finds the groups the reader's rows make.</summary>
public sealed class ToolEndToEndBenchmarkResultTests
{
    [Fact]
    public void The_generated_file_is_the_sample_repeated_for_each_team_and_duckdb_groups_it_by_measure_and_period()
    {
        string path = Path.Combine(Path.GetTempPath(), "measures-generated-3-teams.csv");
        long rows = ObservationFileGenerator.Write(path, 3);
        using var file = File.OpenRead(path);
        var read = ObservationCsvReader.Read(file, path, new ObservationReadOptions { Catalogue = SampleCouncil.Catalogue });
        Assert.True(read.Success);
        Assert.Equal(3 * SampleCouncil.Observations.Count, rows);
        Assert.Equal(rows, read.Value.Count);
        Assert.Equal(["Team 0000", "Team 0001", "Team 0002"], read.Value.Select(o => o.OrganisationalUnit).Distinct().Order());
        Assert.Equal(read.Value.Select(o => (o.MeasureCode, o.Period)).Distinct().Count(), ToolEndToEndBenchmarks.DuckDbGroups(path));
    }
}
