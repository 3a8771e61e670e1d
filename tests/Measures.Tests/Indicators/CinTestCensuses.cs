using System.Collections.Generic;
using System.Linq;
using Measures.Returns;
using Measures.Returns.Cin;
using NodaTime;

namespace Measures.Tests.Indicators;

/// <summary>Small CIN censuses made in code, for checking each indicator by reading the test.</summary>
internal static class CinTestCensuses
{
    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    public static CinCensus Census(params CinChild[] children) => new() { Children = children };

    public static CinChild Child(string id, params CinEpisode[] episodes) => Child(id, D(2015, 6, 1), "F", episodes);

    public static CinChild Child(string id, LocalDate? born, string sex, params CinEpisode[] episodes) =>
        new(id, null, null, null, born, null, sex, null, "WBRI", [], episodes, new RecordLocation("census.xml", 1));

    public static CinEpisode Episode(
        LocalDate referral,
        LocalDate? closed = null,
        bool nfa = false,
        string need = "N1",
        IReadOnlyList<CinAssessment>? assessments = null,
        IReadOnlyList<Section47Enquiry>? enquiries = null,
        IReadOnlyList<ProtectionPlan>? plans = null,
        LocalDate? conferenceUnderDetails = null) =>
        new(referral, "1A", need, closed, closed is null ? null : "RC1", conferenceUnderDetails, nfa, assessments ?? [], [], enquiries ?? [], plans ?? []);

    public static CinAssessment Assessment(LocalDate start, LocalDate? authorised) => new(start, null, authorised, []);

    public static Section47Enquiry Enquiry(LocalDate start, LocalDate? conference) => new(start, null, conference, false);

    public static ProtectionPlan Plan(LocalDate start, LocalDate? end = null, int previous = 0, string category = "NEG") =>
        new(start, end, category, category, previous, []);

    public static string[] Ids(IEnumerable<Measures.Indicators.CountedChild> children) => [.. children.Select(c => c.ChildId)];
}
