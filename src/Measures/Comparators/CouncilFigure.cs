using System;
using System.Linq;

namespace Measures.Comparators;

/// <summary>
/// One council's row of an all-councils table for one measure and period: its codes, name and region, and its
/// published value with the confidence interval when one is published.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CouncilFigure
{
    internal CouncilFigure(string code, string oldCode, string name, string regionCode, string regionName, decimal? value, decimal? lower, decimal? upper, int line)
    {
        Code = code;
        OldCode = oldCode;
        Name = name;
        RegionCode = regionCode;
        RegionName = regionName;
        Value = value;
        Lower = lower;
        Upper = upper;
        Line = line;
    }

    /// <summary>Gets the nine-character ONS code ("E08000018"), or an empty string when the file gives none.</summary>
    public string Code { get; }

    /// <summary>Gets the three-digit DfE code ("372"), or an empty string when the file gives none.</summary>
    public string OldCode { get; }

    /// <summary>Gets the council's name ("Rotherham").</summary>
    public string Name { get; }

    /// <summary>Gets the region's code ("E12000003"), or an empty string.</summary>
    public string RegionCode { get; }

    /// <summary>Gets the region's name ("Yorkshire and The Humber"), or an empty string.</summary>
    public string RegionName { get; }

    /// <summary>Gets the published value, or <see langword="null"/> when the file shows a symbol ("c", "x", "z") instead.</summary>
    public decimal? Value { get; }

    /// <summary>Gets the lower end of the published confidence interval, or <see langword="null"/>.</summary>
    public decimal? Lower { get; }

    /// <summary>Gets the upper end of the published confidence interval, or <see langword="null"/>.</summary>
    public decimal? Upper { get; }

    /// <summary>Gets the line of the file the row is on.</summary>
    public int Line { get; }

    /// <summary>Whether <paramref name="council"/> names this council by code, old code or name (ignoring case and surrounding spaces).</summary>
    /// <param name="council">A code ("E08000018", "372") or name ("Rotherham").</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Is(string council)
    {
        string text = (council ?? "").Trim();
        return text.Length > 0
            && (string.Equals(text, Code, StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, OldCode, StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, Name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The council and its value: "Rotherham (E08000018, 372): 86".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Name} ({string.Join(", ", new[] { Code, OldCode }.Where(c => c.Length > 0))}): {(Value is { } v ? Internal.NumberText.Plain(v) : "no value")}";
}
