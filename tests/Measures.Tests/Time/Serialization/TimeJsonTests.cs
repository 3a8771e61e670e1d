using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Measures.Time;
using Measures.Time.Serialization;
using NodaTime;

namespace Measures.Tests.Time.Serialization;

public sealed class TimeJsonTests
{
    [Fact]
    public void A_period_is_written_as_its_canonical_label_through_a_source_generated_context()
    {
        var q3 = ReportingPeriod.Quarter(2020, 3);
        Assert.Equal("\"2020/21 Q3\"", JsonSerializer.Serialize(q3, TimeJsonTestContext.Default.ReportingPeriod));
        Assert.Equal(q3, JsonSerializer.Deserialize("\"Q3 2020/21\"", TimeJsonTestContext.Default.ReportingPeriod));
    }

    [Fact]
    public void A_record_with_periods_dates_and_enums_round_trips()
    {
        var record = new TimeRecord(
            ReportingPeriod.Term(2023, SchoolTerm.Autumn),
            new SnapshotDate(new LocalDate(2015, 7, 31)),
            new LocalDate(2024, 2, 29),
            new YearMonth(2023, 7),
            PeriodType.HalfTerm,
            HalfTerm.Spring2,
            new Dictionary<ReportingPeriod, int> { [ReportingPeriod.Month(2020, 12)] = 5 });
        string json = JsonSerializer.Serialize(record, TimeJsonTestContext.Default.TimeRecord);
        Assert.Equal(
            "{\"Period\":\"Autumn term 2023/24\",\"AsAt\":\"2015-07-31\",\"Date\":\"2024-02-29\",\"Month\":\"2023-07\",\"Type\":\"HalfTerm\",\"Half\":\"Spring2\",\"ByPeriod\":{\"2020-12\":5}}",
            json);
        var back = JsonSerializer.Deserialize(json, TimeJsonTestContext.Default.TimeRecord)!;
        Assert.Equal(record.Period, back.Period);
        Assert.Equal(record.AsAt, back.AsAt);
        Assert.Equal(record.Date, back.Date);
        Assert.Equal(record.Month, back.Month);
        Assert.Equal(record.Half, back.Half);
        Assert.Equal(5, back.ByPeriod[ReportingPeriod.Month(2020, 12)]);
    }

    [Fact]
    public void A_converter_built_with_a_council_pattern_reads_and_writes_its_terms_without_brackets()
    {
        var pattern = ReportingPeriodPattern.RoundTrip.WithConvention(AcademicYearConvention.FromAugust);
        var options = new JsonSerializerOptions { TypeInfoResolver = TimeJsonTestContext.Default, Converters = { new ReportingPeriodJsonConverter(pattern) } };
        var summer = ReportingPeriod.Term(2023, SchoolTerm.Summer, AcademicYearConvention.FromAugust);
        Assert.Equal("\"Summer term 2023/24\"", JsonSerializer.Serialize(summer, options));
        Assert.Equal(summer, JsonSerializer.Deserialize<ReportingPeriod>("\"Summer term 2023/24\"", options));
        Assert.Equal("\"Summer term 2023/24 [2024-04-01 to 2024-07-31]\"", JsonSerializer.Serialize(summer, TimeJsonTestContext.Default.ReportingPeriod));
    }

    [Theory]
    [InlineData("{\"Period\":\"Q5 2020/21\"}", "\"5\" (character 2) is not a quarter")]
    [InlineData("{\"Period\":12}", "must be a JSON string")]
    [InlineData("{\"Date\":\"31/07/2015\"}", "is not an ISO date")]
    [InlineData("{\"Month\":\"July 2023\"}", "is not an ISO year and month")]
    public void Bad_json_values_say_what_was_wrong(string json, string expected)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, TimeJsonTestContext.Default.TimeRecord));
        Assert.Contains(expected, ex.Message, System.StringComparison.Ordinal);
    }
}

public sealed record TimeRecord(
    ReportingPeriod Period,
    SnapshotDate AsAt,
    [property: JsonConverter(typeof(LocalDateJsonConverter))] LocalDate Date,
    [property: JsonConverter(typeof(YearMonthJsonConverter))] YearMonth Month,
    PeriodType Type,
    HalfTerm Half,
    Dictionary<ReportingPeriod, int> ByPeriod);

[JsonSerializable(typeof(ReportingPeriod))]
[JsonSerializable(typeof(TimeRecord))]
internal sealed partial class TimeJsonTestContext : JsonSerializerContext;
