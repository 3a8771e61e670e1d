using System;
using System.Collections.Generic;

namespace Measures.Internal;

/// <summary>How far apart two words are, to suggest the word an analyst meant ("polarty" → "polarity").</summary>
internal static class TextDistance
{
    // Counted per thread, so that a test can see how much work one read did.
    [ThreadStatic]
    private static long computations;

    /// <summary>Gets how many edit distances this thread has computed.</summary>
    public static long Computations => computations;

    /// <summary>The Levenshtein distance, ignoring case.</summary>
    public static int Between(string a, string b) => Distance(a, b, int.MaxValue);

    /// <summary>Whether two words are at most <paramref name="max"/> edits apart, ignoring case; words whose lengths differ by more are not compared at all.</summary>
    public static bool Within(string a, string b, int max) =>
        Math.Abs(a.Length - b.Length) <= max && Distance(a, b, max) <= max;

    // The Levenshtein distance, or any value above max as soon as every cell of a row exceeds it.
    private static int Distance(string a, string b, int max)
    {
        computations++;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int best = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }

            if (best > max)
            {
                return best;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// The known words at most one edit away from a given word, ignoring case, found without comparing
    /// the word with each known word. Every word is indexed under itself and under each form with one
    /// character deleted (with where it was deleted): two words are one insertion or deletion apart when
    /// one's whole form is the other's deleted form, and one substitution apart when they share a form
    /// deleted at the same place. A lookup costs the square of the word's length, whatever the number of words.
    /// </summary>
    internal sealed class OneEditIndex
    {
        private readonly IReadOnlyList<string> words;
        private readonly Dictionary<string, List<(int Word, int Deleted)>> forms = new(StringComparer.Ordinal);
        private readonly int longest;

        /// <summary>Indexes <paramref name="words"/>; a match is reported by its position in the list.</summary>
        public OneEditIndex(IReadOnlyList<string> words)
        {
            this.words = words;
            for (int w = 0; w < words.Count; w++)
            {
                string folded = words[w].ToLowerInvariant();
                longest = Math.Max(longest, folded.Length);
                for (int deleted = -1; deleted < folded.Length; deleted++)
                {
                    string form = Form(folded, deleted);
                    if (!forms.TryGetValue(form, out var list))
                    {
                        forms.Add(form, list = []);
                    }

                    list.Add((w, deleted));
                }
            }
        }

        /// <summary>The first known word (in list order) at most one edit from <paramref name="word"/>, or -1.</summary>
        public int First(string word)
        {
            if (word.Length > longest + 1)
            {
                return -1;
            }

            int first = -1;
            string folded = word.ToLowerInvariant();
            for (int deleted = -1; deleted < folded.Length; deleted++)
            {
                if (!forms.TryGetValue(Form(folded, deleted), out var list))
                {
                    continue;
                }

                foreach (var (w, at) in list)
                {
                    if ((first < 0 || w < first) && (deleted < 0 || at < 0 || deleted == at) && Within(words[w], word, 1))
                    {
                        first = w;
                    }
                }
            }

            return first;
        }

        private static string Form(string folded, int deleted) =>
            deleted < 0 ? folded : string.Concat(folded.AsSpan(0, deleted), folded.AsSpan(deleted + 1));
    }
}
