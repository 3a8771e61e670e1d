using System.IO;
using System.Text;
using Measures.Returns.Sen2;

namespace Measures.Tests.Returns.Sen2;

/// <summary>Reads hand-written SEN2 XML in tests.</summary>
internal static class Sen2TestFiles
{
    public static LoadResult<Sen2Return> Read(string xml, bool strict = true)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return Sen2Reader.Read(stream, "sen2.xml", strict ? Sen2ReadOptions.Default : Sen2ReadOptions.Lenient);
    }

    public static string Message(string persons) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n<Header><CollectionDetails><Collection>SEN2</Collection><Year>2024</Year><ReferenceDate>2024-01-18</ReferenceDate></CollectionDetails><Source><SourceLevel>L</SourceLevel><LEA>999</LEA></Source></Header>\n<Persons>\n"
        + persons + "\n</Persons>\n</Message>\n";

    public static string Person(string upn, string received, string planStart, string extraPlan = "", string extraPerson = "") =>
        $"<Person><Surname>Synthetic</Surname><Forename>Person</Forename><PersonBirthDate>2015-06-01</PersonBirthDate><Sex>F</Sex><UPN>{upn}</UPN>{extraPerson}<Requests><Request><ReceivedDate>{received}</ReceivedDate><RequestOutcome>A</RequestOutcome><Assessment><AssessmentOutcome>Y</AssessmentOutcome><NamedPlan><StartDate>{planStart}</StartDate>{extraPlan}</NamedPlan></Assessment></Request></Requests></Person>";
}
