using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Time;

namespace Measures.Tests.Time;

/// <summary>Each named pattern reads back what it writes, for every type of period and every convention.</summary>
[Properties(Arbitrary = [typeof(PeriodArbitraries)], MaxTest = 500)]
public sealed class PeriodPatternProperties
{
    [Property]
    public Property The_round_trip_pattern_reads_back_what_it_writes(PeriodUnderConvention x)
    {
        var (p, c) = x;
        var pattern = ReportingPeriodPattern.RoundTrip.WithConvention(c);
        string label = pattern.Format(p);
        var parsed = pattern.Parse(label);
        return parsed.Success.Label($"\"{label}\" parses")
            .And((parsed.Success && parsed.Value == p).Label($"\"{label}\" reads back as {p}"))
            .And((ReportingPeriodPattern.RoundTrip.Format(p) == p.ToString()).Label("with the default convention it writes ToString's label"))
            .And((pattern.WithExpectedType(p.Type).Parse(label) is { Success: true } typed && typed.Value == p).Label("it reads back when the type is expected"))
            .And((pattern.TryParse(label.AsSpan(), out var fromSpan) && fromSpan == p).Label("the span parser agrees"));
    }

    [Property]
    public Property The_report_pattern_reads_back_what_it_writes(PeriodUnderConvention x)
    {
        var (p, c) = x;
        var pattern = ReportingPeriodPattern.Report.WithConvention(c);
        string label = pattern.Format(p);
        var parsed = pattern.Parse(label);

        // Report wording has no brackets, so an academic period reads back under the convention it was made with.
        return (!label.Contains('[', StringComparison.Ordinal)).Label($"\"{label}\" has no dates in brackets")
            .And((label == ReportingPeriodPattern.Report.Format(p)).Label("the wording does not depend on the convention"))
            .And(parsed.Success.Label($"\"{label}\" parses"))
            .And((parsed.Success && parsed.Value == p).Label($"\"{label}\" reads back as {p}"))
            .And((pattern.WithExpectedType(p.Type).Parse(label) is { Success: true } typed && typed.Value == p).Label("it reads back when the type is expected"))
            .And((pattern.TryParse(label.AsSpan(), out var fromSpan) && fromSpan == p).Label("the span parser agrees"));
    }
}
