using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Observations;
using Measures.Samples;
using Measures.Time;

namespace Measures.Tests.Observations;

/// <summary>Columns (and JSON properties) that observations do not use: refused by default, left out and named once when asked.</summary>
public sealed class UnknownColumnTests
{
    private static readonly ObservationReadOptions Ignoring = new() { IgnoreUnknownColumns = true };

    // 000_585cee76407646f5.txt line 73: 462 children on a child protection plan as of December 2020.
    // 002_6e9f6af52e902438.txt line 56: 91.3% of families contacted within three working days (21 of 23 gives it).
    private const string Export = """
        measure,period,organisational_unit,numerator,denominator,percent,team name
        CSC-02,2020-12,,462,,,Child protection
        EH-01,2020-12,North,21,23,91.3%,Early help
        """;

    private const string Plain = """
        measure,period,organisational_unit,numerator,denominator
        CSC-02,2020-12,,462,
        EH-01,2020-12,North,21,23
        """;

    [Fact]
    public void The_option_is_off_unless_set()
    {
        Assert.False(ObservationReadOptions.Default.IgnoreUnknownColumns);
        Assert.Empty(ObservationCsvReader.Read(new StringReader(Plain), "plain.csv").Notices);
    }

    [Fact]
    public void Ignored_columns_leave_what_is_read_unchanged_and_are_named_once()
    {
        var plain = ObservationCsvReader.Read(new StringReader(Plain), "plain.csv").Value;
        var read = ObservationCsvReader.Read(new StringReader(Export), "export.csv", Ignoring);
        Assert.True(read.Success, read.ToString());
        Assert.Equal(plain, read.Value);
        Assert.Equal(462, read.Value[0].Numerator);
        Assert.Equal(
            "Ignored 2 columns not used by observations: \"percent\" (column 6), \"team name\" (column 7).",
            Assert.Single(read.Notices));
    }

    [Fact]
    public void Without_the_option_each_unknown_column_is_refused_with_its_place_and_the_option_to_ignore_it()
    {
        var read = ObservationCsvReader.Read(new StringReader(Export), "export.csv");
        Assert.False(read.Success);
        Assert.Empty(read.Notices);
        Assert.Equal(2, read.ProblemCount);
        Assert.All(read.Problems, p => Assert.Equal(DataProblemKind.UnknownName, p.Kind));
        Assert.Equal([(1, 6, "percent"), (1, 7, "team name")], read.Problems.Select(p => (p.Line, p.Column, p.Value)));
        Assert.All(read.Problems, p => Assert.Contains("IgnoreUnknownColumns", p.Message, StringComparison.Ordinal));
        Assert.All(read.Problems, p => Assert.Contains("--ignore-unknown-columns", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_notice_names_each_column_once_however_many_rows_there_are()
    {
        var csv = new StringBuilder("measure,note,period,numerator,denominator\n");
        for (int month = 1; month <= 12; month++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"CSC-04,checked,2023-{month:D2},{500 + month},\n");
        }

        var read = ObservationCsvReader.Read(new StringReader(csv.ToString()), "many.csv", Ignoring);
        Assert.Equal(12, read.Value.Count);
        Assert.Equal("Ignored 1 column not used by observations: \"note\" (column 2).", Assert.Single(read.Notices));
    }

    [Fact]
    public void A_column_with_no_name_is_named_by_its_place()
    {
        var read = ObservationCsvReader.Read(new StringReader("measure,period,numerator,\nCSC-04,2023-04,502,\n"), "trailing.csv", Ignoring);
        Assert.Equal(502, Assert.Single(read.Value).Numerator);
        Assert.Equal("Ignored 1 column not used by observations: a column with no name (column 4).", Assert.Single(read.Notices));
    }

    [Fact]
    public void The_notice_is_kept_when_the_read_fails_so_that_a_misspelt_column_is_explained()
    {
        var read = ObservationCsvReader.Read(new StringReader("measure,period,numerater\nCSC-04,2023-04,502\n"), "misspelt.csv", Ignoring);
        Assert.False(read.Success);
        Assert.Contains("no numerator column", Assert.Single(read.Problems).Message, StringComparison.Ordinal);
        Assert.Equal("Ignored 1 column not used by observations: \"numerater\" (column 3).", Assert.Single(read.Notices));
    }

    [Fact]
    public void A_known_column_given_twice_is_still_refused()
    {
        var read = ObservationCsvReader.Read(new StringReader("measure,period,numerator,numerator\nCSC-04,2023-04,502,502\n"), "twice.csv", Ignoring);
        Assert.Equal(DataProblemKind.Duplicate, Assert.Single(read.Problems).Kind);
    }

    [Fact]
    public void Json_properties_observations_do_not_use_are_refused_or_ignored_alike()
    {
        const string Json = """
            { "observations": [
              { "measure": "CSC-02", "period": "2020-12", "numerator": 462, "teamName": "Child protection" },
              { "measure": "EH-01", "period": "2020-12", "numerator": 21, "denominator": 23, "percent": 91.3, "teamName": "Early help" }
            ], "exported": "2021-01-04" }
            """;
        var refused = ObservationJsonReader.Read(new StringReader(Json), "export.json");
        Assert.Equal(["$.observations[0].teamName", "$.observations[1].percent", "$.observations[1].teamName", "$.exported"], refused.Problems.Select(p => p.Field));
        Assert.All(refused.Problems, p => Assert.Contains("IgnoreUnknownColumns", p.Message, StringComparison.Ordinal));

        var read = ObservationJsonReader.Read(new StringReader(Json), "export.json", Ignoring);
        Assert.True(read.Success, read.ToString());
        Assert.Equal([new Observation("CSC-02", ReportingPeriod.Month(2020, 12), 462, null), new Observation("EH-01", ReportingPeriod.Month(2020, 12), 21, 23)], read.Value);
        Assert.Equal(
            [
                "Ignored 1 property not used by an observations document: \"exported\" (on line 4).",
                "Ignored 2 properties not used by observations: \"teamName\" (first on line 2), \"percent\" (first on line 3).",
            ],
            read.Notices);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(ObservationArbitraries), typeof(ExtraColumnArbitraries)])]
    public Property Extra_columns_anywhere_with_any_text_never_change_what_is_read(ObservationFile file, ExtraColumns extras)
    {
        string plain = Csv(file.Observations, []);
        string export = Csv(file.Observations, extras.Columns);
        var expected = ObservationCsvReader.Read(new StringReader(plain), "plain.csv");
        var read = ObservationCsvReader.Read(new StringReader(export), "export.csv", Ignoring);
        var refused = ObservationCsvReader.Read(new StringReader(export), "export.csv");
        string notice = read.Notices.Count == 1 ? read.Notices[0] : "";
        return (expected.Success && read.Success && read.Value.SequenceEqual(expected.Value)).Label("the same observations are read")
            .And((read.Notices.Count == 1 && Enumerable.Range(0, extras.Columns.Count).All(i => Occurrences(notice, $"\"extra {i}:") == 1)).Label("one notice names each column once"))
            .And((refused.ProblemCount == extras.Columns.Count && refused.Problems.All(p => p.Kind == DataProblemKind.UnknownName)).Label("without the option each column is refused"));
    }

    private static int Occurrences(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    // The file as an export writes it: the five columns, with the extra ones inserted at their places, every field quoted.
    private static string Csv(IReadOnlyList<Observation> observations, IReadOnlyList<ExtraColumn> extras)
    {
        var header = new List<string> { "measure", "period", "organisational_unit", "numerator", "denominator" };
        foreach (var extra in extras)
        {
            header.Insert(extra.Position % (header.Count + 1), Quote(extra.Name));
        }

        var csv = new StringBuilder(string.Join(",", header)).Append("\r\n");
        for (int row = 0; row < observations.Count; row++)
        {
            var o = observations[row];
            var fields = new List<string>
            {
                Quote(o.MeasureCode),
                Quote(o.Period.ToString()),
                Quote(o.OrganisationalUnit),
                o.Numerator.ToString(CultureInfo.InvariantCulture),
                o.Denominator?.ToString(CultureInfo.InvariantCulture) ?? "",
            };
            foreach (var extra in extras)
            {
                fields.Insert(extra.Position % (fields.Count + 1), Quote(extra.Cells[row % extra.Cells.Length]));
            }

            csv.AppendJoin(",", fields).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

/// <summary>A column an export adds: where it goes, its name, and the text of its cells (used in turn).</summary>
public sealed record ExtraColumn(int Position, string Name, string[] Cells)
{
    public override string ToString() => $"{Position}: {Name} [{string.Join("|", Cells)}]";
}

/// <summary>Columns an export adds to the five of an observations file.</summary>
public sealed record ExtraColumns(IReadOnlyList<ExtraColumn> Columns)
{
    public override string ToString() => string.Join("; ", Columns);
}

/// <summary>Extra columns with any text, names that are none of the reader's.</summary>
public static class ExtraColumnArbitraries
{
    public static Arbitrary<ExtraColumns> Columns() =>
        Gen.Choose(1, 4)
            .SelectMany(n => Gen.CollectToArray(Enumerable.Range(0, n), i => Column(i)))
            .Select(columns => new ExtraColumns(columns))
            .ToArbitrary();

    // Any text that is characters (half of a surrogate pair is not, and is refused wherever it is), and text a CSV must quote.
    private static Gen<string> Text => Gen.Frequency(
        (3, ArbMap.Default.GeneratorFor<string>().Select(s => new string([.. (s ?? "").Select(c => char.IsSurrogate(c) ? '?' : c)]))),
        (1, Gen.Elements("", " ", ",", "\"", "91.3%", "a,\"b\"\r\nc", "=SUM(A1:A3)", "£5", "North\u200B")));

    // Each name unlike any of the reader's columns, and unlike the others, so that it is named once.
    private static Gen<ExtraColumn> Column(int index) =>
        from position in Gen.Choose(0, 10)
        from name in Text
        from cells in Gen.Choose(1, 5).SelectMany(k => Gen.CollectToArray(Enumerable.Range(0, k), _ => Text))
        select new ExtraColumn(position, string.Create(CultureInfo.InvariantCulture, $"extra {index}: {name}"), cells);
}
