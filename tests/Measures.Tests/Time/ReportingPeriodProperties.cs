using System;
using System.Linq;
using System.Text.Json;
using FsCheck.Xunit;
using Measures.Time;
using NodaTime;
using NodaTime.Text;

namespace Measures.Tests.Time;

[Properties(Arbitrary = [typeof(PeriodArbitraries)], MaxTest = 300)]
public sealed class ReportingPeriodProperties
{
    [Property]
    public bool Periods_of_a_tiling_type_meet_their_neighbours_with_no_gap_or_overlap(TilingType type, LocalDate date, AcademicYearConvention convention)
    {
        var p = ReportingPeriod.Containing(type.Value, date, convention);
        var next = p.Next(convention);
        var previous = p.Previous(convention);
        return p.Type == type.Value
            && p.Start <= p.End
            && next.Start == p.End.PlusDays(1)
            && previous.End == p.Start.PlusDays(-1)
            && ReportingPeriod.Containing(type.Value, p.End.PlusDays(1), convention) == next
            && ReportingPeriod.Containing(type.Value, p.Start.PlusDays(-1), convention) == previous;
    }

    [Property]
    public bool Every_date_is_in_exactly_one_period_of_each_type(TilingType type, LocalDate date, AcademicYearConvention convention, ushort offset)
    {
        var p = ReportingPeriod.Containing(type.Value, date, convention);
        var other = p.Start.PlusDays(offset % p.Days);

        // Every date of p finds p again, and the neighbours (which meet p exactly) do not hold the date.
        return p.Contains(date)
            && ReportingPeriod.Containing(type.Value, other, convention) == p
            && !p.Next(convention).Contains(date)
            && !p.Previous(convention).Contains(date);
    }

    [Property]
    public bool Next_and_previous_are_inverse(PeriodUnderConvention x)
    {
        var (p, c) = x;
        return p.Next(c).Previous(c) == p && p.Previous(c).Next(c) == p && p.Next(c).Type == p.Type && p.Next(c) > p;
    }

    [Property]
    public bool Parse_reads_back_every_canonical_label_exactly(PeriodUnderConvention x)
    {
        var (p, c) = x;
        var pattern = ReportingPeriodPattern.RoundTrip.WithConvention(c);
        return ReportingPeriod.Parse(p.ToString()) == p
            && ReportingPeriod.TryParse(p.ToString().AsSpan(), out var q) && q == p
            && ReportingPeriod.Parse(p.ToString(), p.Type) == p
            && pattern.Parse(pattern.Format(p)).Value == p;
    }

    [Property]
    public bool Children_tile_their_parent(PeriodUnderConvention x)
    {
        var (p, c) = x;
        var children = p.Children(c);
        if (children.Count == 0)
        {
            return p.Type is PeriodType.Month or PeriodType.HalfTerm or PeriodType.DateRange;
        }

        bool adjacent = children.Zip(children.Skip(1)).All(pair => pair.Second.Start == pair.First.End.PlusDays(1));
        bool withinParent = p.Type is PeriodType.RollingMonths or PeriodType.FinancialYearToDate or PeriodType.AcademicYearToDate
            || children.All(child => child.Parent(p.Type, c) == p);
        return children[0].Start == p.Start && children[^1].End == p.End && adjacent && withinParent;
    }

    [Property]
    public bool Same_period_last_year_is_a_year_of_steps_back(PeriodUnderConvention x)
    {
        var (p, c) = x;
        int steps = p.Type switch
        {
            PeriodType.Month or PeriodType.RollingMonths or PeriodType.FinancialYearToDate or PeriodType.AcademicYearToDate => 12,
            PeriodType.Quarter => 4,
            PeriodType.Term => 3,
            PeriodType.HalfTerm => 6,
            PeriodType.DateRange => 0,
            _ => 1,
        };
        var expected = p;
        for (int i = 0; i < steps; i++)
        {
            expected = expected.Previous(c);
        }

        return p.Type == PeriodType.DateRange
            ? p.SamePeriodLastYear(c).Start == p.Start.PlusYears(-1) && p.SamePeriodLastYear(c).End == p.End.PlusYears(-1)
            : p.SamePeriodLastYear(c) == expected;
    }

    [Property]
    public bool Json_round_trips_every_period(ReportingPeriod p)
    {
        string json = JsonSerializer.Serialize(p, Serialization.TimeJsonTestContext.Default.ReportingPeriod);
        return JsonSerializer.Deserialize(json, Serialization.TimeJsonTestContext.Default.ReportingPeriod) == p;
    }

    [Property]
    public bool Ordering_agrees_with_equality(ReportingPeriod a, ReportingPeriod b) =>
        (a.CompareTo(b) == 0) == (a == b)
        && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a))
        && (a != b || a.GetHashCode() == b.GetHashCode());

    [Property]
    public bool Snapshot_dates_round_trip(LocalDate date)
    {
        var s = new SnapshotDate(date);
        return SnapshotDate.Parse(s.ToString()) == s
            && SnapshotDate.Parse($"as at {date:d MMMM uuuu}") == s;
    }

    [Property(MaxTest = 1000)]
    public bool Try_parse_never_throws_and_agrees_with_the_pattern(string? text)
    {
        bool tried = ReportingPeriod.TryParse(text, out var p);
        bool snapshot = SnapshotDate.TryParse(text, out _);
        var result = ReportingPeriodPattern.RoundTrip.Parse(text!);
        return tried == result.Success && (!tried || result.Value == p) && (snapshot || !SnapshotDate.TryParse(text.AsSpan(), out _));
    }

    // Labels stitched from the parser's own vocabulary: the parser may refuse them, but must never
    // throw anything other than its own error, and TryParse must never throw at all.
    [Property(MaxTest = 1000)]
    public bool Garbage_made_of_label_words_never_crashes_the_parser(byte[] picks)
    {
        string[] vocabulary =
        [
            "Q", "3", "2020", "/", "21", "-", "FY", "AY", "Autumn", "term", "1", "rolling", "12", "months", "to",
            "July", "year", "date", "[", "]", "2023-08-01", "..", "of", "the", "as", "at", "31st", "0", "99999999999", "–", "half", ".",
        ];
        string label = string.Join(' ', picks.Take(12).Select(b => vocabulary[b % vocabulary.Length]));
        bool tried = ReportingPeriod.TryParse(label, out var viaTry);
        try
        {
            var parsed = ReportingPeriod.Parse(label);
            return tried && parsed == viaTry && ReportingPeriod.Parse(parsed.ToString()) == parsed;
        }
        catch (UnparsableValueException e)
        {
            return !tried && e.Message.StartsWith("Cannot read", StringComparison.Ordinal);
        }
    }
}
