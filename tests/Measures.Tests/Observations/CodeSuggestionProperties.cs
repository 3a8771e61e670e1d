using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Internal;
using Measures.Observations;

namespace Measures.Tests.Observations;

/// <summary>Known codes and one given code that may be near one of them.</summary>
public sealed record SuggestionCase(string[] Known, string Given)
{
    public override string ToString() => $"[{string.Join(", ", Known)}] ← {Given}";
}

/// <summary>The suggestion index finds what comparing an unknown code with every known code finds.</summary>
public sealed class CodeSuggestionProperties
{
    // Short codes over a small alphabet, so that near misses are common.
    private static readonly Gen<string> Code =
        from length in Gen.Choose(0, 6)
        from chars in Gen.Elements('a', 'A', 'b', 'B', 'c', '-', '1', '2').ArrayOf(length)
        select new string(chars);

    public static Arbitrary<SuggestionCase> Cases() =>
        (from known in Code.ArrayOf()
         from given in Gen.OneOf(Code, Gen.Elements(known.DefaultIfEmpty("").ToArray()).SelectMany(k => Code.Select(extra => k + extra[..Math.Min(1, extra.Length)])))
         select new SuggestionCase(known, given)).ToArbitrary();

    [Property(Arbitrary = [typeof(CodeSuggestionProperties)], MaxTest = 500)]
    public Property The_index_suggests_the_first_code_a_full_comparison_would(SuggestionCase example)
    {
        var (known, given) = (example.Known, example.Given);
        // The comparison the index replaces: the same letters in another case, then the first code in
        // catalogue order with the same letters and digits or within one edit.
        static string Bare(string s) => new([.. s.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
        string? expected = known.FirstOrDefault(c => string.Equals(c, given, StringComparison.OrdinalIgnoreCase))
            ?? known.FirstOrDefault(c => Bare(c) == Bare(given) || TextDistance.Between(c, given) <= 1);
        string? actual = new CodeSuggestions(known).Nearest(given);
        return (actual == expected).Label($"suggested {actual ?? "nothing"}, a full comparison suggests {expected ?? "nothing"}")
            .Classify(expected is not null, "a code is suggested");
    }

    [Property(MaxTest = 500)]
    public Property A_bounded_distance_agrees_with_the_full_one(NonNull<string> a, NonNull<string> b, byte max)
    {
        int bound = max % 4;
        return (TextDistance.Within(a.Get, b.Get, bound) == (TextDistance.Between(a.Get, b.Get) <= bound)).Label("within the bound exactly when the distance is");
    }
}
