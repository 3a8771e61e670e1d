using System;

namespace Measures.Cli.Tests;

/// <summary>What a scorecard would refuse, validate refuses first: no file passes validate and then fails the scorecard.</summary>
public sealed class ValidateAgreesWithScorecardTests : IDisposable
{
    private const string Header = "measure,period,organisational_unit,numerator,denominator\n";

    private const string Catalogue = """
        { "version": 1, "name": "Edges", "measures": [
          { "code": "KIDS", "title": "Children", "serviceArea": "A", "kind": "activity", "valueType": { "kind": "count" },
            "polarity": "none", "frequency": "monthly", "periodType": "month", "numerator": "sum" },
          { "code": "RATE", "title": "Per billion", "serviceArea": "A", "kind": "activity", "valueType": { "kind": "rate", "per": 1000000000, "decimals": 6 },
            "polarity": "none", "frequency": "monthly", "periodType": "month", "numerator": "sum", "denominator": "sum" },
          { "code": "SHARE", "title": "Seen in the year, of those open at its end", "serviceArea": "A", "kind": "activity", "valueType": { "kind": "percentage" },
            "polarity": "higherIsBetter", "frequency": "monthly", "periodType": "financialYear", "numerator": "sum", "denominator": "last" }
        ] }
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("KIDS,Mar 2024,North,4611686018427387904,\nKIDS,Mar 2024,South,4611686018427387904,\n", "add up to 9,223,372,036,854,775,808")]
    [InlineData("RATE,Mar 2024,,9000000000000000000,1\n", "is too large for a value")]
    [InlineData("SHARE,Jan 2024,,60,100\nSHARE,Feb 2024,,60,100\nSHARE,Mar 2024,,10,100\n", "100")]
    public void A_file_the_scorecard_refuses_does_not_pass_validate(string rows, string reason)
    {
        string catalogue = folder.Write("catalogue.json", Catalogue);
        string observations = folder.Write("observations.csv", Header + rows);
        var validate = Tool.Run("validate", observations, "--catalogue", catalogue);
        var scorecard = Tool.Run("scorecard", "--catalogue", catalogue, "--observations", observations, "--period", "2023/24");
        Assert.True(scorecard.ExitCode == 1, scorecard.ToString());
        Assert.True(validate.ExitCode == 1, validate.ToString());
        Assert.Contains(reason, validate.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_both_accept_gives_a_scorecard()
    {
        string catalogue = folder.Write("catalogue.json", Catalogue);
        string observations = folder.Write("observations.csv", Header + "KIDS,Mar 2024,,40,\nRATE,Mar 2024,,3,70000\nSHARE,Jan 2024,,20,100\nSHARE,Mar 2024,,30,100\n");
        Assert.Equal(0, Tool.Run("validate", observations, "--catalogue", catalogue).ExitCode);
        var scorecard = Tool.Run("scorecard", "--catalogue", catalogue, "--observations", observations, "--period", "2023/24");
        Assert.True(scorecard.ExitCode == 0, scorecard.ToString());
    }
}
