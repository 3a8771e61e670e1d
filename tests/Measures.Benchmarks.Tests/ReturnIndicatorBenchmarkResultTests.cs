using System.Collections.Generic;
using System.IO;
using System.Linq;
using Measures.Benchmarks.Returns;
using Measures.Indicators;
using Measures.Returns.Ssda903;
using Measures.Time;
using NodaTime;
using NodaTime.Text;

namespace Measures.Benchmarks.Tests;

/// <summary>
/// The return indicator benchmarks measure right answers: DuckDB's SQL gives the library's <c>cla-31-march</c> and
/// <c>cla-3-placements</c> exactly, on synthetic returns and on a return built to hold the definitions' edge cases.
/// </summary>
public sealed class ReturnIndicatorBenchmarkResultTests
{
    [Fact]
    public void DuckDb_agrees_with_the_library_on_a_synthetic_return_of_2000_children()
    {
        using var b = new ReturnIndicatorBenchmarks { Children = 2_000, Seed = 7 };
        b.SetupIndicators();
        var library = ReturnIndicatorBenchmarks.LibraryFigures(b.Indicators());
        Assert.Equal(library, b.DuckDb());

        // Neither figure is trivially zero or everyone, so agreement means something.
        Assert.InRange(library.LookedAfter, 1, 1_999);
        Assert.InRange(library.ThreeOrMorePlacements, 1, library.LookedAfter - 1);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void DuckDb_agrees_with_the_library_on_other_seeds(int seed)
    {
        using var b = new ReturnIndicatorBenchmarks { Children = 500, Seed = seed };
        b.SetupIndicators();
        Assert.Equal(ReturnIndicatorBenchmarks.LibraryFigures(b.Indicators()), b.DuckDb());
    }

    [Fact]
    public void The_library_reading_the_two_files_gives_what_DuckDb_gives()
    {
        using var b = new ReturnIndicatorBenchmarks { Children = 2_000, Seed = 7 };
        b.SetupIndicators();
        var two = b.TwoFiguresFromFiles();
        Assert.Equal(b.DuckDb(), two);
        Assert.Equal(ReturnIndicatorBenchmarks.LibraryFigures(b.Indicators()), two);
    }

    [Fact]
    public void The_whole_path_gives_what_its_parts_give()
    {
        using var b = new ReturnIndicatorBenchmarks { Children = 500, Seed = 7 };
        b.SetupIndicators();
        var read = b.Read();
        Assert.True(read.Success);
        Assert.Equal(500, read.Value.Children.Count);
        Assert.Equal(b.Indicators().Observations, b.ReadAndIndicators().Observations);
        Assert.Contains(b.Indicators().Observations, o => o.MeasureCode == Ssda903Indicators.ChildrenLookedAfterRate);
        Assert.Equal(11, b.FileSizes.Count);
    }

    [Fact]
    public void The_setup_deletes_its_files_when_disposed()
    {
        var b = new ReturnIndicatorBenchmarks { Children = 50, Seed = 7 };
        b.Setup();
        Assert.True(File.Exists(Path.Combine(b.Folder, "Episodes.csv")));
        b.Dispose();
        Assert.False(Directory.Exists(b.Folder));
    }

    [Fact]
    public void DuckDb_agrees_with_the_library_on_the_definitions_edge_cases()
    {
        // Each child below is built so that its answer follows from the definitions in RETURNS.md; the comments say which.
        var episodes = new List<Episode>();
        void Add(string child, string decom, string rne, string ls, string? dec, string? rec) =>
            episodes.Add(new Episode(child, LocalDatePattern.Iso.Parse(decom).Value, rne, ls, "N1", "U1", "PR1", dec is null ? null : LocalDatePattern.Iso.Parse(dec).Value, rec, null, null, null, null));

        // A: placements [S], [P, L], [U]: three in the year; looked after.
        Add("A", "2023-05-01", "S", "C2", "2023-08-01", "X1");
        Add("A", "2023-08-01", "P", "C2", "2023-10-01", "X1");
        Add("A", "2023-10-01", "L", "C1", "2024-01-01", "X1");
        Add("A", "2024-01-01", "U", "C1", null, null);

        // B: a short break between two placements is removed first: two placements; looked after.
        Add("B", "2023-05-01", "S", "C2", "2023-07-01", "X1");
        Add("B", "2023-07-01", "P", "V3", "2023-07-05", "X1");
        Add("B", "2023-07-05", "P", "C2", null, null);

        // C: the first placement ends on the year's first day, so is open on no day of it; the last starts on the
        // year's last day. Three placements in the year; looked after.
        Add("C", "2022-01-01", "S", "C2", "2023-04-01", "X1");
        Add("C", "2023-04-01", "P", "C2", "2023-09-01", "X1");
        Add("C", "2023-09-01", "P", "C2", "2024-03-31", "X1");
        Add("C", "2024-03-31", "U", "C2", null, null);

        // D: only a short break is open on 31 March: not looked after.
        Add("D", "2023-05-01", "S", "C2", "2023-06-01", "E13");
        Add("D", "2024-03-01", "S", "V4", null, null);

        // E: four placements, but ceased before 31 March: not looked after.
        Add("E", "2023-04-10", "S", "C2", "2023-05-01", "X1");
        Add("E", "2023-05-01", "P", "C2", "2023-06-01", "X1");
        Add("E", "2023-06-01", "P", "C2", "2023-07-01", "X1");
        Add("E", "2023-07-01", "P", "C2", "2024-02-01", "E13");

        // F: history cut off, the first episode has RNE L and still starts a placement: three; looked after.
        Add("F", "2022-01-01", "L", "C2", "2023-06-01", "X1");
        Add("F", "2023-06-01", "P", "C2", "2023-09-01", "X1");
        Add("F", "2023-09-01", "P", "C2", null, null);

        // G: an episode of no days (open on none), then two placements: two in the year; looked after.
        Add("G", "2023-06-01", "S", "C2", "2023-06-01", "X1");
        Add("G", "2023-06-01", "P", "C2", "2023-12-01", "X1");
        Add("G", "2023-12-01", "T", "E1", null, null);

        // H: listed out of order; the episode of no days sorts first (same DECOM, earlier DEC), so the L joins it:
        // [S, L], [P]: two; looked after.
        Add("H", "2023-06-01", "L", "C1", "2023-08-01", "X1");
        Add("H", "2023-06-01", "S", "C2", "2023-06-01", "X1");
        Add("H", "2023-08-01", "P", "C1", null, null);

        string[] ids = [.. episodes.Select(e => e.ChildId).Distinct()];
        var @return = new Ssda903Return
        {
            Files = new HashSet<Ssda903File> { Ssda903File.Header, Ssda903File.Episodes },
            Children = [.. ids.Select(id => new ChildHeader(id, "1", new LocalDate(2012, 1, 1), "WBRI", null, null, null))],
            Episodes = episodes,
        };
        var period = ReportingPeriod.FinancialYear(2023);
        var library = ReturnIndicatorBenchmarks.LibraryFigures(Ssda903Indicators.Compute(@return, period));

        var folder = Directory.CreateTempSubdirectory("measures-return-test-").FullName;
        try
        {
            string header = Path.Combine(folder, "Header.csv");
            string episodesCsv = Path.Combine(folder, "Episodes.csv");
            using (var stream = File.Create(header))
            {
                Ssda903Writer.Write(@return, Ssda903File.Header, stream);
            }

            using (var stream = File.Create(episodesCsv))
            {
                Ssda903Writer.Write(@return, Ssda903File.Episodes, stream);
            }

            // Looked after: A, B, C, F, G, H. Three or more placements: A, C, F.
            Assert.Equal(new ReturnDuckDbFigures(6, 3), library);
            Assert.Equal(library, ReturnDuckDbBaseline.Compute(header, episodesCsv, period, 2));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
