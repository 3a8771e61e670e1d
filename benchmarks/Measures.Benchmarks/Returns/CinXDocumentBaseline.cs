using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Measures.Time;
using NodaTime;
using NodaTime.Text;

namespace Measures.Benchmarks.Returns;

/// <summary>
/// The CIN census indicators as a .NET developer first writes them: the whole file loaded with
/// <see cref="XDocument"/>, then a LINQ query per indicator over its elements, dates parsed as they are met. Working
/// days come from the library's England and Wales calendar, so that the comparison is of reading and counting.
/// </summary>
public static class CinXDocumentBaseline
{
    /// <summary>Each figure as (numerator, denominator), the denominator null for a count, by measure code.</summary>
    public static Dictionary<string, (long Numerator, long? Denominator)> Compute(Stream xml, ReportingPeriod year)
    {
        var document = XDocument.Load(xml);
        var calendar = WorkingDayCalendar.EnglandAndWales;
        LocalDate first = year.Start, last = year.End;
        static LocalDate? Date(XElement? e) => e is null ? null : LocalDatePattern.Iso.Parse(e.Value.Trim()).GetValueOrThrow();
        bool In(LocalDate? d) => d is { } day && day >= first && day <= last;

        var children = document.Descendants("Child")
            .Select(c => c.Elements("CINdetails").Select(e => new
            {
                Referral = Date(e.Element("CINreferralDate")),
                Closure = Date(e.Element("CINclosureDate")),
                Nfa = e.Element("ReferralNFA")?.Value.Trim() is "true" or "1",
                Authorised = e.Elements("Assessments").Select(a => Date(a.Element("AssessmentAuthorisationDate"))).ToList(),
                Enquiries = e.Elements("Section47").Select(s => (Start: Date(s.Element("S47ActualStartDate")), Conference: Date(s.Element("DateOfInitialCPC")))).ToList(),
                Plans = e.Elements("ChildProtectionPlans").Select(p => (Start: Date(p.Element("CPPstartDate")), End: Date(p.Element("CPPendDate")), Previous: int.Parse(p.Element("NumberOfPreviousCPP")?.Value ?? "0", System.Globalization.CultureInfo.InvariantCulture))).ToList(),
            }).ToList())
            .ToList();

        var referrals = children.SelectMany(c => c.Where(e => In(e.Referral)).Select(e => (Episode: e, Child: c))).ToList();
        long reReferrals = referrals.Count(r => r.Child.Any(o => o.Referral >= r.Episode.Referral!.Value.PlusMonths(-12) && o.Referral < r.Episode.Referral));
        var assessments = children.SelectMany(c => c).SelectMany(e => e.Authorised.Where(In).Select(a => (e.Referral, Authorised: a!.Value))).Where(a => a.Referral is not null).ToList();
        var conferences = children.SelectMany(c => c).SelectMany(e => e.Enquiries).Where(s => In(s.Conference) && s.Start is not null).ToList();
        var plans = children.Select(c => c.SelectMany(e => e.Plans).ToList()).ToList();
        var started = plans.SelectMany(p => p.Where(x => In(x.Start)).Select(x => x.Previous > 0 || p.Any(o => o.Start < x.Start))).ToList();
        var ended = plans.SelectMany(p => p).Where(x => In(x.End) && x.Start is not null).ToList();

        return new Dictionary<string, (long, long?)>(StringComparer.Ordinal)
        {
            ["cin-referrals"] = (referrals.Count, null),
            ["cin-re-referrals"] = (reReferrals, referrals.Count),
            ["cin-assessments-45-days"] = (assessments.Count(a => calendar.WorkingDaysBetween(a.Referral!.Value, a.Authorised) <= 45), assessments.Count),
            ["cin-icpc-15-days"] = (conferences.Count(s => calendar.WorkingDaysBetween(s.Start!.Value, s.Conference!.Value) <= 15), conferences.Count),
            ["cin-31-march"] = (children.Count(c => c.Any(e => e.Referral <= last && (e.Closure is null || e.Closure > last) && !e.Nfa)), null),
            ["cpp-31-march"] = (plans.Count(p => p.Any(x => x.Start <= last && (x.End is null || x.End > last))), null),
            ["cpp-second-or-subsequent"] = (started.Count(s => s), started.Count),
            ["cpp-ended-2-years"] = (ended.Count(x => x.End >= x.Start!.Value.PlusYears(2)), ended.Count),
        };
    }
}
