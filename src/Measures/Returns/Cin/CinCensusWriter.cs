using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Xml;
using Measures.Internal;
using NodaTime;
using NodaTime.Text;

namespace Measures.Returns.Cin;

/// <summary>
/// Writes a CIN census as XML in the DfE's layout, which <see cref="CinCensusReader"/> reads back to the same records:
/// the Header, then each Child with its identifiers, characteristics and CIN episodes, dates as yyyy-MM-dd and
/// booleans as true or false. Absent values are left out, as the specification allows for optional elements.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class CinCensusWriter
{
    /// <summary>Writes <paramref name="census"/> to <paramref name="stream"/> as UTF-8 XML.</summary>
    /// <param name="census">The census.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static void Write(CinCensus census, Stream stream)
    {
        Preconditions.CheckNotNull(census);
        Preconditions.CheckNotNull(stream);
        using var xml = ReturnXml.Create(stream);
        var header = census.Header;
        xml.WriteStartElement("Message");
        xml.WriteStartElement("Header");
        xml.WriteStartElement("CollectionDetails");
        ReturnXml.Leaf(xml, "Collection", header.Collection);
        ReturnXml.Leaf(xml, "Year", header.Year);
        ReturnXml.Leaf(xml, "ReferenceDate", header.ReferenceDate);
        xml.WriteEndElement();
        xml.WriteStartElement("Source");
        ReturnXml.Leaf(xml, "SourceLevel", header.SourceLevel);
        ReturnXml.Leaf(xml, "LEA", header.La);
        ReturnXml.Leaf(xml, "SoftwareCode", header.SoftwareCode);
        ReturnXml.Leaf(xml, "Release", header.Release);
        ReturnXml.Leaf(xml, "SerialNo", header.SerialNo);
        ReturnXml.Leaf(xml, "DateTime", header.DateTime);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("Children");
        foreach (var child in census.Children)
        {
            WriteChild(xml, child);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteChild(XmlWriter xml, CinChild child)
    {
        xml.WriteStartElement("Child");
        xml.WriteStartElement("ChildIdentifiers");
        ReturnXml.Leaf(xml, "LAchildID", child.ChildId);
        ReturnXml.Leaf(xml, "UPN", child.Upn);
        ReturnXml.Leaf(xml, "FormerUPN", child.FormerUpn);
        ReturnXml.Leaf(xml, "UPNunknown", child.UpnUnknown);
        ReturnXml.Leaf(xml, "PersonBirthDate", child.DateOfBirth);
        ReturnXml.Leaf(xml, "ExpectedPersonBirthDate", child.ExpectedDateOfBirth);
        ReturnXml.Leaf(xml, child.Sex is "1" or "2" or "0" or "9" ? "GenderCurrent" : "Sex", child.Sex);
        ReturnXml.Leaf(xml, "PersonDeathDate", child.DateOfDeath);
        xml.WriteEndElement();
        xml.WriteStartElement("ChildCharacteristics");
        ReturnXml.Leaf(xml, "Ethnicity", child.Ethnicity);
        Repeated(xml, "Disabilities", "Disability", child.Disabilities);
        xml.WriteEndElement();
        foreach (var episode in child.Episodes)
        {
            WriteEpisode(xml, episode);
        }

        xml.WriteEndElement();
    }

    private static void WriteEpisode(XmlWriter xml, CinEpisode episode)
    {
        xml.WriteStartElement("CINdetails");
        ReturnXml.Leaf(xml, "CINreferralDate", episode.ReferralDate);
        ReturnXml.Leaf(xml, "ReferralSource", episode.ReferralSource);
        ReturnXml.Leaf(xml, "PrimaryNeedCode", episode.PrimaryNeed);
        ReturnXml.Leaf(xml, "CINclosureDate", episode.ClosureDate);
        ReturnXml.Leaf(xml, "ReasonForClosure", episode.ReasonForClosure);
        ReturnXml.Leaf(xml, "DateOfInitialCPC", episode.InitialConferenceDate);
        ReturnXml.Leaf(xml, "ReferralNFA", episode.ReferralNfa ? "true" : "false");
        foreach (var assessment in episode.Assessments)
        {
            xml.WriteStartElement("Assessments");
            ReturnXml.Leaf(xml, "AssessmentActualStartDate", assessment.StartDate);
            ReturnXml.Leaf(xml, "AssessmentInternalReviewDate", assessment.InternalReviewDate);
            ReturnXml.Leaf(xml, "AssessmentAuthorisationDate", assessment.AuthorisationDate);
            Repeated(xml, "FactorsIdentifiedAtAssessment", "AssessmentFactors", assessment.Factors);
            xml.WriteEndElement();
        }

        foreach (var plan in episode.Plans)
        {
            xml.WriteStartElement("CINPlanDates");
            ReturnXml.Leaf(xml, "CINPlanStartDate", plan.Start);
            ReturnXml.Leaf(xml, "CINPlanEndDate", plan.End);
            xml.WriteEndElement();
        }

        foreach (var enquiry in episode.Section47Enquiries)
        {
            xml.WriteStartElement("Section47");
            ReturnXml.Leaf(xml, "S47ActualStartDate", enquiry.StartDate);
            ReturnXml.Leaf(xml, "InitialCPCtarget", enquiry.InitialConferenceTarget);
            ReturnXml.Leaf(xml, "DateOfInitialCPC", enquiry.InitialConferenceDate);
            ReturnXml.Leaf(xml, "ICPCnotRequired", enquiry.ConferenceNotRequired ? "true" : "false");
            xml.WriteEndElement();
        }

        foreach (var plan in episode.ProtectionPlans)
        {
            xml.WriteStartElement("ChildProtectionPlans");
            ReturnXml.Leaf(xml, "CPPstartDate", plan.Start);
            ReturnXml.Leaf(xml, "CPPendDate", plan.End);
            ReturnXml.Leaf(xml, "InitialCategoryOfAbuse", plan.InitialCategoryOfAbuse);
            ReturnXml.Leaf(xml, "LatestCategoryOfAbuse", plan.LatestCategoryOfAbuse);
            ReturnXml.Leaf(xml, "NumberOfPreviousCPP", plan.PreviousPlans.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var reviews = new List<string>(plan.ReviewDates.Count);
            foreach (var review in plan.ReviewDates)
            {
                reviews.Add(LocalDatePattern.Iso.Format(review));
            }

            Repeated(xml, "Reviews", "CPPreviewDate", reviews);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Repeated(XmlWriter xml, string group, string element, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        xml.WriteStartElement(group);
        foreach (string value in values)
        {
            ReturnXml.Leaf(xml, element, value);
        }

        xml.WriteEndElement();
    }
}
