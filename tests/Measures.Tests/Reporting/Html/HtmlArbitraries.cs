using FsCheck;
using FsCheck.Fluent;

namespace Measures.Tests.Reporting.Html;

/// <summary>Named arbitraries for the HTML writer's laws.</summary>
public static class HtmlArbitraries
{
    // Text as it comes in measure titles, team names and notes: plain words mixed with every
    // character HTML treats specially, accents, symbols and a character outside the BMP.
    private static readonly string[] Pieces =
        ["a", "Z", "7", " ", "&", "<", ">", "\"", "'", "&amp;", "&lt;", "<b>", "</td>", "=", ";", "#", "£", "é", "—", "≥", "\n", "\t", "😀"];

    /// <summary>Strings built from <see cref="Pieces"/>, the empty string included.</summary>
    public static Arbitrary<string> Text() =>
        Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();
}
