using System.Collections.Generic;
using Measures.Definitions;
using Measures.Time;

namespace Measures.Tests.Definitions;

/// <summary>Small measure definitions for examples.</summary>
internal static class TestMeasures
{
    public static MeasureDefinition Percentage(
        string code = "CSC-13",
        Polarity polarity = Polarity.HigherIsBetter,
        IEnumerable<Target>? targets = null,
        string? parent = null,
        MeasureKind kind = MeasureKind.Benchmark) =>
        new(code, "Initial child protection conferences within 15 working days", "Children's Social Care", kind,
            MeasureValueType.Percentage(1), polarity, ReportingFrequency.Monthly, PeriodType.Month,
            TemporalRule.Sum, TemporalRule.Sum, parentCode: parent, targets: targets);

    public static MeasureDefinition Count(string code = "INC-04", string? parent = null) =>
        new(code, "Children and young people with an EHCP", "Inclusion", MeasureKind.Activity,
            MeasureValueType.Count("children"), Polarity.None, ReportingFrequency.Monthly, PeriodType.Month,
            TemporalRule.Last, parentCode: parent);
}
