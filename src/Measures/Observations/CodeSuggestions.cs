using System;
using System.Collections.Generic;
using System.Linq;
using Measures.Internal;

namespace Measures.Observations;

/// <summary>
/// The catalogue code an analyst probably meant by an unknown one: the same letters in another case,
/// the same letters and digits with other punctuation ("CSC07" for "CSC-07"), or one typing slip away.
/// Built once per read; each lookup costs about the square of the code's length, not the catalogue's size.
/// </summary>
internal sealed class CodeSuggestions
{
    private readonly string[] codes;
    private readonly Dictionary<string, int> ignoringCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> bare = new(StringComparer.Ordinal);
    private readonly TextDistance.OneEditIndex oneEdit;

    public CodeSuggestions(string[] codes)
    {
        this.codes = codes;
        for (int i = 0; i < codes.Length; i++)
        {
            ignoringCase.TryAdd(codes[i], i);
            bare.TryAdd(Bare(codes[i]), i);
        }

        oneEdit = new TextDistance.OneEditIndex(codes);
    }

    /// <summary>The code meant by <paramref name="code"/>, or <see langword="null"/>; the first in catalogue order when several fit.</summary>
    public string? Nearest(string code)
    {
        if (ignoringCase.TryGetValue(code, out int same))
        {
            return codes[same];
        }

        int near = bare.TryGetValue(Bare(code), out int b) ? b : -1;
        int typo = oneEdit.First(code);
        int first = near < 0 ? typo : typo < 0 ? near : Math.Min(near, typo);
        return first < 0 ? null : codes[first];
    }

    private static string Bare(string s) => new([.. s.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
}
