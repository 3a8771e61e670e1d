using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Measures.Indicators;
using Measures.Returns;
using Measures.Returns.Ssda903;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Measures.Tests.Indicators;

/// <summary>Small hand-built SSDA903 records for the indicator tests, with dates written as the return writes them.</summary>
internal static class Ssda903TestReturns
{
    public static readonly IReadOnlySet<Ssda903File> AllFiles = new HashSet<Ssda903File>(Enum.GetValues<Ssda903File>());

    public static LocalDate D(string ddMMyyyy) => LocalDatePattern.CreateWithInvariantCulture("dd/MM/uuuu").Parse(ddMMyyyy).Value;

    public static Episode Ep(string child, string decom, string rne, string? dec = null, string? rec = null, string ls = "C2", string place = "U1", int line = 0) =>
        new(child, D(decom), rne, ls, "N1", place, "PR1", dec is null ? null : D(dec), rec, null, null, null, null, line == 0 ? default : new RecordLocation("Episodes.csv", line));

    public static ChildHeader Child(string child, string dob, string sex = "1", int line = 0) =>
        new(child, sex, D(dob), "WBRI", null, null, null, line == 0 ? default : new RecordLocation("Header.csv", line));

    public static Ssda903Return Return(IEnumerable<Episode> episodes, IEnumerable<ChildHeader>? children = null, IReadOnlySet<Ssda903File>? files = null) =>
        new() { Files = files ?? AllFiles, Episodes = [.. episodes], Children = [.. children ?? []] };

    public static IEnumerable<string> Ids(IEnumerable<CountedChild>? children) => (children ?? []).Select(c => c.ChildId);

    public static IEnumerable<string> Ids(IEnumerable<ExcludedChild> children) => children.Select(c => c.ChildId);

    /// <summary>A figure that cannot be explained is a bug: every observation's numerator and denominator equal its listed children, and the numerator's children are among the denominator's.</summary>
    public static void AssertTraceable(IndicatorResult result)
    {
        foreach (var observation in result.Observations)
        {
            var explanation = result.Explain(observation.MeasureCode);
            Assert.Null(explanation.Unavailable);
            Assert.Equal(observation.Numerator, explanation.Numerator.Sum(c => c.Amount));
            Assert.Equal(explanation.Numerator.Count, explanation.Numerator.Select(c => c.ChildId).Distinct(StringComparer.Ordinal).Count());
            if (observation.MeasureCode == Ssda903Indicators.ChildrenLookedAfterRate)
            {
                Assert.Null(explanation.Denominator);
                continue;
            }

            Assert.Equal(observation.Denominator, explanation.Denominator?.Count);
            if (explanation.Denominator is { } denominator)
            {
                Assert.Subset(Ids(denominator).ToHashSet(), Ids(explanation.Numerator).ToHashSet());
            }

            var counted = Ids(explanation.Numerator).Concat(Ids(explanation.Denominator)).ToHashSet();
            Assert.Empty(counted.Intersect(Ids(explanation.Exclusions)));
        }

        foreach (var note in result.Notes)
        {
            Assert.DoesNotContain(result.Observations, o => o.MeasureCode == note.MeasureCode);
            Assert.NotNull(result.Explain(note.MeasureCode).Unavailable);
        }
    }

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
