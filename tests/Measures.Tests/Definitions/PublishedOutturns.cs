using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Measures.Tests.Definitions;

/// <summary>
/// The published 2023/24 outturns of the sample catalogue's measures, read from
/// Data/published-outturns-2023-24.json (Rotherham ILSC minutes, 30 July 2024, minute 18; each row cites its line).
/// </summary>
internal static class PublishedOutturns
{
    public const string RelativePath = "tests/Measures.Tests/Definitions/Data/published-outturns-2023-24.json";

    public static IReadOnlyList<Outturn> All { get; } = Read();

    private static List<Outturn> Read()
    {
        using var document = JsonDocument.Parse(RepositoryFile.ReadAllText(RelativePath));
        return [.. document.RootElement.GetProperty("outturns").EnumerateArray().Select(e => new Outturn(
            e.GetProperty("code").GetString()!,
            e.GetProperty("period").GetString()!,
            e.GetProperty("value").ValueKind == JsonValueKind.Null ? null : e.GetProperty("value").GetDecimal(),
            e.TryGetProperty("previous", out var p) ? p.GetDecimal() : null,
            e.TryGetProperty("previousPeriod", out var pp) ? pp.GetString() : null,
            e.GetProperty("line").GetInt32(),
            e.GetProperty("quote").GetString()!,
            e.TryGetProperty("publishedJudgement", out var j) ? j.GetString() : null,
            e.TryGetProperty("publishedDirection", out var d) ? d.GetString() : null,
            e.TryGetProperty("publishedBenchmark", out var b) ? new PublishedBenchmark(b.GetProperty("comparator").GetString()!, b.GetProperty("value").GetDecimal(), b.GetProperty("position").GetString()!) : null))];
    }

    /// <summary>One published figure.</summary>
    internal sealed record Outturn(string Code, string Period, decimal? Value, decimal? Previous, string? PreviousPeriod, int Line, string Quote, string? Judgement, string? Direction, PublishedBenchmark? Benchmark)
    {
        public override string ToString() => $"{Code} {Period} = {Value} (line {Line})";
    }

    /// <summary>A published comparison with a comparator.</summary>
    internal sealed record PublishedBenchmark(string Comparator, decimal Value, string Position);
}
