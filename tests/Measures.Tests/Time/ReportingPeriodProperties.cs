using System;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Time;
using NodaTime;
using NodaTime.Text;

namespace Measures.Tests.Time;

[Properties(Arbitrary = [typeof(PeriodArbitraries)], MaxTest = 300)]
public sealed class ReportingPeriodProperties
{
    [Property]
    public Property Periods_of_a_tiling_type_meet_their_neighbours_with_no_gap_or_overlap(TilingType type, LocalDate date, AcademicYearConvention convention)
    {
        var p = ReportingPeriod.Containing(type.Value, date, convention);
        var next = p.Next(convention);
        var previous = p.Previous(convention);
        return (p.Type == type.Value).Label("the period is of the type asked for")
            .And((p.Start <= p.End).Label("the period starts on or before its end"))
            .And((next.Start == p.End.PlusDays(1)).Label("next starts the day after the end"))
            .And((previous.End == p.Start.PlusDays(-1)).Label("previous ends the day before the start"))
            .And((ReportingPeriod.Containing(type.Value, p.End.PlusDays(1), convention) == next).Label("the day after the end lies in next"))
            .And((ReportingPeriod.Containing(type.Value, p.Start.PlusDays(-1), convention) == previous).Label("the day before the start lies in previous"));
    }

    [Property]
    public Property Every_date_is_in_exactly_one_period_of_each_type(TilingType type, LocalDate date, AcademicYearConvention convention, ushort offset)
    {
        var p = ReportingPeriod.Containing(type.Value, date, convention);
        var other = p.Start.PlusDays(offset % p.Days);

        // Every date of p finds p again, and the neighbours (which meet p exactly) do not hold the date.
        return p.Contains(date).Label("the period holds the date")
            .And((ReportingPeriod.Containing(type.Value, other, convention) == p).Label("another date of the period finds the period again"))
            .And((!p.Next(convention).Contains(date)).Label("next does not hold the date"))
            .And((!p.Previous(convention).Contains(date)).Label("previous does not hold the date"));
    }

    [Property]
    public Property Next_and_previous_are_inverse(PeriodUnderConvention x)
    {
        var (p, c) = x;
        return (p.Next(c).Previous(c) == p).Label("previous of next is the period")
            .And((p.Previous(c).Next(c) == p).Label("next of previous is the period"))
            .And((p.Next(c).Type == p.Type).Label("next is of the same type"))
            .And((p.Next(c) > p).Label("next sorts after the period"));
    }

    [Property]
    public Property Parse_reads_back_every_canonical_label_exactly(PeriodUnderConvention x)
    {
        var (p, c) = x;
        var pattern = ReportingPeriodPattern.RoundTrip.WithConvention(c);
        return (ReportingPeriod.Parse(p.ToString()) == p).Label("Parse reads back the label")
            .And((ReportingPeriod.TryParse(p.ToString().AsSpan(), out var q) && q == p).Label("TryParse on a span reads back the label"))
            .And((ReportingPeriod.Parse(p.ToString(), p.Type) == p).Label("Parse with the type expected reads back the label"))
            .And((pattern.Parse(pattern.Format(p)).Value == p).Label("the round-trip pattern reads back its own label under the convention"));
    }

    [Property]
    public Property Children_tile_their_parent(PeriodUnderConvention x)
    {
        var (p, c) = x;
        var children = p.Children(c);
        if (children.Count == 0)
        {
            return (p.Type is PeriodType.Month or PeriodType.HalfTerm or PeriodType.DateRange).Label("only months, half terms and date ranges have no children");
        }

        bool adjacent = children.Zip(children.Skip(1)).All(pair => pair.Second.Start == pair.First.End.PlusDays(1));
        bool withinParent = p.Type is PeriodType.RollingMonths or PeriodType.FinancialYearToDate or PeriodType.AcademicYearToDate or PeriodType.CalendarYearToDate
            || children.All(child => child.Parent(p.Type, c) == p);
        return (children[0].Start == p.Start).Label("the first child starts with the parent")
            .And((children[^1].End == p.End).Label("the last child ends with the parent"))
            .And(adjacent.Label("each child starts the day after the one before ends"))
            .And(withinParent.Label("each child's parent is the period"));
    }

    [Property]
    public Property Same_period_last_year_is_a_year_of_steps_back(PeriodUnderConvention x)
    {
        var (p, c) = x;
        int steps = p.Type switch
        {
            PeriodType.Month or PeriodType.RollingMonths or PeriodType.FinancialYearToDate or PeriodType.AcademicYearToDate or PeriodType.CalendarYearToDate => 12,
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
            ? (p.SamePeriodLastYear(c).Start == p.Start.PlusYears(-1)).Label("a date range last year starts a year earlier")
                .And((p.SamePeriodLastYear(c).End == p.End.PlusYears(-1)).Label("a date range last year ends a year earlier"))
            : (p.SamePeriodLastYear(c) == expected).Label($"the same period last year is {steps} steps back");
    }

    [Property]
    public bool Json_round_trips_every_period(ReportingPeriod p)
    {
        string json = JsonSerializer.Serialize(p, Serialization.TimeJsonTestContext.Default.ReportingPeriod);
        return JsonSerializer.Deserialize(json, Serialization.TimeJsonTestContext.Default.ReportingPeriod) == p;
    }

    [Property]
    public Property Ordering_agrees_with_equality(ReportingPeriod a, ReportingPeriod b) =>
        ((a.CompareTo(b) == 0) == (a == b)).Label("periods compare as level exactly when they are equal")
        .And((Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a))).Label("comparing the other way round gives the opposite sign"))
        .And((a != b || a.GetHashCode() == b.GetHashCode()).Label("equal periods have equal hash codes"));

    [Property]
    public Property Snapshot_dates_round_trip(LocalDate date)
    {
        var s = new SnapshotDate(date);
        return (SnapshotDate.Parse(s.ToString()) == s).Label("the snapshot's own label reads back")
            .And((SnapshotDate.Parse($"as at {date:d MMMM uuuu}") == s).Label("\"as at\" with the date written out reads back"));
    }

    [Property(MaxTest = 1000)]
    public Property Try_parse_never_throws_and_agrees_with_the_pattern(string? text)
    {
        bool tried = ReportingPeriod.TryParse(text, out var p);
        bool snapshot = SnapshotDate.TryParse(text, out _);
        var result = ReportingPeriodPattern.RoundTrip.Parse(text!);
        return (tried == result.Success).Label("TryParse accepts exactly what the pattern accepts")
            .And((!tried || result.Success && result.Value == p).Label("TryParse gives the pattern's period"))
            .And((snapshot || !SnapshotDate.TryParse(text.AsSpan(), out _)).Label("a snapshot date read from a span also reads from the string"));
    }

    // Labels stitched from the parser's own vocabulary: the parser may refuse them, but must never
    // throw anything other than its own error, and TryParse must never throw at all.
    [Property(MaxTest = 1000)]
    public Property Garbage_made_of_label_words_never_crashes_the_parser(byte[] picks)
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
            return tried.Label("TryParse accepts what Parse accepts")
                .And((parsed == viaTry).Label("TryParse gives the period Parse gives"))
                .And((tried && ReportingPeriod.Parse(parsed.ToString()) == parsed).Label("the period's own label reads back"));
        }
        catch (UnparsableValueException e)
        {
            return (!tried).Label("TryParse refuses what Parse refuses")
                .And(e.Message.StartsWith("Cannot read", StringComparison.Ordinal).Label("the error says the label cannot be read"));
        }
    }
}
