using System;
using System.Linq;
using Measures.Definitions;
using Measures.Indicators;
using Measures.Reporting;
using Measures.Time;
using static Measures.Tests.Indicators.CinTestCensuses;

namespace Measures.Tests.Indicators;

/// <summary>The CIN census indicators' standard catalogue, and a scorecard built from computed figures with it.</summary>
public sealed class CinStandardCatalogueTests
{
    [Fact]
    public void The_catalogue_holds_every_CIN_code_with_its_source_and_the_DfE_polarities()
    {
        var catalogue = StandardCatalogue.Cin;
        Assert.Equal(CinIndicators.MeasureCodes, catalogue.Measures.Select(m => m.Code));
        Assert.All(catalogue.Measures, m => Assert.Contains("DfE", m.Source, StringComparison.Ordinal));
        Assert.Equal(Polarity.LowerIsBetter, catalogue[CinIndicators.ReReferrals].Polarity);
        Assert.Equal(Polarity.HigherIsBetter, catalogue[CinIndicators.AssessmentsIn45Days].Polarity);
        Assert.Equal(Polarity.HigherIsBetter, catalogue[CinIndicators.ConferencesIn15Days].Polarity);
        Assert.Equal(Polarity.None, catalogue[CinIndicators.ChildrenInNeed].Polarity);
        using var stream = StandardCatalogue.OpenCinJson();
        Assert.True(MeasureCatalogue.Load(stream).Success);
        Assert.Equal([.. Ssda903Indicators.MeasureCodes, .. CinIndicators.MeasureCodes, .. Sen2Indicators.MeasureCodes], StandardCatalogue.All.Measures.Select(m => m.Code));
    }

    [Fact]
    public void A_scorecard_builds_from_the_computed_figures_with_the_standard_catalogue()
    {
        // Four referrals in 2023/24, two of them re-referrals (C1's in May after March, C3's in January after July): 50.0%.
        var census = Census(
            Child("C1", Episode(D(2023, 3, 1), D(2023, 3, 20)), Episode(D(2023, 5, 1))),
            Child("C2", Episode(D(2023, 6, 1))),
            Child("C3", Episode(D(2023, 7, 1)), Episode(D(2024, 1, 1))));
        var year = ReportingPeriod.FinancialYear(2023);
        var result = CinIndicators.Compute(census, year);
        var scorecard = new ScorecardBuilder(StandardCatalogue.Cin).Build(result.Observations, year);
        Assert.Equal(50.0m, scorecard[CinIndicators.ReReferrals].RoundedValue);
        Assert.Equal("4 referrals", scorecard[CinIndicators.Referrals].ValueText);
    }
}
