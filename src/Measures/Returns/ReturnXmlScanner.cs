using System;
using System.Collections.Generic;

namespace Measures.Returns;

internal sealed partial class ReturnXmlScanner
{
    /// <summary>Strings made from a read's characters: short values (codes, booleans) made once and shared.</summary>
    internal sealed class Strings
    {
        private const int Shared = 6;
        private const int MostShared = 4096;
        private readonly Dictionary<string, string> shared = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

        public Strings() => lookup = shared.GetAlternateLookup<ReadOnlySpan<char>>();

        public string Get(ReadOnlySpan<char> text)
        {
            if (text.Length > Shared)
            {
                return text.ToString();
            }

            if (lookup.TryGetValue(text, out var known))
            {
                return known;
            }

            string made = text.ToString();
            if (shared.Count < MostShared)
            {
                shared.Add(made, made);
            }

            return made;
        }
    }
}
