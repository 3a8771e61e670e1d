using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Observations;
using Measures.Tests.Definitions;
using Measures.Time;

namespace Measures.Tests.Observations;

/// <summary>
/// The figures' rules are written once, on the value type: reading a file against a catalogue and building a
/// store from the same observations accept and refuse the same figures, for the same reason.
/// </summary>
public sealed class FigureRuleAgreementProperties
{
    private static readonly MeasureCatalogue Catalogue = new([TestMeasures.Percentage("PCT"), TestMeasures.Count("CNT")]);

    [Property(MaxTest = 300)]
    public Property The_reader_and_the_store_agree_on_every_figure(bool percentage, byte numeratorSeed, byte denominatorSeed, bool withDenominator)
    {
        string code = percentage ? "PCT" : "CNT";
        long numerator = numeratorSeed % 25;
        long? denominator = withDenominator ? denominatorSeed % 25 : null;

        string csv = $"measure,period,numerator,denominator\n{code},2024-01,{numerator},{denominator}\n";
        var read = ObservationCsvReader.Read(new StringReader(csv), "figures.csv", new ObservationReadOptions { Catalogue = Catalogue });

        var observation = new Observation(code, ReportingPeriod.Month(2024, 1), numerator, denominator);
        var built = ObservationStore.Create(CatalogueRules.For(Catalogue, [observation]), [observation]);

        var readKinds = read.Problems.Select(p => p.Kind).ToArray();
        var builtKinds = built.Problems.Select(p => p.Kind).ToArray();
        return (read.Success == built.Success).Label($"accepted alike (reader {read.Success}, store {built.Success})")
            .And(readKinds.SequenceEqual(builtKinds).Label($"the same kinds (reader [{string.Join(", ", readKinds)}], store [{string.Join(", ", builtKinds)}])"))
            .And((read.Success || read.Problems[0].Line == 2).Label("the reader places the problem on the observation's line"));
    }
}
