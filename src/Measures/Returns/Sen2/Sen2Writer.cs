using System.IO;
using System.Text;
using System.Xml;
using Measures.Internal;
using Measures.Returns.Cin;
using NodaTime;

namespace Measures.Returns.Sen2;

/// <summary>
/// Writes a SEN2 return as XML in the layout <see cref="Sen2Reader"/> reads: the Header, then each Person with the
/// identifier, birth date and sex kept, and their Requests, Assessments and plans. Used for synthetic returns; it
/// writes no names or postcodes, since a <see cref="Sen2Person"/> holds none.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class Sen2Writer
{
    /// <summary>Writes <paramref name="sen2"/> to <paramref name="stream"/> as UTF-8 XML.</summary>
    /// <param name="sen2">The return.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static void Write(Sen2Return sen2, Stream stream)
    {
        Preconditions.CheckNotNull(sen2);
        Preconditions.CheckNotNull(stream);
        using var xml = ReturnXml.Create(stream);
        xml.WriteStartElement("Message");
        xml.WriteStartElement("Header");
        xml.WriteStartElement("CollectionDetails");
        ReturnXml.Leaf(xml, "Collection", sen2.Header.Collection);
        ReturnXml.Leaf(xml, "Year", sen2.Header.Year);
        ReturnXml.Leaf(xml, "ReferenceDate", sen2.Header.ReferenceDate);
        xml.WriteEndElement();
        xml.WriteStartElement("Source");
        ReturnXml.Leaf(xml, "LEA", sen2.Header.LocalAuthority);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("Persons");
        foreach (var person in sen2.Persons)
        {
            xml.WriteStartElement("Person");
            ReturnXml.Leaf(xml, "UPN", person.PersonId);
            ReturnXml.Leaf(xml, "PersonBirthDate", person.DateOfBirth);
            ReturnXml.Leaf(xml, "Sex", person.Sex);
            xml.WriteStartElement("Requests");
            foreach (var request in person.Requests)
            {
                xml.WriteStartElement("Request");
                ReturnXml.Leaf(xml, "ReceivedDate", request.ReceivedDate);
                ReturnXml.Leaf(xml, "RequestOutcomeDate", request.OutcomeDate);
                ReturnXml.Leaf(xml, "RequestOutcome", request.Outcome);
                foreach (var assessment in request.Assessments)
                {
                    xml.WriteStartElement("Assessment");
                    ReturnXml.Leaf(xml, "AssessmentOutcome", assessment.Outcome);
                    ReturnXml.Leaf(xml, "AssessmentOutcomeDate", assessment.OutcomeDate);
                    foreach (var plan in assessment.Plans)
                    {
                        xml.WriteStartElement("NamedPlan");
                        ReturnXml.Leaf(xml, "StartDate", plan.StartDate);
                        ReturnXml.Leaf(xml, "PlanTransfer", plan.Transferred ? "true" : "false");
                        ReturnXml.Leaf(xml, "TwentyWeekException", plan.TwentyWeekException is { } e ? (e ? "true" : "false") : null);
                        xml.WriteEndElement();
                    }

                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
