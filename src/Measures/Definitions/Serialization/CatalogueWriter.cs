using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime.Text;

using Measures.Definitions;

namespace Measures.Definitions.Serialization;

/// <summary>Writes a <see cref="MeasureCatalogue"/> as a catalogue document: the reader's inverse.</summary>
internal static class CatalogueWriter
{
    public static void Write(MeasureCatalogue catalogue, Stream utf8Json)
    {
        JsonSerializer.Serialize(utf8Json, ToDocument(catalogue), CatalogueJsonContext.Writing.CatalogueDocument);
        utf8Json.WriteByte((byte)'\n'); // a text file ends with a line break
    }

    private static CatalogueDocument ToDocument(MeasureCatalogue catalogue) => new()
    {
        Schema = catalogue.JsonSchema,
        Version = MeasureCatalogue.FormatVersion,
        Name = NullIfEmpty(catalogue.Name),
        Description = NullIfEmpty(catalogue.Description),
        Measures = [.. catalogue.Measures.Select(ToDocument)],
    };

    private static MeasureDocument ToDocument(MeasureDefinition m) => new()
    {
        Code = m.Code,
        Title = m.Title,
        Description = NullIfEmpty(m.Description),
        ServiceArea = m.ServiceArea,
        Kind = JsonWords.Kinds.Word(m.Kind),
        Parent = m.ParentCode,
        ValueType = new ValueTypeDocument
        {
            Kind = JsonWords.ValueKinds.Word(m.ValueType.Kind),
            Per = m.ValueType.RatePer,
            Unit = NullIfEmpty(m.ValueType.Unit),
            Decimals = m.ValueType.Decimals,
        },
        Polarity = JsonWords.Polarities.Word(m.Polarity),
        Frequency = JsonWords.Frequencies.Word(m.Frequency),
        PeriodType = JsonWords.PeriodTypes.Word(m.PeriodType),
        RollingMonths = m.RollingMonths,
        Numerator = JsonWords.NumeratorRules.Word(m.NumeratorRule),
        Denominator = m.DenominatorRule is { } rule ? JsonWords.DenominatorRules.Word(rule) : null,
        DataLag = m.DataLag is { } lag ? PeriodPattern.Roundtrip.Format(lag) : null,
        CountsInSummary = m.CountsInSummary,
        NoChangeTolerance = m.NoChangeTolerance,
        SimilarityTolerance = m.SimilarityTolerance,
        Targets = m.Targets.Count == 0 ? null : [.. m.Targets.Select(ToDocument)],
        Benchmarks = m.Benchmarks.Count == 0 ? null : [.. m.Benchmarks.Select(ToDocument)],
        Source = m.Source,
    };

    private static TargetDocument ToDocument(Target t) => new()
    {
        Year = t.Onwards ? null : CataloguePeriods.Format(t.Period),
        From = t.Onwards ? CataloguePeriods.Format(t.Period) : null,
        Value = t.Value,
        Upper = t.UpperValue,
        Tolerance = t.Tolerance == ToleranceBand.None
            ? null
            : t.Tolerance.Basis == ToleranceBasis.Points
                ? new ToleranceDocument { Points = t.Tolerance.Amount }
                : new ToleranceDocument { FractionOfTarget = t.Tolerance.Amount },
        Stretch = t.Stretch,
        Source = t.Source,
    };

    private static BenchmarkDocument ToDocument(Benchmark b) => new()
    {
        Period = CataloguePeriods.Format(b.Period),
        Comparators = b.Comparators.Count == 0 ? null : [.. b.Comparators.Select(c => new ComparatorDocument { Name = c.Name, Value = c.Value })],
        Quartiles = b.Quartiles is { } q ? new QuartilesDocument { Lower = q.Lower, Median = q.Median, Upper = q.Upper } : null,
        Band = b.Band is { } band ? JsonWords.QuartileBands.Word(band) : null,
        Source = b.Source,
    };

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
