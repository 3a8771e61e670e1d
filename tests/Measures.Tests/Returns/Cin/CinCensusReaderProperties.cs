using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Measures.Tests.Returns.Cin.CinTestFiles;

namespace Measures.Tests.Returns.Cin;

/// <summary>An element of a census written in a test: a value, or a group of elements.</summary>
public sealed record CinElement(string Name, string? Text, IReadOnlyList<CinElement> Items)
{
    public static CinElement Value(string name, string text) => new(name, text, []);

    public static CinElement Group(string name, params IEnumerable<CinElement?> items) => new(name, null, [.. items.OfType<CinElement>()]);

    /// <summary>The XML, each group's elements in the order given or, with <paramref name="shuffle"/>, in a random order.</summary>
    public string Write(Random? shuffle = null)
    {
        var text = new StringBuilder();
        Write(text, shuffle);
        return text.ToString();
    }

    private void Write(StringBuilder text, Random? shuffle)
    {
        text.Append('<').Append(Name).Append('>');
        if (Text is not null)
        {
            text.Append(Text);
        }
        else
        {
            var items = Items.ToArray();
            shuffle?.Shuffle(items);
            foreach (var item in items)
            {
                text.Append('\n');
                item.Write(text, shuffle);
            }

            text.Append('\n');
        }

        text.Append("</").Append(Name).Append('>');
    }
}

/// <summary>Random valid censuses: codes from the DfE's lists, dates that follow one another, booleans and Sex written each way systems write them.</summary>
public static class CinCensusArbitraries
{
    public static Arbitrary<CinElement> Censuses() => Census.ToArbitrary();

    private static Gen<LocalDate> Date => from days in Gen.Choose(0, 6_000) select new LocalDate(2008, 1, 1).PlusDays(days);

    private static Gen<LocalDate> OnOrAfter(LocalDate day) => from days in Gen.Choose(0, 800) select day.PlusDays(days);

    private static string Text(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Gen<CinElement?> Maybe(Gen<CinElement> gen) => Gen.OneOf(Gen.Constant((CinElement?)null), gen.Select(e => (CinElement?)e));

    private static Gen<CinElement> Code(string name, params string[] codes) => Gen.Elements(codes).Select(c => CinElement.Value(name, c));

    private static Gen<List<T>> Up<T>(Gen<T> gen, int most) =>
        from count in Gen.Choose(0, most)
        from list in gen.ListOf(count)
        select new List<T>(list);

    private static Gen<CinElement> Census =>
        from count in Gen.Choose(0, 8)
        from children in Gen.CollectToArray(Enumerable.Range(1, count), i => Child("C" + i.ToString(CultureInfo.InvariantCulture)))
        select CinElement.Group(
            "Message",
            CinElement.Group(
                "Header",
                CinElement.Group("CollectionDetails", CinElement.Value("Collection", "CIN"), CinElement.Value("Year", "2024"), CinElement.Value("ReferenceDate", "2024-03-31")),
                CinElement.Group("Source", CinElement.Value("SourceLevel", "L"), CinElement.Value("LEA", "999"))),
            CinElement.Group("Children", children));

    private static Gen<CinElement> Child(string id) =>
        from birth in Date
        from sexName in Gen.Elements("Sex", "GenderCurrent")
        from sex in Gen.Elements("M", "F", "U", "1", "2", "0", "9")
        from upn in Maybe(Code("UPN", "A123456789012", "UN2"))
        from ethnicity in Maybe(Code("Ethnicity", "WBRI", "MWBC", "NOBT", "REFU"))
        from disabilities in Up(Code("Disability", "NONE", "AUT", "HEAR", "MOB"), 2)
        from episodes in Up(Episode, 3)
        select CinElement.Group(
            "Child",
            [
                CinElement.Group("ChildIdentifiers", CinElement.Value("LAchildID", id), upn, CinElement.Value("PersonBirthDate", Text(birth)), CinElement.Value(sexName, sex)),
                CinElement.Group("ChildCharacteristics", ethnicity, disabilities.Count == 0 ? null : CinElement.Group("Disabilities", disabilities)),
                .. episodes,
            ]);

    private static Gen<CinElement> Episode =>
        from referral in Date
        from closure in Maybe(OnOrAfter(referral).Select(d => CinElement.Value("CINclosureDate", Text(d))))
        from reason in Maybe(Code("ReasonForClosure", "RC1", "RC4", "RC8"))
        from source in Code("ReferralSource", "1A", "3F", "5D", "10")
        from need in Code("PrimaryNeedCode", "N0", "N1", "N4", "N9")
        from nfa in Maybe(Code("ReferralNFA", "true", "false", "1", "0"))
        from assessments in Up(Assessment(referral), 2)
        from plans in Up(from start in Date from end in Maybe(OnOrAfter(start).Select(d => CinElement.Value("CINPlanEndDate", Text(d)))) select CinElement.Group("CINPlanDates", CinElement.Value("CINPlanStartDate", Text(start)), end), 1)
        from enquiries in Up(Enquiry, 1)
        from protection in Up(Protection, 2)
        select CinElement.Group(
            "CINdetails",
            [CinElement.Value("CINreferralDate", Text(referral)), source, need, closure, reason, nfa, .. assessments, .. plans, .. enquiries, .. protection]);

    private static Gen<CinElement> Assessment(LocalDate referral) =>
        from start in Date
        from authorised in Maybe(OnOrAfter(referral).Select(d => CinElement.Value("AssessmentAuthorisationDate", Text(d))))
        from factors in Up(Code("AssessmentFactors", "2A", "4B", "21"), 3)
        select CinElement.Group("Assessments", CinElement.Value("AssessmentActualStartDate", Text(start)), authorised, factors.Count == 0 ? null : CinElement.Group("FactorsIdentifiedAtAssessment", factors));

    private static Gen<CinElement> Enquiry =>
        from start in Date
        from conference in Maybe(OnOrAfter(start).Select(d => CinElement.Value("DateOfInitialCPC", Text(d))))
        from target in Maybe(OnOrAfter(start).Select(d => CinElement.Value("InitialCPCtarget", Text(d))))
        from notRequired in Maybe(Code("ICPCnotRequired", "true", "false", "1", "0"))
        select CinElement.Group("Section47", CinElement.Value("S47ActualStartDate", Text(start)), target, conference, notRequired);

    private static Gen<CinElement> Protection =>
        from start in Date
        from end in Maybe(OnOrAfter(start).Select(d => CinElement.Value("CPPendDate", Text(d))))
        from initial in Code("InitialCategoryOfAbuse", "NEG", "PHY", "SAB", "EMO", "MUL")
        from latest in Maybe(Code("LatestCategoryOfAbuse", "NEG", "PHY", "SAB", "EMO", "MUL"))
        from previous in Maybe(Code("NumberOfPreviousCPP", "0", "1", "3"))
        from reviews in Up(OnOrAfter(start).Select(d => CinElement.Value("CPPreviewDate", Text(d))), 2)
        select CinElement.Group("ChildProtectionPlans", CinElement.Value("CPPstartDate", Text(start)), end, initial, latest, previous, reviews.Count == 0 ? null : CinElement.Group("Reviews", reviews));
}

/// <summary>Laws of reading the census: a valid census reads with no problem, and the order of elements and of children changes nothing.</summary>
[Properties(Arbitrary = [typeof(CinCensusArbitraries)], MaxTest = 200)]
public sealed class CinCensusReaderProperties
{
    [Property]
    public Property A_valid_census_reads_strictly_with_no_problem(CinElement census)
    {
        var result = Read(census.Write());
        return result.Success.Label(result.ToString())
            .And(result.Success && result.Value.Children.Count == census.Items[1].Items.Count).Label("every child read");
    }

    [Property]
    public Property Element_order_and_child_order_change_nothing(CinElement census, int seed)
    {
        var ordered = Read(census.Write());
        var shuffled = Read(census.Write(new Random(seed)));
        return (ordered.Success && shuffled.Success).Label(ordered + " / " + shuffled)
            .And(() => SortedRecords(ordered.Value).SequenceEqual(SortedRecords(shuffled.Value))).Label("same records");
    }

    [Property]
    public Property One_childs_error_touches_that_child_alone(CinElement census, PositiveInt pick)
    {
        var children = census.Items[1].Items;
        if (children.Count == 0)
        {
            return true.ToProperty();
        }

        // Break one child's date of birth: the problem names that child and no other, and every other child reads the same.
        int broken = pick.Get % children.Count;
        string id = children[broken].Items[0].Items[0].Text!;
        string xml = census.Write().Replace($"<LAchildID>{id}</LAchildID>\n<", $"<LAchildID>{id}</LAchildID>\n<PersonDeathDate>31/02/2020</PersonDeathDate>\n<", StringComparison.Ordinal);
        var lenient = Lenient(xml);
        var before = Records(Read(census.Write()).Value);
        var after = Records(lenient);
        return (lenient.Problems.Count == 1 && lenient.Problems[0].ChildId == id).Label(string.Join("; ", lenient.Problems))
            .And(lenient.AffectedChildren.SetEquals([id])).Label("affected")
            .And(Enumerable.Range(0, before.Count).Where(i => i != broken).All(i => before[i] == after[i])).Label("others unchanged");
    }
}
