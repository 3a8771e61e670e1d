using System;
using System.Linq;
using Measures.Definitions;
using Measures.Indicators;
using Measures.Returns;
using Measures.Returns.Sen2;
using Measures.Time;
using NodaTime;
using static Measures.Tests.Indicators.Sen2TestReturns;

namespace Measures.Tests.Indicators;

/// <summary>The EHC plan 20-week indicators on hand-built plans: the 140th day, exceptions, transfers, the turn of the year, problems and breakdowns.</summary>
public sealed class Sen2IndicatorTests
{
    private static readonly ReportingPeriod Year2023 = ReportingPeriod.CalendarYear(2023);

    private static (long Numerator, long? Denominator) Figure(IndicatorResult result, string code) =>
        result.Find(code) is { } o ? (o.Numerator, o.Denominator) : throw new InvalidOperationException("no figure " + code);

    [Fact]
    public void APlanOnDay140IsInTimeAndOnDay141IsNot()
    {
        // 20 weeks = 140 days, the request's day being day 0 (SEND Regulations 2014, regulation 13(2)).
        var result = Sen2Indicators.Compute(Return(After("D139", 139), After("D140", 140), After("D141", 141)), Year2023);

        Assert.Equal((2L, (long?)3), Figure(result, Sen2Indicators.Within20Weeks));
        Assert.Equal("D139,D140", Members(result.Explain(Sen2Indicators.Within20Weeks).Numerator));
        Assert.Contains("141 days", result.Explain(Sen2Indicators.Within20Weeks).Denominator!.Single(c => c.ChildId == "D141").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExceptionIsLeftOutOfTheHeadlineAndCountedWhenExceptionsAreIncluded()
    {
        var result = Sen2Indicators.Compute(Return(After("IN", 100), After("EX", 200, exception: true), After("NOTSAID", 200, exception: null)), Year2023);

        Assert.Equal((1L, (long?)2), Figure(result, Sen2Indicators.Within20Weeks));
        Assert.Equal((1L, (long?)3), Figure(result, Sen2Indicators.Within20WeeksIncludingExceptions));
        var left = Assert.Single(result.Explain(Sen2Indicators.Within20Weeks).Exclusions);
        Assert.Equal(("EX", ExclusionReason.OutsideCohort), (left.ChildId, left.Reason));
        Assert.Contains("exception", left.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void APlanIssuedOn31DecemberIsInThatYearAndOn1JanuaryInTheNext()
    {
        var sen2 = Return(
            Person("DEC31", new LocalDate(2023, 9, 1), new LocalDate(2023, 12, 31)),
            Person("JAN1", new LocalDate(2023, 9, 1), new LocalDate(2024, 1, 1)));

        Assert.Equal((1L, (long?)1), Figure(Sen2Indicators.Compute(sen2, Year2023), Sen2Indicators.Within20Weeks));
        Assert.Equal("DEC31", Members(Sen2Indicators.Compute(sen2, Year2023).Explain(Sen2Indicators.Within20Weeks).Denominator!));
        Assert.Equal("JAN1", Members(Sen2Indicators.Compute(sen2, ReportingPeriod.CalendarYear(2024)).Explain(Sen2Indicators.Within20Weeks).Denominator!));
    }

    [Fact]
    public void ATransferredPlanAndAPlanWithoutARequestDateAreLeftOutWithReasons()
    {
        var sen2 = Return(
            Person("MOVED", new LocalDate(2023, 1, 5), new LocalDate(2023, 3, 1), transferred: true),
            new Sen2Person("NODATE", null, "M", [new Sen2Request(null, null, null, [new Sen2Assessment(null, null, [new Sen2Plan(new LocalDate(2023, 6, 1), false, false)])])]),
            Person("NOPLAN", new LocalDate(2023, 1, 5), null));

        var result = Sen2Indicators.Compute(sen2, Year2023);

        Assert.Equal((0L, (long?)0), Figure(result, Sen2Indicators.Within20Weeks));
        var reasons = result.Explain(Sen2Indicators.Within20WeeksIncludingExceptions).Exclusions.ToDictionary(e => e.ChildId, e => e.Reason);
        Assert.Equal(ExclusionReason.OutsideCohort, reasons["MOVED"]);
        Assert.Equal(ExclusionReason.MissingOrInconsistentRecord, reasons["NODATE"]);
        Assert.Equal(ExclusionReason.OutsideCohort, reasons["NOPLAN"]);
    }

    [Fact]
    public void AProblemWithTheExceptionMarkLeavesThePersonOutOfTheHeadlineOnly()
    {
        var problem = new ReturnProblem(new DataProblem(DataProblemKind.InvalidValue, "not a boolean", "sen2.xml", 9, 3, "TwentyWeekException", "maybe"), (int)Sen2Part.PlanException, "BAD");
        var sen2 = new Sen2Return { Persons = [After("BAD", 100, exception: null), After("OK", 100)], Problems = [problem] };

        var result = Sen2Indicators.Compute(sen2, Year2023);

        Assert.Equal((1L, (long?)1), Figure(result, Sen2Indicators.Within20Weeks));
        Assert.Equal((2L, (long?)2), Figure(result, Sen2Indicators.Within20WeeksIncludingExceptions));
        var left = Assert.Single(result.Explain(Sen2Indicators.Within20Weeks).Exclusions);
        Assert.Equal(("BAD", ExclusionReason.ProblemInReturn), (left.ChildId, left.Reason));
    }

    [Fact]
    public void BreakdownsBySexAndAgeBandAddUpToTheWhole()
    {
        var sen2 = Return(
            Person("A", new LocalDate(2023, 3, 1), new LocalDate(2023, 6, 1), sex: "F", born: new LocalDate(2020, 1, 1)),
            Person("B", new LocalDate(2023, 3, 1), new LocalDate(2023, 9, 1), sex: "M", born: new LocalDate(2010, 1, 1)),
            Person("C", new LocalDate(2023, 3, 1), new LocalDate(2023, 7, 1), sex: null, born: new LocalDate(2005, 1, 1)));

        var result = Sen2Indicators.Compute(sen2, Year2023, new IndicatorOptions { Breakdowns = IndicatorBreakdowns.Sex | IndicatorBreakdowns.AgeBand });

        var bySex = result.Breakdowns.Where(b => b.Observation.MeasureCode == Sen2Indicators.Within20Weeks && b.Dimension == "sex").ToList();
        Assert.Equal(["F", "M", "unknown"], bySex.Select(b => b.Value));
        Assert.Equal(["11-15", "16-19", "under-5"], result.Breakdowns.Where(b => b.Observation.MeasureCode == Sen2Indicators.Within20Weeks && b.Dimension == "age").Select(b => b.Value));
        Assert.Equal(Figure(result, Sen2Indicators.Within20Weeks), (bySex.Sum(b => b.Observation.Numerator), (long?)bySex.Sum(b => b.Observation.Denominator!.Value)));
        Assert.Equal("B", Members(result.Explain(Sen2Indicators.Within20Weeks, "sex=M").Denominator!));
    }

    [Fact]
    public void OnlyTheMeasuresAskedForAreComputedAndOthersAreRefused()
    {
        var result = Sen2Indicators.Compute(Return(After("A", 1)), Year2023, new IndicatorOptions { Measures = ["ehcp-20-weeks"] });

        Assert.Equal([Sen2Indicators.Within20Weeks], result.Observations.Select(o => o.MeasureCode));
        Assert.Throws<ArgumentException>(() => Sen2Indicators.Compute(Return(), Year2023, new IndicatorOptions { Measures = ["cin-referrals"] }));
        Assert.Throws<ArgumentException>(() => Sen2Indicators.PartsUsedBy("nothing"));
    }

    [Fact]
    public void TheCatalogueHasBothIndicatorsAsCalendarYearPercentages()
    {
        var catalogue = StandardCatalogue.Sen2;
        Assert.Equal(Sen2Indicators.MeasureCodes, catalogue.Measures.Select(m => m.Code));
        foreach (string code in Sen2Indicators.MeasureCodes)
        {
            Assert.Equal(Polarity.HigherIsBetter, catalogue[code].Polarity);
            Assert.Contains("Education, health and care plans", catalogue[code].Source!, StringComparison.Ordinal);
        }
    }
}
