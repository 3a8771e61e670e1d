using System;
using Measures.Time;
using NodaTime;
using NodaTime.Text;

namespace Measures.Tests.Time;

public sealed class SnapshotDateTests
{
    // Forms taken from the council documents this library was built from: "as at 31st July 2015",
    // "as at the 31st July 2015", "as at the end of August 2019".
    [Theory]
    [InlineData("as at 31 July 2015", 2015, 7, 31)]
    [InlineData("as at 31st July 2015", 2015, 7, 31)]
    [InlineData("As at the 31st July 2015", 2015, 7, 31)]
    [InlineData("as at the end of August 2019", 2019, 8, 31)]
    [InlineData("as at end of Feb 2024", 2024, 2, 29)]
    [InlineData("as at 2015-07-31", 2015, 7, 31)]
    [InlineData("2015-07-31", 2015, 7, 31)]
    [InlineData("31 Jul 2015", 2015, 7, 31)]
    public void Snapshot_labels_are_read(string label, int y, int m, int d)
    {
        var s = SnapshotDate.Parse(label);
        Assert.Equal(new LocalDate(y, m, d), s.Date);
        Assert.Equal($"as at {y:D4}-{m:D2}-{d:D2}", s.ToString());
    }

    [Theory]
    [InlineData("as at 31 June 2015", "is not a date in the calendar")]
    [InlineData("as of 31 July 2015", "expected \"at\"")]
    [InlineData("as at the end of June", "it ends too soon")]
    [InlineData("as at 31 July 2015 onwards", "\"onwards\" (character 20) is not expected after the date")]
    public void Unreadable_snapshot_labels_say_why(string label, string expected)
    {
        var ex = Assert.Throws<UnparsableValueException>(() => SnapshotDate.Parse(label));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Cannot read \"{label}\"", ex.Message, StringComparison.Ordinal);
        Assert.False(SnapshotDate.TryParse(label, out _));
    }

    [Fact]
    public void A_snapshot_measure_for_a_quarter_is_taken_as_at_its_last_day()
    {
        Assert.Equal(new SnapshotDate(new LocalDate(2020, 12, 31)), SnapshotDate.EndOf(ReportingPeriod.Quarter(2020, 3)));
        Assert.True(new SnapshotDate(new LocalDate(2015, 7, 31)) < new SnapshotDate(new LocalDate(2015, 8, 1)));
    }
}
