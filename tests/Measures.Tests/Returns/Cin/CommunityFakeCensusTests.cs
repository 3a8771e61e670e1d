using System.Linq;
using Measures.Returns.Cin;
using NodaTime;
using static Measures.Tests.Returns.Cin.CinTestFiles;

namespace Measures.Tests.Returns.Cin;

/// <summary>
/// A census shaped like the community validator's fake census files, with the same kinds of deliberate errors and stray
/// text (our own file and values, not theirs). The files it follows, in github.com/data-to-insight/csc-validator-be-cin:
/// fake_data/CIN_Census_2021.xml at 602d1ebaa091b2916db5f6297266fdceb2fb0d16 and fake_data/CIN_header_issues_100.xml at
/// ca171204010e6a27200ee05e5e059ef0f2ab2d26 (the word PersonBirthDate typed as text after UPNunknown, GenderCurrent,
/// an expected birth date centuries back, ReferralNFA as 0 after the groups, plans and enquiries before the referral,
/// NumberOfPreviousCPP 10); fake_data/CIN_Census_2024.xml at 1d252d8c12e04eb29736074d370f06610cc0def2 (Sex holding the
/// GenderCurrent code 1, an assessment starting years ahead and authorised before the referral, factor RB);
/// fake_data/fake_CIN_data.xml at 78950b7a1110746e72d827d007c6a575f6276b19 (GenderCurrent 9, ReferralSource 10,
/// PrimaryNeedCode N9, ReferralNFA true, an open second episode, a reference date that is not 31 March).
/// </summary>
public sealed class CommunityFakeCensusTests
{
    private const string Fake =
        """
        <Message>
            <Header>
                <CollectionDetails>
                    <Collection>CIN</Collection>
                    <Year>2022</Year>
                    <ReferenceDate>2022-08-15</ReferenceDate>
                </CollectionDetails>
                <Source>
                    <SourceLevel>L</SourceLevel>
                    <LEA>888</LEA>
                    <SoftwareCode>Fake data</SoftwareCode>
                    <Release>0.1</Release>
                    <SerialNo>002</SerialNo>
                    <DateTime>2022-08-15T08:00:00Z</DateTime>
                </Source>
            </Header>
            <Children>
                <Child>
                    <ChildIdentifiers>
                        <LAchildID>FAKE0000007</LAchildID>
                        <UPN>Z111122223333</UPN>
                        <FormerUPN>Y11112222333C</FormerUPN>
                        <UPNunknown>UN4</UPNunknown>PersonBirthDate
                        <PersonBirthDate>1972-11-02</PersonBirthDate>
                        <ExpectedPersonBirthDate>1099-01-01</ExpectedPersonBirthDate>
                        <GenderCurrent>2</GenderCurrent>
                        <PersonDeathDate>1985-05-05</PersonDeathDate>
                    </ChildIdentifiers>
                    <ChildCharacteristics>
                        <Ethnicity>WIRT</Ethnicity>
                        <Disabilities>
                            <Disability>VIS</Disability>
                        </Disabilities>
                    </ChildCharacteristics>
                    <CINdetails>
                        <CINreferralDate>1976-09-01</CINreferralDate>
                        <ReferralSource>3C</ReferralSource>
                        <PrimaryNeedCode>N3</PrimaryNeedCode>
                        <CINclosureDate>1977-03-01</CINclosureDate>
                        <ReasonForClosure>RC2</ReasonForClosure>
                        <DateOfInitialCPC>1976-11-11</DateOfInitialCPC>
                        <Assessments>
                            <AssessmentActualStartDate>1976-04-04</AssessmentActualStartDate>
                            <AssessmentAuthorisationDate>1977-09-09</AssessmentAuthorisationDate>
                            <FactorsIdentifiedAtAssessment>
                                <AssessmentFactors>3A</AssessmentFactors>
                            </FactorsIdentifiedAtAssessment>
                        </Assessments>
                        <Section47>
                            <S47ActualStartDate>1976-04-01</S47ActualStartDate>
                            <InitialCPCtarget>1976-04-22</InitialCPCtarget>
                            <DateOfInitialCPC>1976-04-20</DateOfInitialCPC>
                            <ICPCnotRequired>false</ICPCnotRequired>
                        </Section47>
                        <ReferralNFA>0</ReferralNFA>
                        <ChildProtectionPlans>
                            <CPPstartDate>1976-01-10</CPPstartDate>
                            <CPPendDate>1977-02-02</CPPendDate>
                            <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
                            <LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>
                            <NumberOfPreviousCPP>10</NumberOfPreviousCPP>
                            <Reviews>
                                <CPPreviewDate>1976-12-12</CPPreviewDate>
                            </Reviews>
                        </ChildProtectionPlans>
                    </CINdetails>
                </Child>
                <Child>
                    <ChildIdentifiers>
                        <LAchildID>FAKE0000008</LAchildID>
                        <PersonBirthDate>2016-08-08</PersonBirthDate>
                        <Sex>1</Sex>
                    </ChildIdentifiers>
                    <ChildCharacteristics>
                        <Ethnicity>BAFR</Ethnicity>
                    </ChildCharacteristics>
                    <CINdetails>
                        <CINreferralDate>2021-11-01</CINreferralDate>
                        <ReferralSource>2B</ReferralSource>
                        <PrimaryNeedCode>N5</PrimaryNeedCode>
                        <Assessments>
                            <AssessmentActualStartDate>2027-01-01</AssessmentActualStartDate>
                            <AssessmentAuthorisationDate>2019-10-10</AssessmentAuthorisationDate>
                            <FactorsIdentifiedAtAssessment>
                                <AssessmentFactors>RB</AssessmentFactors>
                                <AssessmentFactors>6A</AssessmentFactors>
                            </FactorsIdentifiedAtAssessment>
                        </Assessments>
                        <ReferralNFA>false</ReferralNFA>
                    </CINdetails>
                </Child>
                <Child>
                    <ChildIdentifiers>
                        <LAchildID>RND000000000123</LAchildID>
                        <UPN>A000011112222</UPN>
                        <PersonBirthDate>2010-01-30</PersonBirthDate>
                        <GenderCurrent>9</GenderCurrent>
                    </ChildIdentifiers>
                    <ChildCharacteristics>
                        <Ethnicity>NOBT</Ethnicity>
                    </ChildCharacteristics>
                    <CINdetails>
                        <CINreferralDate>2019-02-03</CINreferralDate>
                        <ReferralSource>10</ReferralSource>
                        <PrimaryNeedCode>N9</PrimaryNeedCode>
                        <CINclosureDate>2019-06-30</CINclosureDate>
                        <ReasonForClosure>RC8</ReasonForClosure>
                        <DateOfInitialCPC>2019-03-03</DateOfInitialCPC>
                        <ReferralNFA>true</ReferralNFA>
                    </CINdetails>
                    <CINdetails>
                        <CINreferralDate>2022-05-05</CINreferralDate>
                        <ReferralSource>5D</ReferralSource>
                        <PrimaryNeedCode>N0</PrimaryNeedCode>
                        <DateOfInitialCPC>2022-06-01</DateOfInitialCPC>
                        <ReferralNFA>true</ReferralNFA>
                    </CINdetails>
                </Child>
            </Children>
        </Message>
        """;

    [Fact]
    public void A_census_shaped_like_the_validators_fake_files_loads_leniently_with_its_problems_listed()
    {
        var census = Lenient(Fake);
        Assert.Equal(["FAKE0000007", "FAKE0000008", "RND000000000123"], census.Children.Select(c => c.ChildId));
        Assert.Equal(
            [
                (DataProblemKind.InvalidValue, "ChildIdentifiers", "FAKE0000007", Where(Fake, "PersonBirthDate\n").Line),
                (DataProblemKind.Inconsistent, "AssessmentAuthorisationDate", "FAKE0000008", Where(Fake, "<AssessmentAuthorisationDate>2019").Line),
            ],
            census.Problems.Select(p => (p.Problem.Kind, p.Problem.Field, p.ChildId!, p.Problem.Line)));
        Assert.Equal(["FAKE0000007", "FAKE0000008"], census.AffectedChildren.Order());

        // Every record is kept with what could be read.
        var first = census.Children[0];
        Assert.Equal(("2", new LocalDate(1972, 11, 2), new LocalDate(1099, 1, 1)), (first.Sex, first.DateOfBirth!.Value, first.ExpectedDateOfBirth!.Value));
        Assert.Equal((false, 10), (first.Episodes[0].ReferralNfa, first.Episodes[0].ProtectionPlans[0].PreviousPlans));
        Assert.Equal(["RB", "6A"], census.Children[1].Episodes[0].Assessments[0].Factors);
        Assert.Equal("1", census.Children[1].Sex);
        var third = census.Children[2];
        Assert.Equal([("10", "N9", true), ("5D", "N0", true)], third.Episodes.Select(e => (e.ReferralSource!, e.PrimaryNeed!, e.ReferralNfa)));
        Assert.Null(third.Episodes[1].ClosureDate);
        Assert.Equal(new LocalDate(2022, 8, 15), census.Header.ReferenceDate);
    }

    [Fact]
    public void Read_strictly_the_same_file_is_refused_with_the_same_problems()
    {
        var result = Read(Fake);
        Assert.False(result.Success);
        Assert.Equal(Lenient(Fake).Problems.Select(p => p.Problem), result.Problems);
    }
}
