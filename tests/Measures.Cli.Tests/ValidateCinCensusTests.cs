using System;
using Xunit;

namespace Measures.Cli.Tests;

/// <summary><c>measures validate FILE</c> recognises a CIN census by its XML and lists its problems like any other file's.</summary>
public sealed class ValidateCinCensusTests
{
    private const string Header =
        "<Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails>"
        + "<Source><SourceLevel>L</SourceLevel><LEA>999</LEA><SoftwareCode>Test</SoftwareCode><Release>1</Release><SerialNo>001</SerialNo><DateTime>2024-04-05T10:00:00</DateTime></Source></Header>";

    private static string Census(string closure) =>
        "<Message>\n" + Header + "\n<Children>\n<Child>\n"
        + "<ChildIdentifiers><LAchildID>C1</LAchildID><PersonBirthDate>2015-06-01</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>\n"
        + "<CINdetails><CINreferralDate>2023-06-01</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>"
        + $"<CINclosureDate>{closure}</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure></CINdetails>\n"
        + "</Child>\n</Children>\n</Message>\n";

    [Fact]
    public void A_sound_census_is_counted_and_passes()
    {
        using var folder = new TempFolder();
        string path = folder.Write("cin-2024.xml", Census("2023-09-01"));
        var run = Tool.Run("validate", path);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal($"{path}: a CIN census of 1 child and 1 episode; no problems found.", run.Output.TrimEnd());
    }

    [Fact]
    public void A_closure_before_its_referral_is_listed_with_its_place_and_the_run_fails()
    {
        using var folder = new TempFolder();
        string path = folder.Write("cin-2024.xml", Census("2023-05-01"));
        var run = Tool.Run("validate", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cin-2024.xml", run.Error, StringComparison.Ordinal);
        Assert.Contains("C1", run.Error, StringComparison.Ordinal);
        Assert.Contains("CINclosureDate", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 problem in", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalogue_options_are_refused_for_a_census()
    {
        using var folder = new TempFolder();
        string path = folder.Write("cin-2024.xml", Census("2023-09-01"));
        var run = Tool.Run("validate", path, "--catalogue", "x.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a CIN census", run.Error, StringComparison.Ordinal);
    }
}
