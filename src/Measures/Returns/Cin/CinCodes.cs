using System;
using System.Collections.Frozen;
using System.Linq;

namespace Measures.Returns.Cin;

/// <summary>
/// The DfE's code lists of the CIN census, as the community validator holds them
/// (github.com/data-to-insight/csc-validator-be-cin: rules 8866 referral source, 8650 primary need, 8640 reason for
/// closure, 8905 and 8910 category of abuse, 4180 Sex from 2024 to 2025; GenderCurrent is the earlier years' code).
/// </summary>
internal static class CinCodes
{
    public static readonly CodeList ReferralSources = new("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");

    public static readonly CodeList PrimaryNeeds = new("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");

    public static readonly CodeList ReasonsForClosure = new("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9");

    public static readonly CodeList CategoriesOfAbuse = new("NEG", "PHY", "SAB", "EMO", "MUL");

    // Sex is M, F or U from 2024 to 2025; GenderCurrent was 1, 2, 0 or 9. Systems mix the two, so either element may hold either list.
    public static readonly CodeList Sexes = new("M", "F", "U", "1", "2", "0", "9");

    public static readonly CodeList Disabilities = new("NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA");

    public static readonly CodeList Ethnicities = new(
        "WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    /// <summary>One list: the codes in the DfE's order, for messages, and a table to look them up by their number.</summary>
    /// <remarks>A code's number is its place in the list counting from 1: rows keep the number, not the string.</remarks>
    internal sealed class CodeList
    {
        private readonly string[] codes;
        private readonly FrozenDictionary<string, int> numbers;
        private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

        public CodeList(params string[] codes)
        {
            this.codes = codes;
            numbers = codes.Select((code, at) => (code, at)).ToFrozenDictionary(p => p.code, p => p.at + 1, StringComparer.Ordinal);
            lookup = numbers.GetAlternateLookup<ReadOnlySpan<char>>();
            Description = string.Join(", ", codes[..^1]) + " or " + codes[^1];
        }

        /// <summary>Gets the list as a sentence: "NEG, PHY, SAB, EMO or MUL".</summary>
        public string Description { get; }

        public bool Contains(string code) => numbers.ContainsKey(code);

        /// <summary>Finds a code written as characters, giving its number (from 1).</summary>
        public bool TryGetNumber(ReadOnlySpan<char> code, out int number) => lookup.TryGetValue(code, out number);

        /// <summary>The number of <paramref name="code"/> (from 1), or 0 when it is not in the list.</summary>
        public int NumberOf(string code) => numbers.TryGetValue(code, out int number) ? number : 0;

        /// <summary>The code numbered <paramref name="number"/> (from 1).</summary>
        public string this[int number] => codes[number - 1];
    }
}
