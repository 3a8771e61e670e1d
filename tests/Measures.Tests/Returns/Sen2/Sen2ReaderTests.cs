using System.Linq;
using Measures.Returns.Sen2;
using NodaTime;
using static Measures.Tests.Returns.Sen2.Sen2TestFiles;

namespace Measures.Tests.Returns.Sen2;

/// <summary>Reading a SEN2 return: every element kept, the variations councils' systems write, and each problem named where it is.</summary>
public sealed class Sen2ReaderTests
{
    [Fact]
    public void ReadsTheHeaderPersonRequestAssessmentAndPlan()
    {
        var result = Read(Message(Person("A123456789012", "2023-01-10", "2023-05-20", "<PlanTransfer>false</PlanTransfer><TwentyWeekException>true</TwentyWeekException>")));

        var sen2 = result.Value;
        Assert.Equal(("SEN2", "2024", new LocalDate(2024, 1, 18), "999"), (sen2.Header.Collection, sen2.Header.Year, sen2.Header.ReferenceDate!.Value, sen2.Header.LocalAuthority));
        var person = Assert.Single(sen2.Persons);
        Assert.Equal(("A123456789012", new LocalDate(2015, 6, 1), "F"), (person.PersonId, person.DateOfBirth!.Value, person.Sex));
        var request = Assert.Single(person.Requests);
        Assert.Equal((new LocalDate(2023, 1, 10), "A"), (request.ReceivedDate!.Value, request.Outcome));
        var plan = Assert.Single(Assert.Single(request.Assessments).Plans);
        Assert.Equal((new LocalDate(2023, 5, 20), false, (bool?)true), (plan.StartDate!.Value, plan.Transferred, plan.TwentyWeekException));
        Assert.Equal(("sen2.xml", 5), (person.Location.File, person.Location.Line));
        Assert.Empty(sen2.Problems);
    }

    [Fact]
    public void ToleratesCaseOrderOneAndZeroMissingElementsAndARequestDirectlyUnderPerson()
    {
        var xml = Message(
            "<Person><Requests><Request><Assessment><NamedPlan><twentyweekexception>1</twentyweekexception><PlanTransfer>0</PlanTransfer><startdate>2023-05-20T00:00:00</startdate></NamedPlan></Assessment><receiveddate>10/01/2023</receiveddate></Request></Requests><sex>m</sex><UPN>B1</UPN></Person>"
            + "<Person><UniqueLearnerNumber>1234567890</UniqueLearnerNumber><Request><ReceivedDate>2023-02-01</ReceivedDate></Request></Person>");

        var sen2 = Read(xml).Value;

        Assert.Equal(["B1", "1234567890"], sen2.Persons.Select(p => p.PersonId));
        var plan = sen2.Persons[0].Requests[0].Assessments[0].Plans[0];
        Assert.Equal((new LocalDate(2023, 5, 20), false, (bool?)true, "M"), (plan.StartDate!.Value, plan.Transferred, plan.TwentyWeekException, sen2.Persons[0].Sex));
        Assert.Equal(new LocalDate(2023, 1, 10), sen2.Persons[0].Requests[0].ReceivedDate);
        Assert.Empty(sen2.Persons[1].Requests[0].Assessments);
    }

    [Fact]
    public void StrictRefusesADateThatDoesNotParseAndLenientListsItWithWhereAndWho()
    {
        string xml = Message(Person("P1", "2023-02-30", "2023-05-20"));

        var strict = Read(xml);
        var lenient = Read(xml, strict: false);

        Assert.False(strict.Success);
        var problem = Assert.Single(strict.Problems);
        Assert.Equal((DataProblemKind.InvalidValue, "ReceivedDate", "2023-02-30", "sen2.xml", 5), (problem.Kind, problem.Field, problem.Value, problem.Source, problem.Line));
        Assert.Contains("person P1", problem.ToString());
        var listed = Assert.Single(lenient.Value.Problems);
        Assert.Equal(((int)Sen2Part.Request, "P1"), (listed.Part, listed.ChildId));
        Assert.Null(lenient.Value.Persons[0].Requests[0].ReceivedDate);
    }

    [Fact]
    public void APlanIssuedBeforeItsRequestIsAProblemOfThePlan()
    {
        var result = Read(Message(Person("P1", "2023-05-01", "2023-04-30")), strict: false);

        var problem = Assert.Single(result.Value.Problems);
        Assert.Equal((DataProblemKind.Inconsistent, "StartDate", (int)Sen2Part.Plan), (problem.Problem.Kind, problem.Problem.Field, problem.Part));
        Assert.Contains("before its request", problem.Problem.Message);
    }

    [Fact]
    public void ACodeOutsideTheListsIsAProblemOfThePerson()
    {
        var result = Read(Message(Person("P1", "2023-05-01", "2023-06-30").Replace("<Sex>F</Sex>", "<Sex>X</Sex>", System.StringComparison.Ordinal)), strict: false);

        var problem = Assert.Single(result.Value.Problems);
        Assert.Equal((DataProblemKind.InvalidValue, "Sex", (int)Sen2Part.Person), (problem.Problem.Kind, problem.Problem.Field, problem.Part));
        Assert.Null(result.Value.Persons[0].Sex);
    }

    [Fact]
    public void ABooleanThatIsNeitherIsAProblemOfTheExceptionOnly()
    {
        var result = Read(Message(Person("P1", "2023-05-01", "2023-06-30", "<TwentyWeekException>maybe</TwentyWeekException>")), strict: false);

        var problem = Assert.Single(result.Value.Problems);
        Assert.Equal((DataProblemKind.InvalidValue, "TwentyWeekException", (int)Sen2Part.PlanException), (problem.Problem.Kind, problem.Problem.Field, problem.Part));
    }

    [Fact]
    public void TextWhereAnElementBelongsAndAnElementWhereTextBelongsAreProblems()
    {
        string xml = Message(Person("P1", "2023-05-01", "<d>2023-06-30</d>").Replace("<Requests>", "<Requests>stray words", System.StringComparison.Ordinal));

        var result = Read(xml, strict: false);

        Assert.Equal(2, result.Value.Problems.Count);
        Assert.Contains(result.Value.Problems, p => p.Problem.Value == "stray words" && p.Part == (int)Sen2Part.Request);
        Assert.Contains(result.Value.Problems, p => p.Problem.Field == "StartDate" && p.Part == (int)Sen2Part.Plan);
        Assert.False(Read(xml).Success);
    }

    [Fact]
    public void AnUnknownElementAndBrokenXmlAreListedWithoutACrash()
    {
        string xml = Message(Person("P1", "2023-05-01", "2023-06-30", "<Colour>red</Colour>") + "<Person><UPN>P2</UPN>");

        var result = Read(xml, strict: false);

        Assert.Single(result.Value.Persons);
        Assert.Contains(result.Value.Problems, p => p.Problem.Kind == DataProblemKind.UnknownName && p.Problem.Field == "Colour");
        Assert.Contains(result.Value.Problems, p => p.Problem.Kind == DataProblemKind.Unreadable);
    }

    [Fact]
    public void AnotherCollectionIsNamed()
    {
        var result = Read(Message("").Replace(">SEN2<", ">CIN<", System.StringComparison.Ordinal));

        Assert.Contains("not a SEN2 return", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Week20OnTheAssessmentAndTransferLAInActivePlansMarkThePlans()
    {
        // The layout open-source SEN2-to-CSV converters on GitHub read: each Requests element is one request, Week20 on the
        // Assessment, ActivePlans/TransferLA on the request, NamedPlan/PlanDetail.
        string xml = Message(
            "<Person><UPN>W1</UPN><Requests><ReceivedDate>2023-01-10</ReceivedDate><Assessment><Week20>1</Week20><NamedPlan><StartDate>2023-09-01</StartDate><PlanDetail><URN>100000</URN></PlanDetail></NamedPlan></Assessment></Requests></Person>"
            + "<Person><UPN>T1</UPN><Requests><ReceivedDate>2023-01-10</ReceivedDate><ActivePlans><TransferLA>201</TransferLA></ActivePlans><Assessment><Week20>N</Week20><NamedPlan><StartDate>2023-03-01</StartDate></NamedPlan></Assessment></Requests></Person>");

        var sen2 = Read(xml).Value;

        var w1 = sen2.Persons[0].Requests.Single().Assessments.Single().Plans.Single();
        var t1 = sen2.Persons[1].Requests.Single().Assessments.Single().Plans.Single();
        Assert.Equal((false, (bool?)true), (w1.Transferred, w1.TwentyWeekException));
        Assert.Equal((true, (bool?)false), (t1.Transferred, t1.TwentyWeekException));
    }
}
