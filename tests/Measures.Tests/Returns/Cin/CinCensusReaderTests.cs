using System;
using System.IO;
using System.Linq;
using System.Text;
using Measures.Returns.Cin;
using NodaTime;
using static Measures.Tests.Returns.Cin.CinTestFiles;

namespace Measures.Tests.Returns.Cin;

/// <summary>Reading the CIN census: every element, the variations councils' systems write, and each problem named where it is.</summary>
public sealed class CinCensusReaderTests
{
    private const string Full =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <Message>
          <Header>
            <CollectionDetails><Collection>CIN</Collection><Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails>
            <Source><SourceLevel>L</SourceLevel><LEA>999</LEA><SoftwareCode>Case system</SoftwareCode><Release>7.2</Release><SerialNo>004</SerialNo><DateTime>2024-05-01T09:30:00</DateTime></Source>
          </Header>
          <Children>
            <Child>
              <ChildIdentifiers>
                <LAchildID>C001</LAchildID>
                <UPN>A123456789012</UPN>
                <FormerUPN>B123456789012</FormerUPN>
                <UPNunknown>UN2</UPNunknown>
                <PersonBirthDate>2012-02-29</PersonBirthDate>
                <ExpectedPersonBirthDate>2012-03-01</ExpectedPersonBirthDate>
                <Sex>M</Sex>
                <PersonDeathDate>2024-03-30</PersonDeathDate>
              </ChildIdentifiers>
              <ChildCharacteristics>
                <Ethnicity>MWBC</Ethnicity>
                <Disabilities><Disability>AUT</Disability><Disability>HEAR</Disability></Disabilities>
              </ChildCharacteristics>
              <CINdetails>
                <CINreferralDate>2023-05-10</CINreferralDate>
                <ReferralSource>5A</ReferralSource>
                <PrimaryNeedCode>N2</PrimaryNeedCode>
                <CINclosureDate>2024-01-15</CINclosureDate>
                <ReasonForClosure>RC4</ReasonForClosure>
                <DateOfInitialCPC>2023-06-01</DateOfInitialCPC>
                <ReferralNFA>false</ReferralNFA>
                <Assessments>
                  <AssessmentActualStartDate>2023-05-11</AssessmentActualStartDate>
                  <AssessmentInternalReviewDate>2023-05-30</AssessmentInternalReviewDate>
                  <AssessmentAuthorisationDate>2023-06-20</AssessmentAuthorisationDate>
                  <FactorsIdentifiedAtAssessment><AssessmentFactors>2A</AssessmentFactors><AssessmentFactors>4B</AssessmentFactors></FactorsIdentifiedAtAssessment>
                </Assessments>
                <CINPlanDates><CINPlanStartDate>2023-07-01</CINPlanStartDate><CINPlanEndDate>2023-12-01</CINPlanEndDate></CINPlanDates>
                <Section47>
                  <S47ActualStartDate>2023-05-12</S47ActualStartDate>
                  <InitialCPCtarget>2023-06-02</InitialCPCtarget>
                  <DateOfInitialCPC>2023-06-01</DateOfInitialCPC>
                  <ICPCnotRequired>false</ICPCnotRequired>
                </Section47>
                <ChildProtectionPlans>
                  <CPPstartDate>2023-06-01</CPPstartDate>
                  <CPPendDate>2023-12-01</CPPendDate>
                  <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
                  <LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>
                  <NumberOfPreviousCPP>1</NumberOfPreviousCPP>
                  <Reviews><CPPreviewDate>2023-08-24</CPPreviewDate><CPPreviewDate>2023-11-20</CPPreviewDate></Reviews>
                </ChildProtectionPlans>
              </CINdetails>
            </Child>
          </Children>
        </Message>
        """;

    [Fact]
    public void Every_element_of_the_census_is_read_strictly_with_no_problem()
    {
        var result = Read(Full);
        Assert.True(result.Success, result.ToString());
        var census = result.Value;
        Assert.Equal(new CinCensusHeader("CIN", "2024", new LocalDate(2024, 3, 31), "L", "999", "Case system", "7.2", "004", "2024-05-01T09:30:00"), census.Header);
        var child = Assert.Single(census.Children);
        Assert.Equal(("C001", "A123456789012", "B123456789012", "UN2", "M", "MWBC"), (child.ChildId, child.Upn, child.FormerUpn, child.UpnUnknown, child.Sex, child.Ethnicity));
        Assert.Equal((new LocalDate(2012, 2, 29), new LocalDate(2012, 3, 1), new LocalDate(2024, 3, 30)), (child.DateOfBirth!.Value, child.ExpectedDateOfBirth!.Value, child.DateOfDeath!.Value));
        Assert.Equal(["AUT", "HEAR"], child.Disabilities);
        Assert.Equal(("census.xml", 8), (child.Location.File, child.Location.Line));

        var episode = Assert.Single(child.Episodes);
        Assert.Equal((new LocalDate(2023, 5, 10), "5A", "N2", new LocalDate(2024, 1, 15), "RC4", new LocalDate(2023, 6, 1), false), (episode.ReferralDate!.Value, episode.ReferralSource, episode.PrimaryNeed, episode.ClosureDate!.Value, episode.ReasonForClosure, episode.InitialConferenceDate!.Value, episode.ReferralNfa));
        var assessment = Assert.Single(episode.Assessments);
        Assert.Equal((new LocalDate(2023, 5, 11), new LocalDate(2023, 5, 30), new LocalDate(2023, 6, 20)), (assessment.StartDate!.Value, assessment.InternalReviewDate!.Value, assessment.AuthorisationDate!.Value));
        Assert.Equal(["2A", "4B"], assessment.Factors);
        Assert.Equal(new CinPlan(new LocalDate(2023, 7, 1), new LocalDate(2023, 12, 1)), Assert.Single(episode.Plans) with { Location = default });
        Assert.Equal(new Section47Enquiry(new LocalDate(2023, 5, 12), new LocalDate(2023, 6, 2), new LocalDate(2023, 6, 1), false), Assert.Single(episode.Section47Enquiries) with { Location = default });
        var plan = Assert.Single(episode.ProtectionPlans);
        Assert.Equal((new LocalDate(2023, 6, 1), new LocalDate(2023, 12, 1), "NEG", "EMO", 1), (plan.Start!.Value, plan.End!.Value, plan.InitialCategoryOfAbuse, plan.LatestCategoryOfAbuse, plan.PreviousPlans));
        Assert.Equal([new LocalDate(2023, 8, 24), new LocalDate(2023, 11, 20)], plan.ReviewDates);
        Assert.Empty(census.Problems);
        Assert.Empty(census.AffectedChildren);
    }

    [Fact]
    public void The_lists_a_census_hands_out_cannot_be_changed()
    {
        // Lists of one item (most of a census's) and of several are both read-only, whatever they are cast to.
        var child = Assert.Single(Read(Full).Value.Children);
        var episode = Assert.Single(child.Episodes);
        Assert.Throws<NotSupportedException>(() => ((System.Collections.Generic.IList<CinEpisode>)child.Episodes).Add(episode));
        Assert.Throws<NotSupportedException>(() => ((System.Collections.Generic.IList<CinEpisode>)child.Episodes)[0] = episode);
        Assert.Throws<NotSupportedException>(() => ((System.Collections.Generic.IList<CinPlan>)episode.Plans).Clear());
        Assert.Throws<NotSupportedException>(() => ((System.Collections.Generic.IList<string>)child.Disabilities)[0] = "HAND");
        Assert.Equal(["AUT", "HEAR"], child.Disabilities);
    }

    [Fact]
    public void Sex_or_GenderCurrent_either_code_list_and_names_in_any_case_are_read()
    {
        string xml = Census(
            "<Child><ChildIdentifiers><LAchildID>A</LAchildID><GenderCurrent>1</GenderCurrent></ChildIdentifiers></Child>",
            "<Child><ChildIdentifiers><LAchildID>B</LAchildID><Sex>U</Sex></ChildIdentifiers></Child>",
            "<Child><childidentifiers><lachildid>C</lachildid><SEX>2</SEX></childidentifiers><cindetails><cinreferraldate>2023-04-01</cinreferraldate></cindetails></Child>");
        var result = Read(xml);
        Assert.True(result.Success, result.ToString());
        Assert.Equal([("A", "1"), ("B", "U"), ("C", "2")], result.Value.Children.Select(c => (c.ChildId, c.Sex!)));
        Assert.Equal(new LocalDate(2023, 4, 1), result.Value.Children[2].Episodes[0].ReferralDate);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("TRUE", true)]
    [InlineData(" False ", false)]
    public void Booleans_are_true_or_false_or_1_or_0(string written, bool expected)
    {
        var result = Read(Census(Child("A", Episode("2023-04-01", $"<ReferralNFA>{written}</ReferralNFA><Section47><S47ActualStartDate>2023-04-02</S47ActualStartDate><ICPCnotRequired>{written}</ICPCnotRequired></Section47>"))));
        Assert.True(result.Success, result.ToString());
        var episode = result.Value.Children[0].Episodes[0];
        Assert.Equal((expected, expected), (episode.ReferralNfa, episode.Section47Enquiries[0].ConferenceNotRequired));
    }

    [Fact]
    public void Optional_elements_left_out_read_as_the_census_defines_them()
    {
        // RETURNS.md: a missing ReferralNFA is false, a missing NumberOfPreviousCPP is 0.
        var result = Read(Census(
            "<Child><ChildIdentifiers><LAchildID>A</LAchildID></ChildIdentifiers>"
            + "<CINdetails><CINreferralDate>2023-04-01</CINreferralDate><ChildProtectionPlans><CPPstartDate>2023-05-01</CPPstartDate></ChildProtectionPlans></CINdetails></Child>",
            "<Child><ChildIdentifiers><LAchildID>B</LAchildID></ChildIdentifiers><ChildCharacteristics/></Child>"));
        Assert.True(result.Success, result.ToString());
        var (a, b) = (result.Value.Children[0], result.Value.Children[1]);
        Assert.Equal((null, null, null, 0), (a.Sex, a.DateOfBirth, a.Ethnicity, a.Disabilities.Count));
        var episode = Assert.Single(a.Episodes);
        Assert.Equal((false, (LocalDate?)null, (string?)null), (episode.ReferralNfa, episode.ClosureDate, episode.PrimaryNeed));
        var plan = Assert.Single(episode.ProtectionPlans);
        Assert.Equal((0, (LocalDate?)null, 0), (plan.PreviousPlans, plan.End, plan.ReviewDates.Count));
        Assert.Empty(b.Episodes);
    }

    [Fact]
    public void Elements_in_another_order_read_the_same()
    {
        string ordered = Census(Child("A", Episode("2023-04-01", "<CINclosureDate>2023-09-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure>")));
        string reordered = Census(
            "<Child><CINdetails><ReasonForClosure>RC1</ReasonForClosure><CINclosureDate>2023-09-01</CINclosureDate><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralSource>1A</ReferralSource><CINreferralDate>2023-04-01</CINreferralDate></CINdetails>"
            + "<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>"
            + "<ChildIdentifiers><Sex>F</Sex><PersonBirthDate>2015-06-01</PersonBirthDate><LAchildID>A</LAchildID></ChildIdentifiers></Child>");
        Assert.Equal(Records(Read(ordered).Value), Records(Read(reordered).Value));
    }

    [Theory]
    [InlineData("2024-03-31T00:00:00", 2024, 3, 31)]
    [InlineData("2024-03-31T00:00:00Z", 2024, 3, 31)]
    [InlineData("31/03/2024", 2024, 3, 31)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    public void Dates_as_systems_write_them_are_read(string written, int year, int month, int day)
    {
        var result = Read(Census(Child("A", Episode(written))));
        Assert.True(result.Success, result.ToString());
        Assert.Equal(new LocalDate(year, month, day), result.Value.Children[0].Episodes[0].ReferralDate);
    }

    [Theory]
    [InlineData("2023-02-29", "no such day")]
    [InlineData("2023-13-01", "no such month")]
    [InlineData("10/05/23", "not a date")]
    [InlineData("2023-05-10T14:30:00", "time of day")]
    [InlineData("yesterday", "not a date")]
    public void A_date_that_cannot_be_read_refuses_a_strict_read_and_is_kept_empty_when_lenient(string written, string reason)
    {
        string xml = Census(Child("C7", Episode(written)));
        var strict = Read(xml);
        var problem = Assert.Single(strict.Problems);
        var (line, column) = Where(xml, "<CINreferralDate>");
        Assert.Equal((DataProblemKind.InvalidValue, "census.xml", line, column, "CINreferralDate", written, "child C7"), (problem.Kind, problem.Source, problem.Line, problem.Column, problem.Field, problem.Value, problem.Subject));
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);

        var lenient = Lenient(xml);
        var episode = Assert.Single(Assert.Single(lenient.Children).Episodes);
        Assert.Null(episode.ReferralDate);
        Assert.Equal("N1", episode.PrimaryNeed);
        var listed = Assert.Single(lenient.Problems);
        Assert.Equal(("C7", (int)CinModule.CinDetails), (listed.ChildId, listed.Part));
        Assert.Equal(["C7"], lenient.AffectedChildren);
    }

    [Fact]
    public void A_closure_before_the_referral_is_a_problem_of_the_closure_date()
    {
        string xml = Census(Child("A", Episode("2023-06-01", "<CINclosureDate>2023-05-31</CINclosureDate>")));
        var problem = Assert.Single(Read(xml).Problems);
        Assert.Equal((DataProblemKind.Inconsistent, "CINclosureDate", "2023-05-31", Where(xml, "<CINclosureDate>").Line), (problem.Kind, problem.Field, problem.Value, problem.Line));
        Assert.Contains("closes before its referral (CINreferralDate 2023-06-01)", problem.Message, StringComparison.Ordinal);
        var kept = Lenient(xml).Children[0].Episodes[0];
        Assert.Equal((new LocalDate(2023, 6, 1), new LocalDate(2023, 5, 31)), (kept.ReferralDate!.Value, kept.ClosureDate!.Value));

        // Closing on the day of the referral is no problem.
        Assert.True(Read(Census(Child("A", Episode("2023-06-01", "<CINclosureDate>2023-06-01</CINclosureDate>")))).Success);
    }

    [Fact]
    public void An_assessment_authorised_before_the_referral_is_a_problem_of_the_authorisation()
    {
        string xml = Census(Child("A", Episode("2023-06-01", "<Assessments><AssessmentActualStartDate>2023-05-01</AssessmentActualStartDate><AssessmentAuthorisationDate>2023-05-20</AssessmentAuthorisationDate></Assessments>")));
        var problem = Assert.Single(Read(xml).Problems);
        Assert.Equal((DataProblemKind.Inconsistent, "AssessmentAuthorisationDate", "child A"), (problem.Kind, problem.Field, problem.Subject));
        Assert.Contains("authorised before its episode's referral", problem.Message, StringComparison.Ordinal);
        Assert.Equal((int)CinModule.Assessments, Assert.Single(Lenient(xml).Problems).Part);
    }

    [Theory]
    [InlineData("<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><CPPendDate>2023-06-30</CPPendDate></ChildProtectionPlans>", "CPPendDate", "child protection plan ends before it starts")]
    [InlineData("<CINPlanDates><CINPlanStartDate>2023-07-01</CINPlanStartDate><CINPlanEndDate>2023-06-30</CINPlanEndDate></CINPlanDates>", "CINPlanEndDate", "CIN plan ends before it starts")]
    [InlineData("<Section47><S47ActualStartDate>2023-07-01</S47ActualStartDate><DateOfInitialCPC>2023-06-30</DateOfInitialCPC></Section47>", "DateOfInitialCPC", "initial conference is held before its section 47 enquiry starts")]
    public void A_plan_ending_before_it_starts_or_a_conference_before_its_enquiry_is_a_problem(string group, string field, string reason)
    {
        string xml = Census(Child("A", Episode("2023-06-01", group)));
        var problem = Assert.Single(Read(xml).Problems);
        Assert.Equal((DataProblemKind.Inconsistent, field, "2023-06-30"), (problem.Kind, problem.Field, problem.Value));
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<PrimaryNeedCode>N10</PrimaryNeedCode>", "PrimaryNeedCode", "N10", "N0, N1")]
    [InlineData("<ReasonForClosure>RC0</ReasonForClosure>", "ReasonForClosure", "RC0", "RC9")]
    [InlineData("<ChildProtectionPlans><CPPstartDate>2023-06-02</CPPstartDate><InitialCategoryOfAbuse>phy</InitialCategoryOfAbuse></ChildProtectionPlans>", "InitialCategoryOfAbuse", "phy", "capitals: \"PHY\"")]
    [InlineData("<ChildProtectionPlans><CPPstartDate>2023-06-02</CPPstartDate><LatestCategoryOfAbuse>SEX</LatestCategoryOfAbuse></ChildProtectionPlans>", "LatestCategoryOfAbuse", "SEX", "EMO or MUL")]
    public void A_code_outside_the_DfE_lists_is_a_problem_naming_the_list(string element, string field, string value, string shown)
    {
        string xml = Census(Child("A", $"<CINdetails><CINreferralDate>2023-06-01</CINreferralDate>{element}</CINdetails>"));
        var problem = Assert.Single(Read(xml).Problems);
        Assert.Equal((DataProblemKind.UnknownName, field, value), (problem.Kind, problem.Field, problem.Value));
        Assert.Contains(shown, problem.Message, StringComparison.Ordinal);
        Assert.Equal(value, Lenient(xml).Children[0].Episodes[0] switch
        {
            { ProtectionPlans.Count: 1 } e when field == "InitialCategoryOfAbuse" => e.ProtectionPlans[0].InitialCategoryOfAbuse,
            { ProtectionPlans.Count: 1 } e => e.ProtectionPlans[0].LatestCategoryOfAbuse,
            var e when field == "PrimaryNeedCode" => e.PrimaryNeed,
            var e => e.ReasonForClosure,
        });
    }

    [Fact]
    public void Codes_of_the_child_are_checked_too()
    {
        string xml = Census(
            "<Child><ChildIdentifiers><LAchildID>A</LAchildID><Sex>X</Sex></ChildIdentifiers><ChildCharacteristics><Ethnicity>ZZZZ</Ethnicity><Disabilities><Disability>AUT</Disability><Disability>FOO</Disability></Disabilities></ChildCharacteristics>"
            + "<CINdetails><CINreferralDate>2023-06-01</CINreferralDate><ReferralSource>1Z</ReferralSource></CINdetails></Child>");
        Assert.Equal(["Sex", "Ethnicity", "Disability", "ReferralSource"], Read(xml).Problems.Select(p => p.Field));
    }

    [Fact]
    public void Text_where_an_element_should_be_is_listed_where_it_stands()
    {
        // Stray text after an element, as the community validator's fake census files hold it
        // (github.com/data-to-insight/csc-validator-be-cin, fake_data/CIN_Census_2021.xml at 602d1ebaa091b2916db5f6297266fdceb2fb0d16).
        string xml = Census("<Child>\n<ChildIdentifiers><LAchildID>A</LAchildID><UPNunknown>UN3</UPNunknown>PersonBirthDate\n<PersonBirthDate>2015-03-27</PersonBirthDate></ChildIdentifiers>\n</Child>");
        var problem = Assert.Single(Read(xml).Problems);
        var (line, column) = Where(xml, "PersonBirthDate\n");
        Assert.Equal((DataProblemKind.InvalidValue, line, column, "ChildIdentifiers", "PersonBirthDate", "child A"), (problem.Kind, problem.Line, problem.Column, problem.Field, problem.Value, problem.Subject));
        Assert.Contains("only elements belong", problem.Message, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2015, 3, 27), Lenient(xml).Children[0].DateOfBirth);

        // Text in a group that holds no element, and an element in a value.
        string odd = Census("<Child><ChildIdentifiers><LAchildID>B</LAchildID></ChildIdentifiers><ChildCharacteristics>WBRI</ChildCharacteristics><CINdetails><CINreferralDate><Day>1</Day></CINreferralDate></CINdetails></Child>");
        Assert.Equal([("ChildCharacteristics", "holds text where its elements belong"), ("CINreferralDate", "is missing"), ("CINreferralDate", "holds elements where a value belongs")], Read(odd).Problems.Select(p => (p.Field, Phrase(p.Message))));
    }

    [Fact]
    public void An_element_the_census_does_not_have_and_an_element_given_twice_are_listed()
    {
        string xml = Census(Child("A", Episode("2023-06-01", "<CINreferralDate>2023-07-01</CINreferralDate><ReferalSource>1A</ReferalSource>")));
        var problems = Read(xml).Problems;
        Assert.Equal([(DataProblemKind.Duplicate, "CINreferralDate"), (DataProblemKind.UnknownName, "ReferalSource")], problems.Select(p => (p.Kind, p.Field)));
        Assert.Contains("the first is read", problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2023, 6, 1), Lenient(xml).Children[0].Episodes[0].ReferralDate);
    }

    [Fact]
    public void A_child_given_twice_or_without_LAchildID_is_listed_and_both_are_kept()
    {
        string xml = Census(Child("A", Episode("2023-06-01")), Child("A", Episode("2023-08-01")), "<Child><ChildIdentifiers><Sex>F</Sex></ChildIdentifiers></Child>");
        var problems = Read(xml).Problems;
        Assert.Equal([(DataProblemKind.Duplicate, "LAchildID", "child A"), (DataProblemKind.Missing, "LAchildID", "")], problems.Select(p => (p.Kind, p.Field, p.Subject)));
        Assert.Contains("first on line 4", problems[0].Message, StringComparison.Ordinal);
        var lenient = Lenient(xml);
        Assert.Equal(["A", "A", ""], lenient.Children.Select(c => c.ChildId));
        Assert.Null(lenient.Problems[1].ChildId);
    }

    [Fact]
    public void A_required_date_missing_and_values_that_cannot_be_read_are_listed()
    {
        string xml = Census(Child("A", "<CINdetails><ReferralNFA>yes</ReferralNFA><ChildProtectionPlans><NumberOfPreviousCPP>two</NumberOfPreviousCPP><Reviews><CPPreviewDate>2023-02-30</CPPreviewDate><CPPreviewDate>2023-03-01</CPPreviewDate></Reviews></ChildProtectionPlans></CINdetails>"));
        var problems = Read(xml).Problems;
        Assert.Equal(["CINreferralDate", "ReferralNFA", "CPPstartDate", "NumberOfPreviousCPP", "CPPreviewDate"], problems.Select(p => p.Field));
        Assert.Equal(DataProblemKind.Missing, problems[0].Kind);
        var plan = Lenient(xml).Children[0].Episodes[0].ProtectionPlans[0];
        Assert.Equal((0, new LocalDate(2023, 3, 1)), (plan.PreviousPlans, Assert.Single(plan.ReviewDates)));
    }

    [Fact]
    public void XML_that_breaks_off_keeps_the_children_read_whole_before_the_break_when_lenient()
    {
        string xml = Census(Child("A", Episode("2023-06-01")), Child("B", Episode("2023-07-01"))).Replace("</Child>\n</Children>", "</Chil>", StringComparison.Ordinal);
        var strict = Read(xml);
        var problem = Assert.Single(strict.Problems);
        Assert.Equal(DataProblemKind.Unreadable, problem.Kind);
        Assert.Contains("nor the child that begins on line", problem.Message, StringComparison.Ordinal);
        var lenient = Lenient(xml);
        Assert.Equal(["A"], lenient.Children.Select(c => c.ChildId));
        Assert.Single(lenient.Problems);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml at all")]
    [InlineData("<!DOCTYPE Message [<!ENTITY x \"y\">]><Message/>")]
    [InlineData("<Message><Children><Child><ChildIdentifiers><LAchildID>A</LAchildID>")]
    public void Content_that_is_not_a_census_is_refused_without_an_exception(string text)
    {
        var result = Read(text);
        Assert.False(result.Success);
        Assert.All(result.Problems, p => Assert.Equal("census.xml", p.Source));
        Assert.NotNull(Lenient(text));
    }

    [Fact]
    public void The_outer_element_and_elements_outside_the_census_are_named()
    {
        string xml = "<Return>\n<Header/>\n<Extra>1</Extra>\n<Children>" + Child("A") + "</Children></Return>";
        var problems = Read(xml).Problems;
        Assert.Equal([("Return", 1), ("Extra", 3)], problems.Select(p => (p.Field, p.Line)));
        Assert.Equal(["A"], Lenient(xml).Children.Select(c => c.ChildId));
    }

    [Fact]
    public void A_file_for_another_collection_is_named()
    {
        string xml = Census().Replace("<Collection>CIN</Collection>", "<Collection>SEN2</Collection>", StringComparison.Ordinal);
        Assert.Equal("Collection", Assert.Single(Read(xml).Problems).Field);
    }

    [Fact]
    public void A_strict_read_lists_at_most_the_problems_asked_for_and_counts_them_all()
    {
        string xml = Census([.. Enumerable.Range(1, 20).Select(i => Child("C" + i, Episode("bad")))]);
        var result = Read(xml, new CinReadOptions { MaxProblems = 5 });
        Assert.Equal((5, 20L), (result.Problems.Count, result.ProblemCount));
        Assert.Equal(20, Lenient(xml).Problems.Count);
        Assert.Equal(20, Lenient(xml).AffectedChildren.Count);
    }

    [Fact]
    public void A_stream_in_UTF16_with_its_declaration_is_read()
    {
        string xml = Census(Child("A", Episode("2023-06-01"))).Replace("<Message>", "<?xml version=\"1.0\" encoding=\"utf-16\"?><Message>", StringComparison.Ordinal);
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(xml)).ToArray();
        var result = CinCensusReader.Read(new MemoryStream(bytes), "u16.xml");
        Assert.True(result.Success, result.ToString());
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => CinCensusReader.Read(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => CinCensusReader.Read(new MemoryStream(), null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CinReadOptions { MaxProblems = 0 });
    }

    private static string Phrase(string message) =>
        new[] { "holds text where its elements belong", "holds elements where a value belongs", "is missing" }.First(p => message.Contains(p, StringComparison.Ordinal));
}
