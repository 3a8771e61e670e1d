using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Measures.Returns.Cin;

namespace Measures.Tests.Returns.Cin;

/// <summary>Small censuses written in the tests, and a census's records as text without where they were read from.</summary>
internal static class CinTestFiles
{
    public const string HeaderXml =
        "<Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails>"
        + "<Source><SourceLevel>L</SourceLevel><LEA>999</LEA><SoftwareCode>Test</SoftwareCode><Release>1</Release><SerialNo>001</SerialNo><DateTime>2024-04-05T10:00:00</DateTime></Source></Header>";

    /// <summary>A census of the children given, each child on its own lines, so that a problem's line can be told.</summary>
    public static string Census(params string[] children) =>
        "<Message>\n" + HeaderXml + "\n<Children>\n" + string.Join("\n", children) + "\n</Children>\n</Message>\n";

    /// <summary>A child with the episodes given, and identifiers that raise no problem.</summary>
    public static string Child(string id, params string[] episodes) =>
        $"<Child>\n<ChildIdentifiers><LAchildID>{id}</LAchildID><PersonBirthDate>2015-06-01</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>\n"
        + "<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>\n"
        + string.Join("\n", episodes) + "\n</Child>";

    /// <summary>An episode with the referral date and whatever else is given.</summary>
    public static string Episode(string referral, string more = "") =>
        $"<CINdetails><CINreferralDate>{referral}</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>{more}</CINdetails>";

    public static LoadResult<CinCensus> Read(string xml, CinReadOptions? options = null) =>
        CinCensusReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "census.xml", options);

    public static CinCensus Lenient(string xml) => Read(xml, CinReadOptions.Lenient).Value;

    /// <summary>The 1-based line and the column XmlReader gives an element (the column of its name) of the first <paramref name="marker"/>.</summary>
    public static (int Line, int Column) Where(string xml, string marker)
    {
        int at = xml.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, marker + " is not in the file");
        int line = 1 + xml.AsSpan(0, at).Count('\n');
        int start = at == 0 ? 0 : xml.LastIndexOf('\n', at - 1) + 1;

        return (line, at - start + (marker.StartsWith('<') ? 2 : 1));
    }

    /// <summary>Every child as one line of text, its lists in order, without where anything was read from.</summary>
    public static List<string> Records(CinCensus census) => [.. census.Children.Select(Describe)];

    /// <summary>The same, each list sorted, for comparing censuses whose elements came in another order.</summary>
    public static List<string> SortedRecords(CinCensus census) => [.. census.Children.Select(c => Describe(c, sorted: true)).Order(StringComparer.Ordinal)];

    private static string Describe(CinChild child) => Describe(child, sorted: false);

    private static string Describe(CinChild c, bool sorted)
    {
        IEnumerable<string> Each<T>(IEnumerable<T> items, Func<T, string> text) =>
            sorted ? items.Select(text).Order(StringComparer.Ordinal) : items.Select(text);

        string Join<T>(IEnumerable<T> items, Func<T, string> text) => "[" + string.Join("; ", Each(items, text)) + "]";

        string Episode(CinEpisode e) =>
            $"{e.ReferralDate} {e.ReferralSource} {e.PrimaryNeed} {e.ClosureDate} {e.ReasonForClosure} {e.InitialConferenceDate} {e.ReferralNfa} "
            + Join(e.Assessments, a => $"{a.StartDate} {a.InternalReviewDate} {a.AuthorisationDate} {Join(a.Factors, f => f)}")
            + Join(e.Plans, p => $"{p.Start} {p.End}")
            + Join(e.Section47Enquiries, s => $"{s.StartDate} {s.InitialConferenceTarget} {s.InitialConferenceDate} {s.ConferenceNotRequired}")
            + Join(e.ProtectionPlans, p => $"{p.Start} {p.End} {p.InitialCategoryOfAbuse} {p.LatestCategoryOfAbuse} {p.PreviousPlans} {Join(p.ReviewDates, d => d.ToString())}");

        return $"{c.ChildId} {c.Upn} {c.FormerUpn} {c.UpnUnknown} {c.DateOfBirth} {c.ExpectedDateOfBirth} {c.Sex} {c.DateOfDeath} {c.Ethnicity} "
            + Join(c.Disabilities, d => d) + Join(c.Episodes, Episode);
    }
}
