using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Cli.Excel;

namespace Measures.Cli.Tests;

/// <summary>Whatever a catalogue calls its service areas, each becomes a sheet name Excel accepts, unlike every other.</summary>
public sealed class ExcelSheetNameProperties
{
    // Excel's rules for a sheet name: 1 to 31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe, unique ignoring case.
    private static readonly System.Buffers.SearchValues<char> Forbidden = System.Buffers.SearchValues.Create(":\\/?*[]");

    /// <summary>Service-area names: ordinary words, and the characters and lengths Excel refuses.</summary>
    public static Arbitrary<string[]> ServiceAreas() =>
        Gen.ArrayOf(Gen.OneOf(
            Gen.Elements("Children's Social Care", "Early Help and Family Engagement", "Education", "History", "'Quoted'", "SEND: EHCPs [new]", "a/b\\c?*", "   ", ""),
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)))
        .ToArbitrary();

    // A long name cut at a word can end on an apostrophe, and trimming one end can uncover another; Excel refuses
    // either, so spaces and apostrophes are trimmed until neither is left at an end.
    [Theory]
    [InlineData("Looked after children' outcomesX and more", "Looked after children")]
    [InlineData("Looked after children'' xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "Looked after children")]
    [InlineData("Looked after children ' ' xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "Looked after children")]
    [InlineData("'\t'_Y8$=4", "_Y8$=4")]
    [InlineData("' ' Early help ' '", "Early help")]
    public void A_name_never_starts_or_ends_with_an_apostrophe(string area, string expected) =>
        Assert.Equal(expected, ExcelSheet.NameFor(area, new HashSet<string>(StringComparer.OrdinalIgnoreCase)));

    [Property(MaxTest = 200, Arbitrary = [typeof(ExcelSheetNameProperties)])]
    public Property Every_name_is_valid_and_unlike_the_others(string[] areas)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Summary", "Data", "Definitions" };
        var names = areas.Select(a => ExcelSheet.NameFor(a, taken)).ToList();
        return names.All(n => n.Length is >= 1 and <= 31).Label("1 to 31 characters")
            .And(names.All(n => n.AsSpan().IndexOfAny(Forbidden) < 0 && !n.Any(char.IsControl)).Label("no forbidden character")
            .And(names.All(n => n[0] != '\'' && n[^1] != '\'')).Label("no apostrophe at either end")
            .And(names.Concat(["Summary", "Data", "Definitions"]).Distinct(StringComparer.OrdinalIgnoreCase).Count() == names.Count + 3).Label("unique, ignoring case")
            .And(names.All(n => !n.Equals("History", StringComparison.OrdinalIgnoreCase))).Label("not History, which Excel keeps for itself"));
    }
}
