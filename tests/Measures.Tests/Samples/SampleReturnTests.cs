using System;
using System.IO;
using System.Linq;
using Measures.Indicators;
using Measures.Returns.Ssda903;
using Measures.Samples;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Samples;

/// <summary>The sample council's SSDA903 return: the synthetic generator's, written by the return's writer, embedded whole.</summary>
public sealed class SampleReturnTests
{
    private const string RegenerateVariable = "MEASURES_REGENERATE_SAMPLE";

    internal static Ssda903Return Made() => SyntheticSsda903.Generate(400, 903, new LocalDate(2024, 3, 31));

    private static readonly (string Name, Ssda903File File)[] Files =
    [
        ("Header.csv", Ssda903File.Header), ("Episodes.csv", Ssda903File.Episodes), ("Reviews.csv", Ssda903File.Reviews), ("UASC.csv", Ssda903File.Uasc),
        ("OC2.csv", Ssda903File.Oc2), ("OC3.csv", Ssda903File.Oc3), ("AD1.csv", Ssda903File.Ad1), ("PlacedAdoption.csv", Ssda903File.PlacedAdoption),
        ("PrevPerm.csv", Ssda903File.PrevPerm), ("Missing.csv", Ssda903File.Missing), ("SW_Episodes.csv", Ssda903File.SocialWorkerEpisodes),
    ];

    [Fact]
    public void Embedded_sample_return_is_what_the_generator_makes()
    {
        var made = Made();
        Assert.Equal(Files.Select(f => f.Name), SampleCouncil.Ssda903FileNames);
        foreach (var (name, file) in Files)
        {
            using var written = new MemoryStream();
            Ssda903Writer.Write(made, file, written);
            string text = System.Text.Encoding.UTF8.GetString(written.ToArray());
            if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
            {
                File.WriteAllText(Path.Combine(RepositoryFile.Root(), "src", "Measures", "Samples", "Data", "ssda903", name), text);
                continue;
            }

            using var reader = new StreamReader(SampleCouncil.OpenSsda903File(name));
            Assert.True(
                text.ReplaceLineEndings("\n") == reader.ReadToEnd().ReplaceLineEndings("\n"),
                $"The embedded {name} differs from what the generator makes; run the tests with {RegenerateVariable}=1 to rewrite it, then rebuild.");
        }
    }

    [Fact]
    public void The_sample_return_reads_back_to_the_generators_records_and_has_every_file()
    {
        var made = Made();
        var read = SampleCouncil.Ssda903;
        Assert.Empty(read.Problems);
        Assert.Equal(Files.Select(f => f.File).ToHashSet(), read.Files.ToHashSet());
        Assert.Equal(made.Children.Select(c => c with { Location = default }), read.Children.Select(c => c with { Location = default }));
        Assert.Equal(made.Episodes.Select(e => e with { Location = default }), read.Episodes.Select(e => e with { Location = default }));
        Assert.Equal("Episodes.csv", read.Episodes[0].Location.File);
    }

    [Fact]
    public void Every_indicator_of_the_standard_catalogue_has_a_figure_for_2023_24_from_the_sample()
    {
        var result = Ssda903Indicators.Compute(SampleCouncil.Ssda903, ReportingPeriod.FinancialYear(2023), new IndicatorOptions { Population = Population.Of(56_000) });
        foreach (string code in Ssda903Indicators.MeasureCodes)
        {
            var explanation = result.Explain(code);
            Assert.True(explanation.Unavailable is null, $"{code}: {explanation.Unavailable}");
        }

        Assert.True(result.Find(Ssda903Indicators.MeasureCodes[0]) is not null);
        Assert.Throws<ArgumentException>(() => SampleCouncil.OpenSsda903File("Other.csv"));
    }
}
