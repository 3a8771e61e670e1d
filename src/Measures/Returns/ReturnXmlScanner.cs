using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Measures.Returns.Cin;

namespace Measures.Returns;

/// <summary>
/// Reads a return's XML straight from its UTF-8 bytes, one element of a group (a Child, a Header) at a time, into
/// reused <see cref="CinXmlNode"/>s with the lines and columns <see cref="System.Xml.XmlReader"/> gives. It reads the
/// subset a return uses: the XML declaration, comments and processing instructions between elements, elements
/// without attributes below the group, text with the five predefined entities and character references.
/// </summary>
/// <remarks>
/// Anything else (a DOCTYPE, another encoding, markup inside an element other than elements and text, XML that is not
/// well formed) is not decided here: the scanner stops at the start of the element or markup concerned and hands the
/// rest of the file to <see cref="System.Xml.XmlReader"/> through <see cref="Rest"/>, which puts back the open
/// elements' start tags where they stood so that positions, problems and messages are the reader's own.
/// </remarks>
internal sealed class ReturnXmlScanner(Stream stream)
{
    private byte[] buffer = new byte[1 << 16];
    private int pos;
    private int end;
    private bool eof;
    private long dropped;

    // Position: the line, and where it starts (a buffer index, negative once dropped) less characters that took more than one byte.
    private int line = 1;
    private int firstLine = 1;
    private int lineStart;
    private int wide;

    private byte[] prolog = [];
    private readonly List<Open> open = [];
    private char[] chars = new char[256];
    private int charCount;
    private readonly List<CinXmlNode> pool = [];
    private int used;

    /// <summary>What a step found.</summary>
    internal enum Step
    {
        /// <summary>An element of the group, read whole.</summary>
        Element,

        /// <summary>The group's end tag.</summary>
        End,

        /// <summary>A group's start tag: its elements come next.</summary>
        Group,

        /// <summary>Something left to <see cref="System.Xml.XmlReader"/>: call <see cref="Rest"/>.</summary>
        Stop,
    }

    /// <summary>Makes a scanner for a later part of the same file: it begins at the start of a line, within the groups <paramref name="outer"/> has open.</summary>
    /// <param name="part">The part's bytes, from the start of a line.</param>
    /// <param name="outer">The scanner of the file's first part, within the groups every part is read in; not in use on another thread.</param>
    public static ReturnXmlScanner Within(Stream part, ReturnXmlScanner outer)
    {
        var scanner = new ReturnXmlScanner(part) { prolog = outer.prolog };
        scanner.open.AddRange(outer.open);
        scanner.Know(outer.names.Keys);
        return scanner;
    }

    /// <summary>Sets the line the scanner's first byte stands on, before it reads.</summary>
    public void BeginAtLine(int firstLine) => line = this.firstLine = firstLine;

    /// <summary>Gets the line ends in every byte the scanner was given, once it has <see cref="EndedBetweenElements"/>.</summary>
    public int LineEndsRead
    {
        get
        {
            // The line of the end of the last element, and the line ends in the layout after it.
            var layout = buffer.AsSpan(restart.Pos, end - restart.Pos);
            int ends = restart.Line - firstLine + layout.Count((byte)'\n');
            for (int at = 0; at < layout.Length; at++)
            {
                if (layout[at] == '\r' && (at + 1 == layout.Length || layout[at + 1] != '\n'))
                {
                    ends++;
                }
            }

            return ends;
        }
    }

    /// <summary>Gets whether the scanner has read every byte it was given and stopped between elements, with nothing after the last but layout.</summary>
    public bool EndedBetweenElements => eof && buffer.AsSpan(restart.Pos, end - restart.Pos).IndexOfAnyExcept(" \t\r\n"u8) < 0;

    /// <summary>Gets the strings made for values.</summary>
    public Strings Values { get; } = new();

    /// <summary>Gets the number of groups open (1 within the outer element).</summary>
    public int Depth => open.Count;

    /// <summary>Gets the local name of the innermost open group.</summary>
    public string GroupName => open[^1].LocalName;

    /// <summary>Reads the declaration and whatever precedes the outer element, and its start tag.</summary>
    /// <returns>The outer element (its name and place, and whether it is empty), or null when the file is left to XmlReader from its start.</returns>
    public (string Name, int Line, int Column, bool Empty)? Start()
    {
        while (true)
        {
            needMore = false;
            var result = TryStart();
            if (result is { } found)
            {
                prolog = buffer.AsSpan(0, pos).ToArray();
                return found;
            }

            if (!needMore || eof)
            {
                whole = true;
                return null;
            }

            pos = 0;
            line = 1;
            lineStart = 0;
            wide = 0;
            open.Clear();
            if (!Fill(0))
            {
                eof = true;
            }
        }
    }

    private (string Name, int Line, int Column, bool Empty)? TryStart()
    {
        pos = 0;
        if (end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
        {
            pos = lineStart = 3;
        }

        if (At("<?xml") && end > pos + 5 && IsSpace(buffer[pos + 5]))
        {
            int close = IndexOf("?>"u8, pos);
            if (close < 0)
            {
                needMore = true;
                return null;
            }

            var declaration = Encoding.ASCII.GetString(buffer, pos, close - pos);
            if (!Declaration(declaration))
            {
                return null;
            }

            Advance(close + 2);
        }

        while (true)
        {
            SkipSpace();
            if (At("<!--"))
            {
                if (!Comment())
                {
                    return null;
                }
            }
            else if (At("<?"))
            {
                if (!Instruction())
                {
                    return null;
                }
            }
            else if (pos + 1 >= end)
            {
                needMore = true;
                return null;
            }
            else if (buffer[pos] == '<' && IsNameStart(buffer[pos + 1]))
            {
                var tag = StartTag(true);
                if (tag is not { } found)
                {
                    return null;
                }

                return (found.Local, found.Line, found.Column, found.Empty);
            }
            else
            {
                return null;
            }
        }
    }

    // version 1.0, an encoding of UTF-8 if any, standalone as it likes; anything else is XmlReader's to judge.
    private static bool Declaration(string text)
    {
        foreach (char c in text)
        {
            if (c is < ' ' and not ('\t' or '\n' or '\r') or > '~')
            {
                return false;
            }
        }

        var parts = text[5..].Replace('\'', '"').Split('"');
        if (parts.Length % 2 == 0 || parts[^1].Trim().Length > 0)
        {
            return false;
        }

        for (int i = 0; i + 1 < parts.Length; i += 2)
        {
            string key = parts[i].Trim();
            string value = parts[i + 1];
            bool ok = key switch
            {
                "version =" or "version=" => value == "1.0" && i == 0,
                "encoding =" or "encoding=" => value.Equals("utf-8", StringComparison.OrdinalIgnoreCase),
                "standalone =" or "standalone=" => value is "yes" or "no",
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        return parts.Length > 1;
    }

    /// <summary>Reads the next element of the open group, skipping layout, comments and processing instructions.</summary>
    /// <param name="node">The element read, valid until the next step.</param>
    /// <param name="stray">Text found between the group's elements before what is returned: the group's name, the text trimmed, and its place.</param>
    /// <param name="groups">The names of the elements read as groups here (their elements are read one by one next).</param>
    public Step Next(out CinXmlNode? node, List<(string Group, string Text, int Line, int Column)> stray, string[] groups)
    {
        while (true)
        {
            var state = Save();
            int strays = stray.Count;
            var step = TryNext(out node, stray, groups);
            if (step is not null)
            {
                return step.Value;
            }

            Restore(state);
            stray.RemoveRange(strays, stray.Count - strays);
            if (!Fill(pos))
            {
                // At the end of the file: read again, so that the scanner stops exactly where the file breaks off.
                eof = true;
            }
        }
    }

    /// <summary>Reads an element whole from the scanner's bytes, or gives way leaving everything as it was.</summary>
    internal interface IWholeElementReader
    {
        /// <summary>Reads the element held in <paramref name="bytes"/> from <paramref name="from"/> to <paramref name="to"/> (its start tag to its end tag).</summary>
        /// <param name="bytes">The scanner's bytes; not kept.</param>
        /// <param name="from">Where the element's start tag begins.</param>
        /// <param name="to">Where the end tag ends.</param>
        /// <param name="line">The line the start tag stands on.</param>
        /// <param name="lines">The line ends passed.</param>
        /// <param name="lastLineStart">Where the last line begun within the element begins, when any was.</param>
        /// <returns>Whether the element was read; when not, nothing was taken from it.</returns>
        bool TryRead(byte[] bytes, int from, int to, int line, out int lines, out int lastLineStart);
    }

    // A whole element is looked for this far at most: past it, an end tag written otherwise is assumed and no more are offered.
    private const int WholeReach = 1 << 20;
    private bool noWhole;

    /// <summary>
    /// Offers the next element of the open group to <paramref name="reader"/> when it begins with
    /// <paramref name="startTag"/> after layout alone, and the first <paramref name="endTag"/> after it is within reach.
    /// </summary>
    /// <returns>Whether the reader read it (the scanner is then after it); when not, <see cref="Next"/> reads on as if nothing was offered.</returns>
    public bool TryWhole(ReadOnlySpan<byte> startTag, ReadOnlySpan<byte> endTag, IWholeElementReader reader)
    {
        if (noWhole)
        {
            return false;
        }

        var state = Save();
        SkipSpace();
        if (pos >= end || buffer[pos] != '<')
        {
            // Text (which Next reports from where it begins) or the end of what is held.
            Restore(state);
            return false;
        }

        // From here the layout passed is what Next would pass: more may be read in, and the scanner not put back.
        while (true)
        {
            if (end - pos >= startTag.Length)
            {
                if (!buffer.AsSpan(pos, startTag.Length).SequenceEqual(startTag))
                {
                    return false;
                }

                int close = IndexOf(endTag, pos + startTag.Length);
                if (close >= 0)
                {
                    int to = close + endTag.Length;
                    if (!reader.TryRead(buffer, pos, to, line, out int lines, out int lastLineStart))
                    {
                        return false;
                    }

                    pos = to;
                    if (lines > 0)
                    {
                        line += lines;
                        lineStart = lastLineStart;
                        wide = 0;
                    }

                    return true;
                }
            }

            if (end - pos > WholeReach)
            {
                noWhole = true;
                return false;
            }

            if (eof)
            {
                return false;
            }

            if (!Fill(pos))
            {
                eof = true;
                return false;
            }
        }
    }

    /// <summary>Leaves the group whose end tag <see cref="Next"/> found.</summary>
    public void Leave() => open.RemoveAt(open.Count - 1);

    private Step? TryNext(out CinXmlNode? node, List<(string Group, string Text, int Line, int Column)> stray, string[] groups)
    {
        node = null;
        used = 0;
        charCount = 0;
        while (true)
        {
            needMore = false;
            restart = Save();
            if (pos >= end)
            {
                // A read may end anywhere, just after a tag too: the file goes on unless the stream has ended.
                needMore = true;
                return More();
            }

            byte b = buffer[pos];
            if (b != '<')
            {
                var piece = Text(out bool ok);
                if (!ok)
                {
                    return More();
                }

                if (piece is { } found)
                {
                    stray.Add((GroupName, found.Text, found.Line, found.Column));
                }

                continue;
            }

            if (pos + 4 > end && !eof)
            {
                return null;
            }

            byte next = pos + 1 < end ? buffer[pos + 1] : (byte)0;
            if (next == '/')
            {
                return EndTag() switch { true => Step.End, false => Step.Stop, null => More() };
            }

            if (next == '!' || next == '?')
            {
                bool? skipped = At("<!--") ? CommentOrMore() : At("<?") ? InstructionOrMore() : false;
                if (skipped is null)
                {
                    needMore = true;
                    return More();
                }

                if (skipped == false)
                {
                    return Step.Stop;
                }

                continue;
            }

            if (groups.Length > 0 && IsGroup(groups))
            {
                var tag = StartTag(true);
                if (tag is null)
                {
                    return More();
                }

                if (tag.Value.Empty)
                {
                    continue;
                }

                return Step.Group;
            }

            var read = Element();
            if (read is null)
            {
                return More();
            }

            node = read;
            return Step.Element;
        }
    }

    // Whether the element at pos is named (its local name, in any case) as one of the groups.
    private bool IsGroup(string[] groups)
    {
        int after = Name(pos + 1, out int colon);
        if (after < 0)
        {
            return false;
        }

        int from = colon >= 0 ? colon + 1 : pos + 1;
        Span<char> name = stackalloc char[Math.Min(after - from, 64)];
        if (after - from > 64)
        {
            return false;
        }

        for (int i = 0; i < name.Length; i++)
        {
            name[i] = (char)buffer[from + i];
        }

        foreach (string group in groups)
        {
            if (name.Equals(group, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Out of data: more is needed, unless the file has ended, when the scanner stops where it is for XmlReader to report the end.
    private Step? More() => needMore && !eof ? null : Step.Stop;

    private bool needMore;
    private bool whole;
    private (int Pos, int Line, int LineStart, int Wide, int Open) restart;

    // ---- positions ----

    private int Column(int at) => at - lineStart + 1 - wide;

    private (int Pos, int Line, int LineStart, int Wide, int Open) Save() => (pos, line, lineStart, wide, open.Count);

    private void Restore((int Pos, int Line, int LineStart, int Wide, int Open) state)
    {
        (pos, line, lineStart, wide, _) = state;
        while (open.Count > state.Open)
        {
            open.RemoveAt(open.Count - 1);
        }
    }

    // Moves to `to`, counting the lines passed (only layout or markup already checked is passed this way).
    private void Advance(int to)
    {
        // Tags seldom hold a line end: one vector search passes most of them whole.
        if (buffer.AsSpan(pos, to - pos).IndexOfAny((byte)'\n', (byte)'\r') < 0)
        {
            pos = to;
            return;
        }

        for (; pos < to; pos++)
        {
            Passed(pos);
        }
    }

    private void Passed(int at)
    {
        byte b = buffer[at];
        if (b == '\n')
        {
            line++;
            lineStart = at + 1;
            wide = 0;
        }
        else if (b == '\r')
        {
            if (at + 1 >= end || buffer[at + 1] != '\n')
            {
                line++;
                lineStart = at + 1;
                wide = 0;
            }
        }
    }

    private void SkipSpace()
    {
        while (pos < end)
        {
            byte b = buffer[pos];
            if (b is (byte)' ' or (byte)'\t')
            {
                // Indentation runs: passed in one vector search.
                int run = buffer.AsSpan(pos, end - pos).IndexOfAnyExcept((byte)' ', (byte)'\t');
                pos = run < 0 ? end : pos + run;
            }
            else if (b is (byte)'\n' or (byte)'\r')
            {
                Passed(pos);
                pos++;
            }
            else
            {
                return;
            }
        }
    }

    private bool At(ReadOnlySpan<char> text)
    {
        if (pos + text.Length > end)
        {
            needMore = true;
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (buffer[pos + i] != text[i])
            {
                return false;
            }
        }

        return true;
    }

    private int IndexOf(ReadOnlySpan<byte> what, int from)
    {
        int at = buffer.AsSpan(from, end - from).IndexOf(what);
        return at < 0 ? -1 : from + at;
    }

    // Reads more into the buffer, keeping everything from `keep`; false at the end of the stream.
    private bool Fill(int keep)
    {
        if (keep > 0 && open.Count > 0)
        {
            Buffer.BlockCopy(buffer, keep, buffer, 0, end - keep);
            end -= keep;
            pos -= keep;
            lineStart -= keep;
            dropped += keep;
            restart = restart with { Pos = restart.Pos - keep, LineStart = restart.LineStart - keep };
            for (int i = 0; i < open.Count; i++)
            {
                open[i] = open[i] with { StartIndex = open[i].StartIndex - keep, EndIndex = open[i].EndIndex - keep };
            }
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        int read = stream.Read(buffer, end, buffer.Length - end);
        end += read;
        return read > 0;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';

    private static bool IsNameStart(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or (byte)'_';

    private static bool IsName(byte b) => IsNameStart(b) || b is >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'.';

    // ---- markup ----

    private bool? CommentOrMore()
    {
        int close = IndexOf("-->"u8, pos + 4);
        if (close < 0)
        {
            return null;
        }

        // "--" within a comment, or a character XML does not allow, is XmlReader's to report.
        if (buffer.AsSpan(pos + 4, close - pos - 4).IndexOf("--"u8) >= 0 || !Plain(pos + 4, close))
        {
            return false;
        }

        Advance(close + 3);
        return true;
    }

    private bool Comment()
    {
        bool? done = CommentOrMore();
        needMore |= done is null;
        return done == true;
    }

    private bool? InstructionOrMore()
    {
        int close = IndexOf("?>"u8, pos + 2);
        if (close < 0)
        {
            return null;
        }

        int name = pos + 2;
        int after = name;
        while (after < close && IsName(buffer[after]))
        {
            after++;
        }

        if (after == name || !IsNameStart(buffer[name]) || (after - name == 3 && (buffer[name] | 0x20) == 'x' && (buffer[name + 1] | 0x20) == 'm' && (buffer[name + 2] | 0x20) == 'l')
            || (after < close && !IsSpace(buffer[after])) || !Plain(pos + 2, close))
        {
            return false;
        }

        Advance(close + 2);
        return true;
    }

    private bool Instruction()
    {
        bool? done = InstructionOrMore();
        needMore |= done is null;
        return done == true;
    }

    // Whether the bytes are ASCII characters XML allows (anything else is left to XmlReader).
    private bool Plain(int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            byte b = buffer[i];
            if (b is < 0x20 and not ((byte)'\t' or (byte)'\n' or (byte)'\r') or >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An open group: its start tag's bytes and place, and its name for the end tag.</summary>
    private readonly record struct Open(byte[] Tag, string LocalName, int Line, int Column, int StartIndex, int EndIndex, int EndLine, int EndColumn, long StartOffset);

    // A start tag with attributes (only the outer element and groups have them: names checked, values kept to ASCII).
    private (string Local, int Line, int Column, bool Empty)? StartTag(bool group)
    {
        int start = pos;
        int tagLine = line, tagColumn = Column(pos);
        int name = pos + 1;
        int after = Name(name, out int colon);
        if (after < 0)
        {
            return null;
        }

        int i = after;
        bool empty = false;
        var attributes = new List<(int From, int To)>();
        while (true)
        {
            int spaceFrom = i;
            while (i < end && IsSpace(buffer[i]))
            {
                i++;
            }

            if (i >= end)
            {
                needMore = true;
                return null;
            }

            if (buffer[i] == '>')
            {
                break;
            }

            if (buffer[i] == '/')
            {
                if (i + 1 >= end)
                {
                    needMore = true;
                    return null;
                }

                if (buffer[i + 1] != '>')
                {
                    return null;
                }

                empty = true;
                i++;
                break;
            }

            if (!group || i == spaceFrom)
            {
                return null;
            }

            int attributeName = i;
            int attributeEnd = Name(i, out _);
            if (attributeEnd < 0)
            {
                return null;
            }

            i = attributeEnd;
            while (i < end && IsSpace(buffer[i]))
            {
                i++;
            }

            if (i >= end || buffer[i] != '=')
            {
                needMore = i >= end;
                return null;
            }

            i++;
            while (i < end && IsSpace(buffer[i]))
            {
                i++;
            }

            if (i >= end)
            {
                needMore = true;
                return null;
            }

            byte quote = buffer[i];
            if (quote is not ((byte)'"' or (byte)'\''))
            {
                return null;
            }

            int close = Array.IndexOf(buffer, quote, i + 1, end - i - 1);
            if (close < 0)
            {
                needMore = true;
                return null;
            }

            // Values with markup, references or anything outside printable ASCII, and repeated names, are XmlReader's.
            for (int k = i + 1; k < close; k++)
            {
                if (buffer[k] is < 0x20 or >= 0x7F or (byte)'<' or (byte)'&')
                {
                    return null;
                }
            }

            var attribute = buffer.AsSpan(attributeName, attributeEnd - attributeName);
            foreach (var (from, to) in attributes)
            {
                if (buffer.AsSpan(from, to - from).SequenceEqual(attribute))
                {
                    return null;
                }
            }

            if (attribute.StartsWith("xml:"u8) || attribute.IndexOf((byte)':') >= 0 && !attribute.StartsWith("xmlns:"u8))
            {
                return null;
            }

            attributes.Add((attributeName, attributeEnd));
            i = close + 1;
        }

        // A prefixed name must be declared by the tag itself or an open group; otherwise XmlReader reports it.
        if (colon >= 0 && !Declared(buffer.AsSpan(name, colon - name), attributes))
        {
            return null;
        }

        string local = Names(buffer.AsSpan(colon >= 0 ? colon + 1 : name, after - (colon >= 0 ? colon + 1 : name)));
        Advance(i + 1);
        if (!empty)
        {
            open.Add(new Open(buffer.AsSpan(start, i + 1 - start).ToArray(), local, tagLine, tagColumn, start, i + 1, line, Column(pos), dropped + start));
        }

        return (local, tagLine, tagColumn + 1, empty);
    }

    private bool Declared(ReadOnlySpan<byte> prefix, List<(int From, int To)> attributes)
    {
        foreach (var (from, to) in attributes)
        {
            var attribute = buffer.AsSpan(from, to - from);
            if (attribute.StartsWith("xmlns:"u8) && attribute[6..].SequenceEqual(prefix))
            {
                return true;
            }
        }

        foreach (var group in open)
        {
            // The group's own tag: look for xmlns:prefix= within it.
            var tag = group.Tag.AsSpan();
            int at = 0;
            while (at < tag.Length)
            {
                int found = tag[at..].IndexOf("xmlns:"u8);
                if (found < 0)
                {
                    break;
                }

                int from = at + found + 6;
                if (tag[from..].StartsWith(prefix) && from + prefix.Length < tag.Length && (IsSpace(tag[from + prefix.Length]) || tag[from + prefix.Length] == '='))
                {
                    return true;
                }

                at = from;
            }
        }

        return false;
    }

    // The end of a name starting at `at` (ASCII letters, digits, '-', '.', '_', one ':' between parts), or -1.
    private int Name(int at, out int colon)
    {
        colon = -1;
        if (at >= end)
        {
            needMore = true;
            return -1;
        }

        if (!IsNameStart(buffer[at]))
        {
            return -1;
        }

        int i = at + 1;
        while (true)
        {
            if (i >= end)
            {
                needMore = true;
                return -1;
            }

            byte b = buffer[i];
            if (IsName(b))
            {
                i++;
            }
            else if (b == ':' && colon < 0 && i + 1 < end && IsNameStart(buffer[i + 1]))
            {
                colon = i;
                i++;
            }
            else if (b == ':' || b >= 0x80)
            {
                if (i + 1 >= end)
                {
                    needMore = true;
                }

                return -1;
            }
            else
            {
                return i;
            }
        }
    }

    // An end tag matching the innermost open element: true; not matching or not plain: false; cut off: null (more is needed).
    private bool? EndTag()
    {
        var tag = open[^1].Tag.AsSpan();
        int nameLength = 1;
        while (nameLength < tag.Length && (IsName(tag[nameLength]) || tag[nameLength] == ':'))
        {
            nameLength++;
        }

        var name = tag[1..nameLength];
        int i = pos + 2;
        if (i + name.Length > end)
        {
            needMore = true;
            return null;
        }

        if (!buffer.AsSpan(i, name.Length).SequenceEqual(name))
        {
            return false;
        }

        i += name.Length;
        while (i < end && IsSpace(buffer[i]))
        {
            i++;
        }

        if (i >= end)
        {
            needMore = true;
            return null;
        }

        if (buffer[i] != '>')
        {
            return false;
        }

        Advance(i + 1);
        return true;
    }

    // ---- elements below the group ----

    private CinXmlNode Node(string name, int nodeLine, int column)
    {
        if (used == pool.Count)
        {
            pool.Add(new CinXmlNode(name, nodeLine, column));
        }

        var node = pool[used++];
        node.Reset(name, nodeLine, column);
        return node;
    }

    private readonly List<(CinXmlNode Node, int NameFrom, int NameTo, int TextFrom, int TextTo, int TextLine, int TextColumn, bool Mixed)> stack = [];
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);

    /// <summary>Makes the scanner give these very strings for names written as they are, so that a reader may compare names by reference first.</summary>
    public void Know(IEnumerable<string> known)
    {
        foreach (string name in known)
        {
            names.TryAdd(name, name);
        }
    }

    // Names met before, two to a slot by a hash of their bytes: a return repeats a few dozen names millions of times,
    // and two ways keep names that share a slot (ChildCharacteristics, ChildProtectionPlans) from pushing each other out.
    private readonly (byte[] Bytes, string Name)[] recent = new (byte[], string)[512];

    private string Names(ReadOnlySpan<byte> name)
    {
        if (name.Length == 0)
        {
            return "";
        }

        int slot = ((name.Length * 31 + name[0] * 7 + name[^1] * 3 + name[name.Length >> 1]) & 255) * 2;
        ref var first = ref recent[slot];
        if (first.Bytes is { } bytes && name.SequenceEqual(bytes))
        {
            return first.Name;
        }

        ref var second = ref recent[slot + 1];
        if (second.Bytes is { } other && name.SequenceEqual(other))
        {
            return second.Name;
        }

        string found = Lookup(name);
        (first.Bytes is null ? ref first : ref second) = (name.ToArray(), found);
        return found;
    }

    private string Lookup(ReadOnlySpan<byte> name)
    {
        Span<char> text = stackalloc char[name.Length <= 128 ? name.Length : 0];
        if (name.Length > 128)
        {
            return Encoding.ASCII.GetString(name);
        }

        for (int i = 0; i < name.Length; i++)
        {
            text[i] = (char)name[i];
        }

        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text, out var known))
        {
            known = text.ToString();
            names.Add(known, known);
        }

        return known;
    }

    // One element and all it holds, or null (needMore says whether more bytes may make it readable).
    private CinXmlNode? Element()
    {
        needMore = false;
        stack.Clear();
        CinXmlNode? top = null;
        while (true)
        {
            // At '<' of a start tag.
            int tagLine = line, tagColumn = Column(pos);
            int name = pos + 1;
            int after = Name(name, out int colon);
            if (after < 0)
            {
                return null;
            }

            int i = after;
            while (i < end && IsSpace(buffer[i]))
            {
                i++;
            }

            if (i + 1 >= end)
            {
                needMore = true;
                return null;
            }

            bool empty = buffer[i] == '/' && buffer[i + 1] == '>';
            if (!empty && buffer[i] != '>')
            {
                return null;
            }

            if (colon >= 0 && !Declared(buffer.AsSpan(name, colon - name), []))
            {
                return null;
            }

            int localFrom = colon >= 0 ? colon + 1 : name;
            var node = Node(Names(buffer.AsSpan(localFrom, after - localFrom)), tagLine, tagColumn + 1);
            if (stack.Count > 0)
            {
                // Text before an element of a group is stray text.
                var parent = stack[^1];
                if (parent.TextFrom >= 0 && !parent.Mixed)
                {
                    Stray(parent);
                    stack[^1] = parent with { Mixed = true };
                }

                parent.Node.AddElement(node);
            }

            top ??= node;
            Advance(i + (empty ? 2 : 1));
            if (!empty)
            {
                stack.Add((node, name, after, -1, -1, 0, 0, false));
            }

            // Content: text, then a start tag or an end tag.
            while (stack.Count > 0)
            {
                if (pos >= end)
                {
                    needMore = true;
                    return null;
                }

                if (buffer[pos] != '<')
                {
                    // Layout between elements, the most common text, is passed without decoding it.
                    var before = (pos, line, lineStart, wide);
                    SkipSpace();
                    if (pos < end && buffer[pos] == '<' && (pos == before.pos || buffer[pos - 1] != '\r'))
                    {
                        continue;
                    }

                    (pos, line, lineStart, wide) = before;
                    int textLine = line, textColumn = Column(pos);
                    int from = charCount;
                    if (!Characters())
                    {
                        return null;
                    }

                    if (IsBlank(from, charCount))
                    {
                        charCount = from;
                        continue;
                    }

                    var current = stack[^1];
                    var piece = current with { TextFrom = from, TextTo = charCount, TextLine = textLine, TextColumn = textColumn };
                    if (current.TextFrom < 0 && current.Node.Elements.Count == 0)
                    {
                        // A leaf's value, so far.
                        stack[^1] = piece;
                        continue;
                    }

                    if (current.TextFrom >= 0 && !current.Mixed)
                    {
                        Stray(current);
                    }

                    Stray(piece);
                    stack[^1] = piece with { Mixed = true };
                    continue;
                }

                if (pos + 1 >= end)
                {
                    needMore = true;
                    return null;
                }

                if (buffer[pos + 1] != '/')
                {
                    if (buffer[pos + 1] is (byte)'!' or (byte)'?')
                    {
                        return null;
                    }

                    break;
                }

                // End tag: must match the open element exactly.
                var closing = stack[^1];
                int length = closing.NameTo - closing.NameFrom;
                int j = pos + 2;
                if (j + length + 1 > end)
                {
                    needMore = true;
                    return null;
                }

                if (!buffer.AsSpan(j, length).SequenceEqual(buffer.AsSpan(closing.NameFrom, length)))
                {
                    return null;
                }

                j += length;
                while (j < end && IsSpace(buffer[j]))
                {
                    j++;
                }

                if (j >= end)
                {
                    needMore = true;
                    return null;
                }

                if (buffer[j] != '>')
                {
                    return null;
                }

                Finish(closing);
                Advance(j + 1);
                stack.RemoveAt(stack.Count - 1);
            }

            if (stack.Count == 0)
            {
                return top;
            }
        }
    }

    // A leaf's one piece of text becomes its value; a group's pieces were kept as stray text when found.
    private void Finish((CinXmlNode Node, int NameFrom, int NameTo, int TextFrom, int TextTo, int TextLine, int TextColumn, bool Mixed) element)
    {
        if (element.TextFrom < 0 || element.Mixed)
        {
            return;
        }

        int from = element.TextFrom, to = element.TextTo;
        while (from < to && char.IsWhiteSpace(chars[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(chars[to - 1]))
        {
            to--;
        }

        element.Node.SetText(chars, from, to - from, Values);
    }

    private void Stray((CinXmlNode Node, int NameFrom, int NameTo, int TextFrom, int TextTo, int TextLine, int TextColumn, bool Mixed) piece) =>
        piece.Node.AddStrayText(chars.AsSpan(piece.TextFrom, piece.TextTo - piece.TextFrom).Trim().ToString(), piece.TextLine, piece.TextColumn);

    private bool IsBlank(int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(chars[i]))
            {
                return false;
            }
        }

        return true;
    }

    // Text up to the next '<', decoded into `chars` (line ends as one '\n', references resolved); false when not plain.
    private bool Characters()
    {
        while (true)
        {
            if (pos >= end)
            {
                needMore = true;
                return false;
            }

            byte b = buffer[pos];
            if (b == '<')
            {
                return true;
            }

            if (charCount + 2 > chars.Length)
            {
                Array.Resize(ref chars, chars.Length * 2);
            }

            if (b is >= 0x20 and < 0x80 and not ((byte)'&' or (byte)']'))
            {
                chars[charCount++] = (char)b;
                pos++;
                continue;
            }

            switch (b)
            {
                case (byte)'\n':
                    chars[charCount++] = '\n';
                    Passed(pos);
                    pos++;
                    break;
                case (byte)'\r':
                    if (pos + 1 >= end)
                    {
                        needMore = true;
                        return false;
                    }

                    if (buffer[pos + 1] != '\n')
                    {
                        chars[charCount++] = '\n';
                    }

                    Passed(pos);
                    pos++;
                    break;
                case (byte)'\t':
                    chars[charCount++] = '\t';
                    pos++;
                    break;
                case (byte)']':
                    if (pos + 2 >= end)
                    {
                        needMore = true;
                        return false;
                    }

                    if (buffer[pos + 1] == ']' && buffer[pos + 2] == '>')
                    {
                        return false;
                    }

                    chars[charCount++] = ']';
                    pos++;
                    break;
                case (byte)'&':
                    if (!Reference())
                    {
                        return false;
                    }

                    break;
                default:
                    if (b < 0x80 || !Wide())
                    {
                        return false;
                    }

                    break;
            }
        }
    }

    // A UTF-8 sequence of two to four bytes, decoded; its extra bytes taken off the column.
    private bool Wide()
    {
        var status = System.Text.Rune.DecodeFromUtf8(buffer.AsSpan(pos, end - pos), out var rune, out int length);
        if (status == System.Buffers.OperationStatus.NeedMoreData)
        {
            needMore = true;
            return false;
        }

        if (status != System.Buffers.OperationStatus.Done || !Allowed(rune.Value))
        {
            return false;
        }

        int written = rune.EncodeToUtf16(chars.AsSpan(charCount));
        charCount += written;
        wide += length - written;
        pos += length;
        return true;
    }

    private static bool Allowed(int c) => c is 0x9 or 0xA or 0xD or >= 0x20 and <= 0xD7FF or >= 0xE000 and <= 0xFFFD or >= 0x10000 and <= 0x10FFFF;

    private bool Reference()
    {
        int semicolon = Array.IndexOf(buffer, (byte)';', pos + 1, Math.Min(end - pos - 1, 12));
        if (semicolon < 0)
        {
            needMore = end - pos < 13;
            return false;
        }

        var body = buffer.AsSpan(pos + 1, semicolon - pos - 1);
        int value;
        if (body.SequenceEqual("amp"u8))
        {
            value = '&';
        }
        else if (body.SequenceEqual("lt"u8))
        {
            value = '<';
        }
        else if (body.SequenceEqual("gt"u8))
        {
            value = '>';
        }
        else if (body.SequenceEqual("quot"u8))
        {
            value = '"';
        }
        else if (body.SequenceEqual("apos"u8))
        {
            value = '\'';
        }
        else if (body.Length >= 2 && body[0] == '#')
        {
            bool hex = body[1] == 'x';
            var digits = body[(hex ? 2 : 1)..];
            if (digits.IsEmpty || digits.Length > 6)
            {
                return false;
            }

            value = 0;
            foreach (byte d in digits)
            {
                int digit = d is >= (byte)'0' and <= (byte)'9' ? d - '0' : hex && (d | 0x20) is >= 'a' and <= 'f' ? (d | 0x20) - 'a' + 10 : -1;
                if (digit < 0)
                {
                    return false;
                }

                value = (value * (hex ? 16 : 10)) + digit;
            }

            if (!Allowed(value))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (charCount + 2 > chars.Length)
        {
            Array.Resize(ref chars, chars.Length * 2);
        }

        charCount += new System.Text.Rune(value).EncodeToUtf16(chars.AsSpan(charCount));
        pos = semicolon + 1;
        return true;
    }

    // Stray text between a group's elements: trimmed with its place, or null when only layout; ok false when not plain.
    private (string Text, int Line, int Column)? Text(out bool ok)
    {
        int textLine = line, textColumn = Column(pos);
        int from = charCount;
        ok = Characters();
        if (!ok)
        {
            return null;
        }

        var text = chars.AsSpan(from, charCount - from).Trim();
        charCount = from;
        return text.IsEmpty ? null : (text.ToString(), textLine, textColumn);
    }

    /// <summary>
    /// The rest of the file from where the scanner stopped, for <see cref="System.Xml.XmlReader"/>: the declaration and the
    /// open elements' start tags where they stood (what was read between them kept only as its line breaks and spaces), then
    /// the bytes not yet read.
    /// </summary>
    public Stream Rest()
    {
        var head = new MemoryStream();
        head.Write(prolog);
        (pos, line, lineStart, wide, _) = restart;
        int atLine = line, atColumn = Column(pos);
        if (whole)
        {
            // Left to XmlReader from the start (prolog is empty then): everything buffered, then the stream.
            head.SetLength(0);
            head.Write(buffer, 0, end);
            head.Position = 0;
            return new Joined(head, stream);
        }

        var (lastLine, lastColumn) = (open[0].EndLine, open[0].EndColumn);
        for (int i = 1; i < open.Count; i++)
        {
            Space(head, lastLine, lastColumn, open[i].Line, open[i].Column);
            head.Write(open[i].Tag);
            (lastLine, lastColumn) = (open[i].EndLine, open[i].EndColumn);
        }

        Space(head, lastLine, lastColumn, atLine, atColumn);
        head.Write(buffer, pos, end - pos);
        head.Position = 0;
        return new Joined(head, stream);
    }

    private static void Space(MemoryStream head, int fromLine, int fromColumn, int toLine, int toColumn)
    {
        if (toLine > fromLine)
        {
            for (int i = fromLine; i < toLine; i++)
            {
                head.WriteByte((byte)'\n');
            }

            fromColumn = 1;
        }

        for (int i = fromColumn; i < toColumn; i++)
        {
            head.WriteByte((byte)' ');
        }
    }

    /// <summary>The bytes held, then the stream's own.</summary>
    private sealed class Joined(Stream first, Stream second) : Stream
    {
        private bool firstDone;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (!firstDone)
            {
                int read = first.Read(buffer, offset, count);
                if (read > 0)
                {
                    return read;
                }

                firstDone = true;
            }

            return second.Read(buffer, offset, count);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

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
