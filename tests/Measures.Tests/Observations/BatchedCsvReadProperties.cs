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

namespace Measures.Tests.Observations;

/// <summary>A CSV file built record by record from field texts councils' exports hold, good and bad, with its line ends and damage named.</summary>
public sealed record GeneratedCsv(string Description, byte[] Bytes)
{
    public override string ToString() => Description + ": " + Encoding.UTF8.GetString(Bytes.Length > 600 ? Bytes[..600] : Bytes).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}

/// <summary>Generators of CSV files for comparing the batched reader with the reference.</summary>
public static class BatchedCsvArbitraries
{
    private static readonly string[] Headers =
    [
        "measure,period,organisational_unit,numerator,denominator,value",
        "measure,period,organisational_unit,numerator,denominator",
        "measure,period,numerator,denominator",
        "period,measure,numerator,unit,value,denominator",
        "measure,period,value",
        "measure,period,organisational_unit,numerator,denominator,note",
    ];

    private static readonly string[] MeasureTexts = ["EH-01", "CSC-07", "EH-01", "CSC-07", "EH-09", " EH-01 ", "eh-01", "", "XX-99", "EH\u200B01", "\"EH-01\"", "'=EH-01", "\"CSC-07\"\"\"", "EH-01 \"x\""];
    private static readonly string[] PeriodTexts = ["2023-04", "2023-05", "2023-04", "2023/24 Q1", "FY 2023/24", " 2023-06 ", "Apr 2023", "31/03/2024", "2023-13", "", "bad", "\"2023-07\"", "rolling 12 months to 2024-03", "Autumn term 2023/24"];
    private static readonly string[] UnitTexts = ["", "", "Team A", "Team A", "Team B", "\"Team, A\"", "\"Line\nbreak\"", "\"Line\r\nbreak\"", "Café", "Te\"am", " x ", "Team\u200B C", "'=1+1", "🙂"];
    private static readonly string[] NumeratorTexts = ["5", "12", "5", "007", "0", "-1", "1.5", "\"1,234\"", "", "99999999999999999999", "123456789012345678", "1e3", " 5", "abc", "300", "\"7\""];
    private static readonly string[] DenominatorTexts = ["", "10", "10", "250", "0", "3", "x", " ", "-2", "\"9\""];
    private static readonly string[] ValueTexts = ["", "", "", "", "76.8", " ", "101%", "x"];
    private static readonly string[] LineEnds = ["\n", "\n", "\r\n", "\r"];
    private static readonly byte[][] Damage = [[], [], [], [0xE9], [0xC3], [0xFF], [0xE2, 0x82], (byte[])[0x22], "\r"u8.ToArray(), ",,,"u8.ToArray()];

    public static Arbitrary<GeneratedCsv> Csv() => CsvGen.ToArbitrary();

    /// <summary>Some files long enough to span several batches.</summary>
    public static Arbitrary<MutatedInput> Mutated() =>
        MutatedInputs.Of(("generated", Encoding.UTF8.GetBytes(LongFile(9_000))), ("seed", Encoding.UTF8.GetBytes(ObservationFuzzArbitraries.ValidCsv))).ToArbitrary();

    internal static string LongFile(int rows)
    {
        var text = new StringBuilder("measure,period,organisational_unit,numerator,denominator,value\n");
        using var sample = new StreamReader(SampleCouncil.OpenObservationsCsv());
        string[] lines = [.. sample.ReadToEnd().Split('\n').Skip(1).Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0)];
        for (int i = 0; i < rows; i++)
        {
            string[] fields = lines[i % lines.Length].Split(',');
            fields[2] = string.Create(CultureInfo.InvariantCulture, $"Team {i / lines.Length:D4}");
            text.Append(string.Join(',', fields)).Append('\n');
        }

        return text.ToString();
    }

    private static Gen<string> Record(int fields) =>
        from measure in Gen.Elements(MeasureTexts)
        from period in Gen.Elements(PeriodTexts)
        from unit in Gen.Elements(UnitTexts)
        from numerator in Gen.Elements(NumeratorTexts)
        from denominator in Gen.Elements(DenominatorTexts)
        from value in Gen.Elements(ValueTexts)
        from extra in Gen.Frequency((12, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(-1)))
        select string.Join(',', new[] { measure, period, unit, numerator, denominator, value, "extra" }.Take(Math.Max(1, fields + extra)));

    private static Gen<GeneratedCsv> CsvGen =>
        from header in Gen.Elements(Headers)
        from records in Gen.Choose(0, 60).SelectMany(n => Record(header.Split(',').Length).ListOf(n))
        from ends in Gen.Elements(LineEnds).ListOf(records.Count + 1)
        from blanks in Gen.Choose(0, 8).ListOf(records.Count + 1)
        from bom in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from damage in Gen.Elements(Damage)
        from damageAt in Gen.Choose(0, 1_000_000)
        from cut in Gen.Frequency((4, Gen.Constant(-1)), (1, Gen.Choose(0, 1_000_000)))
        from repeat in Gen.Frequency((6, Gen.Constant(1)), (1, Gen.Constant(80)))
        select Build(header, records, ends, blanks, bom, damage, damageAt, cut, repeat);

    private static GeneratedCsv Build(string header, List<string> records, List<string> ends, List<int> blanks, bool bom, byte[] damage, int damageAt, int cut, int repeat)
    {
        var text = new StringBuilder(header).Append(ends[0]);
        for (int r = 0; r < repeat; r++)
        {
            for (int i = 0; i < records.Count; i++)
            {
                text.Append(records[i]).Append(ends[i + 1]);
                if (blanks[i] == 1)
                {
                    text.Append(ends[i + 1]);
                }
                else if (blanks[i] == 2)
                {
                    text.Append(" , ,").Append(ends[i + 1]);
                }
            }
        }

        byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
        int at = (int)((long)damageAt * (bytes.Length + 1) / 1_000_001);
        bytes = [.. bom ? [0xEF, 0xBB, 0xBF] : Array.Empty<byte>(), .. bytes[..at], .. damage, .. bytes[at..]];
        if (cut >= 0)
        {
            bytes = bytes[..(int)((long)cut * (bytes.Length + 1) / 1_000_001)];
        }

        return new GeneratedCsv($"{records.Count} records ×{repeat}, bom {bom}, damage {Convert.ToHexString(damage)} at {at}, cut {cut}", bytes);
    }
}

/// <summary>
/// The batched CSV reader, on one thread and on two, gives what the reference reader (each record's fields made strings
/// and checked one by one) gives: the same observations in the same order, the same problems with the same file, line,
/// column, field, value and message, the same counts, notices and progress reports, with a catalogue or without, and
/// when rows are handed over one by one.
/// </summary>
[Properties(Arbitrary = [typeof(BatchedCsvArbitraries)], MaxTest = 200)]
public sealed class BatchedCsvReadProperties
{
    [Property]
    public Property Generated_files_read_the_same(GeneratedCsv file) => SameAsReference(file.Bytes);

    [Property(MaxTest = 60)]
    public Property Damaged_files_read_the_same(MutatedInput input) => SameAsReference(input.Bytes);

    [Property(MaxTest = 100)]
    public Property Any_bytes_read_the_same(byte[] bytes) => SameAsReference(bytes);

    [Fact]
    public void A_long_clean_file_reads_the_same_at_one_and_two_threads()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(BatchedCsvArbitraries.LongFile(30_000));
        var options = new ObservationReadOptions { Catalogue = SampleCouncil.Catalogue };
        var expected = ReferenceObservationCsvReader.Read(new MemoryStream(bytes), "long.csv", options);
        Assert.True(expected.Success);
        Assert.Equal(30_000, expected.Value.Count);
        foreach (int threads in (int[])[1, 2])
        {
            Assert.Equal("", Difference(expected, ObservationCsvReader.Read(new MemoryStream(bytes), "long.csv", WithThreads(options, threads)), []));
        }
    }

    [Fact]
    public void A_long_file_with_a_duplicate_far_down_reports_it_at_its_line()
    {
        string text = BatchedCsvArbitraries.LongFile(20_000);
        string[] lines = text.Split('\n');
        text += lines[5] + "\n";
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var result = ObservationCsvReader.Read(new MemoryStream(bytes), "long.csv", new ObservationReadOptions { Threads = 2 });
        var problem = Assert.Single(result.Problems);
        Assert.Equal(20_002, problem.Line);
        Assert.Contains("already given on line 6", problem.Message, StringComparison.Ordinal);
        Assert.Equal("", Difference(ReferenceObservationCsvReader.Read(new MemoryStream(bytes), "long.csv", ObservationReadOptions.Default), result, []));
    }

    [Fact]
    public void A_failing_progress_sink_ends_a_two_thread_read_with_its_exception()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(BatchedCsvArbitraries.LongFile(120_000));
        var options = new ObservationReadOptions { Threads = 2, Progress = new Throwing() };
        Assert.Throws<InvalidOperationException>(() => ObservationCsvReader.Read(new MemoryStream(bytes), "long.csv", options));
    }

    [Fact]
    public void A_stream_that_fails_part_way_passes_its_exception_on_at_two_threads()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(BatchedCsvArbitraries.LongFile(50_000));
        Assert.Throws<IOException>(() => ObservationCsvReader.Read(new FailingStream(bytes, 600_000), "long.csv", new ObservationReadOptions { Threads = 2 }));
        Assert.Throws<IOException>(() => ObservationCsvReader.Read(new FailingStream(bytes, 600_000), "long.csv", new ObservationReadOptions { Threads = 1 }));
    }

    private static Property SameAsReference(byte[] bytes)
    {
        var differences = new List<string>();
        foreach (var options in Options())
        {
            var (expected, expectedRows, expectedProgress) = Run(options, o => ReferenceObservationCsvReader.Read(new MemoryStream(bytes), "file.csv", o));
            foreach (int threads in (int[])[1, 2])
            {
                var (actual, actualRows, actualProgress) = Run(WithThreads(options, threads), o => ObservationCsvReader.Read(new MemoryStream(bytes), "file.csv", o));
                string difference = Difference(expected, actual, []) + Rows(expectedRows, actualRows) + (expectedProgress.SequenceEqual(actualProgress) ? "" : "progress differs; ");
                if (difference.Length > 0)
                {
                    differences.Add($"{Describe(options)} at {threads} thread(s): {difference}");
                }
            }
        }

        // Text already decoded, read from a TextReader.
        string text = Encoding.UTF8.GetString(bytes);
        var fromText = ReferenceObservationCsvReader.Read(new StringReader(text), "file.csv", ObservationReadOptions.Default);
        foreach (int threads in (int[])[1, 2])
        {
            string difference = Difference(fromText, ObservationCsvReader.Read(new StringReader(text), "file.csv", new ObservationReadOptions { Threads = threads }), []);
            if (difference.Length > 0)
            {
                differences.Add($"text at {threads} thread(s): {difference}");
            }
        }

        return (differences.Count == 0).Label(string.Join(" | ", differences));
    }

    private static IEnumerable<ObservationReadOptions> Options()
    {
        yield return new ObservationReadOptions();
        yield return new ObservationReadOptions { Catalogue = SampleCouncil.Catalogue, MaxProblems = 7 };
        yield return new ObservationReadOptions { Catalogue = SampleCouncil.Catalogue, IgnoreUnknownColumns = true, Each = (in Observation _) => { } };
        yield return new ObservationReadOptions { IgnoreUnknownColumns = true, Each = (in Observation _) => { } };
    }

    private static string Describe(ObservationReadOptions options) =>
        $"catalogue {options.Catalogue is not null}, each {options.Each is not null}, max {options.MaxProblems}";

    private static ObservationReadOptions WithThreads(ObservationReadOptions options, int threads) => new()
    {
        Catalogue = options.Catalogue,
        IgnoreUnknownColumns = options.IgnoreUnknownColumns,
        MaxProblems = options.MaxProblems,
        Each = options.Each,
        Progress = options.Progress,
        Threads = threads,
    };

    // Runs a read recording the rows handed over one by one (when the options hand them over) and the progress reports.
    private static (LoadResult<IReadOnlyList<Observation>> Result, List<Observation> Rows, List<long> Progress) Run(ObservationReadOptions options, Func<ObservationReadOptions, LoadResult<IReadOnlyList<Observation>>> read)
    {
        var rows = new List<Observation>();
        var progress = new Recording();
        var withSinks = new ObservationReadOptions
        {
            Catalogue = options.Catalogue,
            IgnoreUnknownColumns = options.IgnoreUnknownColumns,
            MaxProblems = options.MaxProblems,
            Each = options.Each is null ? null : (in Observation o) => rows.Add(o),
            Progress = progress,
            Threads = options.Threads,
        };
        return (read(withSinks), rows, progress.Reports);
    }

    private static string Difference(LoadResult<IReadOnlyList<Observation>> expected, LoadResult<IReadOnlyList<Observation>> actual, List<string> found)
    {
        if (expected.Success != actual.Success)
        {
            found.Add($"success {expected.Success} against {actual.Success}");
        }
        else if (expected.Success)
        {
            found.Add(Rows([.. expected.Value], [.. actual.Value]));
        }

        if (expected.ProblemCount != actual.ProblemCount)
        {
            found.Add($"{expected.ProblemCount} problems against {actual.ProblemCount}");
        }

        if (!expected.ProblemCountsByKind.OrderBy(k => k.Key).SequenceEqual(actual.ProblemCountsByKind.OrderBy(k => k.Key)))
        {
            found.Add("counts by kind differ");
        }

        int listed = Math.Min(expected.Problems.Count, actual.Problems.Count);
        for (int i = 0; i < listed; i++)
        {
            var (e, a) = (expected.Problems[i], actual.Problems[i]);
            if (!e.Equals(a) || e.ToString() != a.ToString())
            {
                found.Add($"problem {i + 1}: \"{e}\" against \"{a}\"");
                break;
            }
        }

        if (expected.Problems.Count != actual.Problems.Count)
        {
            found.Add($"{expected.Problems.Count} problems listed against {actual.Problems.Count}");
        }

        if (!expected.Notices.SequenceEqual(actual.Notices))
        {
            found.Add("notices differ");
        }

        return string.Concat(found.Where(f => f.Length > 0).Select(f => f + "; "));
    }

    private static string Rows(List<Observation> expected, List<Observation> actual)
    {
        if (expected.Count != actual.Count)
        {
            return $"{expected.Count} rows against {actual.Count}; ";
        }

        for (int i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            if (!e.Equals(a) || e.Value?.ToString(CultureInfo.InvariantCulture) != a.Value?.ToString(CultureInfo.InvariantCulture))
            {
                return $"row {i + 1}: {e} against {a}; ";
            }
        }

        return "";
    }

    private sealed class Recording : IProgress<long>
    {
        public List<long> Reports { get; } = [];

        public void Report(long value) => Reports.Add(value);
    }

    private sealed class Throwing : IProgress<long>
    {
        public void Report(long value) => throw new InvalidOperationException("The sink failed.");
    }

    // A stream that fails once it has given a number of bytes, as a network drive might.
    private sealed class FailingStream(byte[] bytes, int failAt) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) =>
            Position >= failAt ? throw new IOException("The drive went away.") : base.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) =>
            Position >= failAt ? throw new IOException("The drive went away.") : base.Read(buffer);
    }
}
