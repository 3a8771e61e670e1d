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
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false };
        using var xml = XmlWriter.Create(stream, settings);
        var header = census.Header;
        xml.WriteStartElement("Message");
        xml.WriteStartElement("Header");
        xml.WriteStartElement("CollectionDetails");
        Leaf(xml, "Collection", header.Collection);
        Leaf(xml, "Year", header.Year);
        Leaf(xml, "ReferenceDate", header.ReferenceDate);
        xml.WriteEndElement();
        xml.WriteStartElement("Source");
        Leaf(xml, "SourceLevel", header.SourceLevel);
        Leaf(xml, "LEA", header.La);
        Leaf(xml, "SoftwareCode", header.SoftwareCode);
        Leaf(xml, "Release", header.Release);
        Leaf(xml, "SerialNo", header.SerialNo);
        Leaf(xml, "DateTime", header.DateTime);
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
        Leaf(xml, "LAchildID", child.ChildId);
        Leaf(xml, "UPN", child.Upn);
        Leaf(xml, "FormerUPN", child.FormerUpn);
        Leaf(xml, "UPNunknown", child.UpnUnknown);
        Leaf(xml, "PersonBirthDate", child.DateOfBirth);
        Leaf(xml, "ExpectedPersonBirthDate", child.ExpectedDateOfBirth);
        Leaf(xml, child.Sex is "1" or "2" or "0" or "9" ? "GenderCurrent" : "Sex", child.Sex);
        Leaf(xml, "PersonDeathDate", child.DateOfDeath);
        xml.WriteEndElement();
        xml.WriteStartElement("ChildCharacteristics");
        Leaf(xml, "Ethnicity", child.Ethnicity);
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
        Leaf(xml, "CINreferralDate", episode.ReferralDate);
        Leaf(xml, "ReferralSource", episode.ReferralSource);
        Leaf(xml, "PrimaryNeedCode", episode.PrimaryNeed);
        Leaf(xml, "CINclosureDate", episode.ClosureDate);
        Leaf(xml, "ReasonForClosure", episode.ReasonForClosure);
        Leaf(xml, "DateOfInitialCPC", episode.InitialConferenceDate);
        Leaf(xml, "ReferralNFA", episode.ReferralNfa ? "true" : "false");
        foreach (var assessment in episode.Assessments)
        {
            xml.WriteStartElement("Assessments");
            Leaf(xml, "AssessmentActualStartDate", assessment.StartDate);
            Leaf(xml, "AssessmentInternalReviewDate", assessment.InternalReviewDate);
            Leaf(xml, "AssessmentAuthorisationDate", assessment.AuthorisationDate);
            Repeated(xml, "FactorsIdentifiedAtAssessment", "AssessmentFactors", assessment.Factors);
            xml.WriteEndElement();
        }

        foreach (var plan in episode.Plans)
        {
            xml.WriteStartElement("CINPlanDates");
            Leaf(xml, "CINPlanStartDate", plan.Start);
            Leaf(xml, "CINPlanEndDate", plan.End);
            xml.WriteEndElement();
        }

        foreach (var enquiry in episode.Section47Enquiries)
        {
            xml.WriteStartElement("Section47");
            Leaf(xml, "S47ActualStartDate", enquiry.StartDate);
            Leaf(xml, "InitialCPCtarget", enquiry.InitialConferenceTarget);
            Leaf(xml, "DateOfInitialCPC", enquiry.InitialConferenceDate);
            Leaf(xml, "ICPCnotRequired", enquiry.ConferenceNotRequired ? "true" : "false");
            xml.WriteEndElement();
        }

        foreach (var plan in episode.ProtectionPlans)
        {
            xml.WriteStartElement("ChildProtectionPlans");
            Leaf(xml, "CPPstartDate", plan.Start);
            Leaf(xml, "CPPendDate", plan.End);
            Leaf(xml, "InitialCategoryOfAbuse", plan.InitialCategoryOfAbuse);
            Leaf(xml, "LatestCategoryOfAbuse", plan.LatestCategoryOfAbuse);
            Leaf(xml, "NumberOfPreviousCPP", plan.PreviousPlans.ToString(System.Globalization.CultureInfo.InvariantCulture));
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
            Leaf(xml, element, value);
        }

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
            xml.WriteElementString(name, LocalDatePattern.Iso.Format(date));
        }
    }
}
