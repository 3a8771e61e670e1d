using Measures.Indicators;
using Measures.Returns.Sen2;
using Measures.Samples;
using Measures.Time;

namespace Measures.Tests.Returns.Sen2;

/// <summary>The sample council's SEN2 return: the embedded file is the synthetic return it says it is, and reads strictly.</summary>
public sealed class Sen2SampleTests
{
    [Fact]
    public void TheEmbeddedFileIsTheSyntheticReturnAndHasFigures()
    {
        var sample = SampleCouncil.Sen2;

        Assert.Equal(150, sample.Persons.Count);
        Assert.Equal(Sen2ReaderProperties.Describe(SyntheticSen2.Generate(2, 150, 2024)), Sen2ReaderProperties.Describe(sample));
        Assert.True(Sen2Indicators.Compute(sample, ReportingPeriod.CalendarYear(2023)).Find(Sen2Indicators.Within20Weeks)!.Value.Denominator > 0);
    }
}
