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
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false };
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartElement("Message");
        xml.WriteStartElement("Header");
        xml.WriteStartElement("CollectionDetails");
        Leaf(xml, "Collection", sen2.Header.Collection);
        Leaf(xml, "Year", sen2.Header.Year);
        Leaf(xml, "ReferenceDate", sen2.Header.ReferenceDate);
        xml.WriteEndElement();
        xml.WriteStartElement("Source");
        Leaf(xml, "LEA", sen2.Header.LocalAuthority);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("Persons");
        foreach (var person in sen2.Persons)
        {
            xml.WriteStartElement("Person");
            Leaf(xml, "UPN", person.PersonId);
            Leaf(xml, "PersonBirthDate", person.DateOfBirth);
            Leaf(xml, "Sex", person.Sex);
            xml.WriteStartElement("Requests");
            foreach (var request in person.Requests)
            {
                xml.WriteStartElement("Request");
                Leaf(xml, "ReceivedDate", request.ReceivedDate);
                Leaf(xml, "RequestOutcomeDate", request.OutcomeDate);
                Leaf(xml, "RequestOutcome", request.Outcome);
                foreach (var assessment in request.Assessments)
                {
                    xml.WriteStartElement("Assessment");
                    Leaf(xml, "AssessmentOutcome", assessment.Outcome);
                    Leaf(xml, "AssessmentOutcomeDate", assessment.OutcomeDate);
                    foreach (var plan in assessment.Plans)
                    {
                        xml.WriteStartElement("NamedPlan");
                        Leaf(xml, "StartDate", plan.StartDate);
                        Leaf(xml, "PlanTransfer", plan.Transferred ? "true" : "false");
                        Leaf(xml, "TwentyWeekException", plan.TwentyWeekException is { } e ? (e ? "true" : "false") : null);
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

    private static void Leaf(XmlWriter xml, string name, string? value)
    {
        if (value is not null)
        {
            xml.WriteElementString(name, value);
        }
    }

    private static void Leaf(XmlWriter xml, string name, LocalDate? value)
    {
        if (value is { } date)
        {
            xml.WriteElementString(name, CinDates.Format(date));
        }
    }
}
