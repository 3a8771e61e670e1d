using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using FsCheck.Xunit;
using Measures.Returns.Sen2;
using Measures.Samples;
using Measures.Tests.Indicators;

namespace Measures.Tests.Returns.Sen2;

/// <summary>The laws of reading SEN2: what the writer writes reads back as the same records, and the order of elements and persons changes nothing.</summary>
public sealed class Sen2ReaderProperties
{
    /// <summary>A return as text, every value kept and the places read from left out, to compare two returns.</summary>
    internal static string Describe(Sen2Return sen2) =>
        string.Join("\n", sen2.Persons.Select(p =>
            $"{p.PersonId}|{p.DateOfBirth}|{p.Sex}|" + string.Join(";", p.Requests.Select(r =>
                $"{r.ReceivedDate}|{r.Outcome}|{r.OutcomeDate}|" + string.Join(",", r.Assessments.Select(a =>
                    $"{a.Outcome}|{a.OutcomeDate}|" + string.Join("/", a.Plans.Select(pl => $"{pl.StartDate}|{pl.Transferred}|{pl.TwentyWeekException}")))))))) ;

    private static string Write(Sen2Return sen2)
    {
        using var stream = new MemoryStream();
        Sen2Writer.Write(sen2, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static Sen2Return ReadBack(string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return Sen2Reader.Read(stream, "sen2.xml").Value;
    }

    [Property(Arbitrary = [typeof(Sen2Arbitraries)])]
    public bool WrittenThenReadGivesTheSameRecords(Sen2Return sen2) => Describe(ReadBack(Write(sen2))) == Describe(sen2);

    [Property]
    public bool TheSyntheticReturnRoundTrips(int seed)
    {
        var sen2 = SyntheticSen2.Generate(seed, 20, 2024);
        return Describe(ReadBack(Write(sen2))) == Describe(sen2) && Describe(SyntheticSen2.Generate(seed, 20, 2024)) == Describe(sen2);
    }

    [Property(Arbitrary = [typeof(Sen2Arbitraries)])]
    public bool ElementOrderWithinEveryGroupChangesNothing(Sen2Return sen2)
    {
        // Reverse the value elements of every group, keeping the order of repeated groups (persons, requests, plans) as written.
        var document = XDocument.Parse(Write(sen2));
        foreach (var group in document.Descendants().Where(e => e.HasElements).ToList())
        {
            var values = group.Elements().Where(e => !e.HasElements).Reverse().ToList();
            var groups = group.Elements().Where(e => e.HasElements).ToList();
            group.ReplaceNodes([.. values, .. groups]);
        }

        return Describe(ReadBack(document.ToString())) == Describe(sen2);
    }
}
