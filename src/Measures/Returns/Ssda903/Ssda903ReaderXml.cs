using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using Measures.Internal;

namespace Measures.Returns.Ssda903;

/// <content>The return's XML form.</content>
public static partial class Ssda903Reader
{
    // The XML form, as the community validator's converter reads it (github.com/data-to-insight/csc-validator-be-903,
    // lac_validator/ingress.py, read_xml_from_text): a root element holding one CHILD element per child. A CHILD holds a
    // HEADER (CHILDID, UPN, SEX, DOB, ETHNIC, UASC, DUC, MOTHER, MC_DOB, the OC3 and AD1 fields, and repeated AREVIEW,
    // AMISSING, OC2, PERMANENCE and AD_PLACED groups) and one EPISODE per episode, whose placement is PL. A UASC row is
    // made when UASC holds anything but 0, an OC3 row when IN_TOUCH is given, an AD1 row when DATE_INT is given. The
    // XML has no social workers' episodes.
    private static readonly Dictionary<string, Ssda903File> Groups = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EPISODE"] = Ssda903File.Episodes,
        ["AREVIEW"] = Ssda903File.Reviews,
        ["AMISSING"] = Ssda903File.Missing,
        ["OC2"] = Ssda903File.Oc2,
        ["PERMANENCE"] = Ssda903File.PrevPerm,
        ["AD_PLACED"] = Ssda903File.PlacedAdoption,
    };

    /// <summary>Reads a return in its XML form (one CHILD element per child, with its HEADER and EPISODEs), streamed.</summary>
    /// <param name="stream">The XML; read to its end and not closed. Its encoding is as its declaration says (UTF-8 when none).</param>
    /// <param name="sourceName">The file name problems and records are reported against.</param>
    /// <param name="options">Strict or lenient; <see langword="null"/> for <see cref="Ssda903ReadOptions.Default"/> (strict).</param>
    /// <returns>The return, or every problem found when read strictly. Read leniently, XML that breaks off keeps the children read whole before the break, and the break is listed.</returns>
    /// <exception cref="ArgumentNullException">The stream or source name is null.</exception>
    /// <exception cref="IOException">The stream fails (whatever it throws is passed on; no content of the stream throws).</exception>
    /// <exception cref="NotSupportedException">The stream cannot be read.</exception>
    /// <exception cref="ObjectDisposedException">The stream is closed.</exception>
    public static LoadResult<Ssda903Return> ReadXml(Stream stream, string sourceName, Ssda903ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckNotNull(sourceName);
        var builder = new Ssda903ReturnBuilder(options ?? Ssda903ReadOptions.Default);
        ReadXmlInto(stream, sourceName, builder);
        return builder.Finish();
    }

    /// <summary>Reads a return's XML form into <paramref name="builder"/>: alone, or as one of the files given to <see cref="Read(IEnumerable{ValueTuple{string, Stream}}, Ssda903ReadOptions?)"/>.</summary>
    private static void ReadXmlInto(Stream stream, string sourceName, Ssda903ReturnBuilder builder)
    {
        foreach (var file in Ssda903Layout.AllFiles)
        {
            if (file != Ssda903File.SocialWorkerEpisodes)
            {
                builder.Source(sourceName, file, new int[Ssda903Layout.ColumnsOf(file).Length]);
            }
        }

        var state = new XmlChild(sourceName);
        using var xml = ReturnXml.Open(stream);
        var info = (IXmlLineInfo)xml;
        try
        {
            ReadXml(xml, info, state, builder);
        }
        catch (XmlException ex)
        {
            builder.Problem(
                DataProblemKind.Unreadable,
                Ssda903File.Header,
                sourceName,
                Math.Max(ex.LineNumber, 0),
                Math.Max(ex.LinePosition, 0),
                "",
                null,
                state.ChildId,
                $"The XML cannot be read here: {ex.Message.TrimEnd('.')}. Nothing after this point is read{(state.ChildId is null ? "" : ", nor this child")}.");
        }
    }

    private static void ReadXml(XmlReader xml, IXmlLineInfo info, XmlChild child, Ssda903ReturnBuilder builder)
    {
        // Elements open from the root down: their names, and whether each has held an element.
        var open = new List<(string Name, int Line, int Position, bool HasElements)>();
        var text = new System.Text.StringBuilder();
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    {
                        if (open.Count > 0)
                        {
                            open[^1] = open[^1] with { HasElements = true };
                        }

                        var element = (xml.LocalName, info.LineNumber, info.LinePosition, false);
                        text.Clear();
                        if (open.Count == 1 && xml.LocalName.Equals("CHILD", StringComparison.OrdinalIgnoreCase))
                        {
                            child.Start(info.LineNumber);
                        }
                        else if (open.Count >= 2 && child.Active && Groups.TryGetValue(xml.LocalName, out var file) && child.Group is null)
                        {
                            child.Group = new XmlGroup(file, info.LineNumber, open.Count);
                        }

                        if (xml.IsEmptyElement)
                        {
                            Close(child, element, null, open.Count, builder);
                        }
                        else
                        {
                            open.Add(element);
                        }

                        break;
                    }

                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    text.Append(xml.Value);
                    break;
                case XmlNodeType.EndElement:
                    {
                        var element = open[^1];
                        open.RemoveAt(open.Count - 1);
                        string? value = element.HasElements ? null : text.ToString().Trim();
                        text.Clear();
                        if (!element.HasElements)
                        {
                            Close(child, element, value?.Length > 0 ? value : null, open.Count, builder);
                        }
                        else if (child.Group is { } group && group.Depth == open.Count)
                        {
                            child.Group = null;
                            child.Finish(group);
                        }
                        else if (open.Count == 1 && child.Active)
                        {
                            child.Emit(builder);
                        }

                        break;
                    }
            }
        }
    }

    // A leaf element (or an empty group) closes: its value joins the group it is in, or the child's own fields.
    private static void Close(XmlChild child, (string Name, int Line, int Position, bool HasElements) element, string? value, int depth, Ssda903ReturnBuilder builder)
    {
        if (!child.Active)
        {
            return;
        }

        if (child.Group is { } group && group.Depth == depth)
        {
            // An empty group element, as <OC2/>: a row with nothing but the child's fields.
            child.Group = null;
            child.Finish(group);
            return;
        }

        if (depth == 1)
        {
            child.Emit(builder); // <CHILD/> with nothing in it
            return;
        }

        string name = element.Name.ToUpperInvariant() switch
        {
            "CHILDID" => "CHILD",
            "PL" => "PLACE",
            var other => other,
        };
        var leaf = new XmlLeaf(value, element.Line, element.Position);
        if (child.Group is { } open)
        {
            open.Leaves[name] = leaf;
        }
        else
        {
            child.Leaves[name] = leaf;
        }
    }

    private sealed record XmlLeaf(string? Text, int Line, int Position);

    private sealed class XmlGroup(Ssda903File file, int line, int depth)
    {
        public Ssda903File File { get; } = file;

        public int Line { get; } = line;

        public int Depth { get; } = depth;

        public Dictionary<string, XmlLeaf> Leaves { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>The child being read: its own fields, and its groups (episodes, reviews…) until the child closes.</summary>
    private sealed class XmlChild(string source)
    {
        private readonly List<XmlGroup> groups = [];
        private readonly Dictionary<Ssda903File, Ssda903Row> rows = [];
        private int line;

        public bool Active { get; private set; }

        public XmlGroup? Group { get; set; }

        public Dictionary<string, XmlLeaf> Leaves { get; } = new(StringComparer.Ordinal);

        public string? ChildId => Active && Leaves.TryGetValue("CHILD", out var id) ? id.Text : null;

        public void Start(int childLine)
        {
            Active = true;
            line = childLine;
            Leaves.Clear();
            groups.Clear();
            Group = null;
        }

        public void Finish(XmlGroup group) => groups.Add(group);

        public void Emit(Ssda903ReturnBuilder builder)
        {
            Active = false;
            Add(builder, Ssda903File.Header, null, line);
            if (Leaves.TryGetValue("UASC", out var uasc) && uasc.Text is { } flag && flag != "0")
            {
                Add(builder, Ssda903File.Uasc, null, uasc.Line);
            }

            if (Leaves.TryGetValue("IN_TOUCH", out var inTouch) && inTouch.Text is not null)
            {
                Add(builder, Ssda903File.Oc3, null, inTouch.Line);
            }

            if (Leaves.TryGetValue("DATE_INT", out var decided) && decided.Text is not null)
            {
                Add(builder, Ssda903File.Ad1, null, decided.Line);
            }

            foreach (var group in groups)
            {
                Add(builder, group.File, group, group.Line);
            }
        }

        private void Add(Ssda903ReturnBuilder builder, Ssda903File file, XmlGroup? group, int rowLine)
        {
            if (!rows.TryGetValue(file, out var row))
            {
                rows.Add(file, row = new Ssda903Row(file, source));
            }

            row.Clear(rowLine);
            for (int i = 0; i < row.Names.Length; i++)
            {
                if ((group is not null && group.Leaves.TryGetValue(row.Names[i], out var leaf)) || Leaves.TryGetValue(row.Names[i], out leaf))
                {
                    row.Set(i, leaf.Text, leaf.Line, leaf.Position);
                }
            }

            builder.Add(row);
        }
    }
}
