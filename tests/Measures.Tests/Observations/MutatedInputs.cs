using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Measures.Tests.Observations;

/// <summary>Bytes that were a valid file before some edits: a few bytes replaced, a troublesome snippet inserted, a range cut or repeated, the end cut off.</summary>
public sealed record MutatedInput(string Seed, string Steps, byte[] Bytes)
{
    public override string ToString() => $"{Seed} after {Steps}: {Convert.ToHexString(Bytes.Length > 400 ? Bytes[..400] : Bytes)}{(Bytes.Length > 400 ? "…" : "")}";
}

/// <summary>Generators of near-valid inputs, so that fuzzing reaches a reader's deep paths rather than stopping at the first byte.</summary>
public static class MutatedInputs
{
    // What breaks readers: bytes that are not UTF-8, surrogate escapes, invisible and control characters,
    // huge and fractional numbers, structure characters, empty spreadsheet rows, path-like keys.
    private static readonly byte[][] Snippets =
    [
        [0xA3], [0xE9], [0xC3], [0xE2, 0x82], [0xFF], [0xF4, 0x90, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0x00],
        .. new[]
        {
            "\\ud800", "\\udc00\\ud800", "\\u0000", "\\", "\"", "\"\"", ",", ",,,,\r\n", " , ,\r\n", "\r", "\n", "\r\n", "{", "}", "[", "]", ":", "1e308", "-1", "12.5",
            "9223372036854775808", "1e-400", "null", "true", "\u200B", "\u202E", "\uFEFF", "\u001B[31m", "\u0007", "//", "/*", "\"measures[x]\": 1,", "\"measures[\": 2,",
            "\"polarty\": \"x\",", "\"code\": \"\",", "\"parent\": \"EH-01\",", "🙂", "é", "2023-04", "2023/24 Q1", "EH-01", "CSC-07", "measure", "period", "numerator", "denominator",
            "{ \"year\": \"2023/24\", \"value\": 1e30 },", "\"targets\": [null],", "\"tolerance\": { \"points\": -1 },", "\"valueType\": { \"kind\": \"rate\", \"per\": 0 },", "\"dataLag\": \"P-1M\",",
        }.Select(Encoding.UTF8.GetBytes),
    ];

    /// <summary>One to four edits of one of <paramref name="seeds"/>.</summary>
    public static Gen<MutatedInput> Of(params (string Name, byte[] Bytes)[] seeds) =>
        from seed in Gen.Elements(seeds)
        from count in Gen.Choose(1, 4)
        from edits in Edit.ListOf(count)
        select new MutatedInput(seed.Name, string.Join(", ", edits.Select(e => e.Name)), edits.Aggregate(seed.Bytes, (bytes, e) => e.Apply(bytes)));

    /// <summary>Random bytes, and random bytes that start like a file.</summary>
    public static Gen<byte[]> Noise(params byte[][] starts) => Gen.OneOf(
        ArbMap.Default.GeneratorFor<byte[]>(),
        from start in Gen.Elements(starts)
        from cut in Gen.Choose(0, 200)
        from tail in ArbMap.Default.GeneratorFor<byte[]>()
        select (byte[])[.. start.Take(cut), .. tail]);

    private static Gen<(string Name, Func<byte[], byte[]> Apply)> Edit => Gen.OneOf(
        from at in Gen.Choose(0, 1_000_000)
        from value in Gen.Choose(0, 255)
        select ($"byte {value:X2} at {at}", (Func<byte[], byte[]>)(b => b.Length == 0 ? b : [.. b[..Place(b, at)], (byte)value, .. b[Math.Min(b.Length, Place(b, at) + 1)..]])),
        from at in Gen.Choose(0, 1_000_000)
        from snippet in Gen.Elements(Snippets)
        select ($"insert {Convert.ToHexString(snippet)} at {at}", (Func<byte[], byte[]>)(b => [.. b[..Place(b, at)], .. snippet, .. b[Place(b, at)..]])),
        from at in Gen.Choose(0, 1_000_000)
        from length in Gen.Choose(1, 60)
        select ($"cut {length} at {at}", (Func<byte[], byte[]>)(b => [.. b[..Place(b, at)], .. b[Math.Min(b.Length, Place(b, at) + length)..]])),
        from at in Gen.Choose(0, 1_000_000)
        select ($"end at {at}", (Func<byte[], byte[]>)(b => b[..Place(b, at)])),
        from at in Gen.Choose(0, 1_000_000)
        from length in Gen.Choose(1, 300)
        from to in Gen.Choose(0, 1_000_000)
        select ($"repeat {length} from {at} at {to}", (Func<byte[], byte[]>)(b => [.. b[..Place(b, to)], .. b[Place(b, at)..Math.Min(b.Length, Place(b, at) + length)], .. b[Place(b, to)..]])));

    // A place in the bytes, from a number that does not depend on their length.
    private static int Place(byte[] bytes, int at) => bytes.Length == 0 ? 0 : (int)((long)at * (bytes.Length + 1) / 1_000_001);
}
