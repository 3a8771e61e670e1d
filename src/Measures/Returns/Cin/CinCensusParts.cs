using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Measures.Returns.Cin;

/// <summary>
/// Reads a large census in parts side by side: the file cut at lines that begin a Child element, each part scanned
/// into records on a thread of its own, the parts' records and problems joined in the file's order. Only a census that
/// reads wholly by the byte scanner, with every cut between two of Children's elements and no child in two parts, is
/// taken this way: for anything else the parts give way and the census is read again from its start in one pass, so
/// that it reads the same either way.
/// </summary>
internal static class CinCensusParts
{
    /// <summary>Below this size (a census of about 3,000 children) a census is read in one pass: parts would cost more than they save.</summary>
    public const long ReadInPartsFrom = 4 << 20;

    private static readonly string[] ChildrenGroup = ["Children"];

    /// <summary>
    /// The number of parts a census is read in on this machine: two a processor, up to eight, so that a part held up
    /// (by the collector, or by another program) does not leave the other processors idle at the end.
    /// </summary>
    public static int PartsHere => Math.Min(2 * Environment.ProcessorCount, 8);

    /// <summary>Reads the census in up to <paramref name="parts"/> parts, or gives way (null) with the stream's position unchanged.</summary>
    /// <param name="stream">A seekable stream, from its position.</param>
    /// <param name="name">The file name.</param>
    /// <param name="options">Strict or lenient.</param>
    /// <param name="parts">How many parts to cut the file into, at most.</param>
    /// <param name="plainChildren">Whether children written plainly are read straight into rows.</param>
    public static LoadResult<CinCensus>? TryRead(Stream stream, string name, CinReadOptions options, int parts, bool plainChildren = true)
    {
        var source = new ReturnStreamParts(stream);
        var bounds = new List<long> { source.Start };
        for (int k = 1; k < parts; k++)
        {
            long target = source.Start + ((source.End - source.Start) * k / parts);
            if (target > bounds[^1] && source.LineBefore(target, "<Child>"u8) is var at && at > bounds[^1])
            {
                bounds.Add(at);
            }
        }

        bounds.Add(source.End);
        var result = bounds.Count > 2 ? Read(source, [.. bounds], name, options, plainChildren) : null;
        stream.Position = result is null ? source.Start : source.End;
        return result;
    }

    private static LoadResult<CinCensus>? Read(ReturnStreamParts source, long[] bounds, string name, CinReadOptions options, bool plainChildren)
    {
        int count = bounds.Length - 1;
        var builders = new CinCensusBuilder[count];
        for (int k = 0; k < count; k++)
        {
            builders[k] = new CinCensusBuilder(name, options, large: true);
        }

        var failed = new Flag();
        var workers = new List<Task<bool>>();
        try
        {
            var first = new ReturnXmlScanner(source.Part(bounds[0], bounds[1]));
            first.Know(CinCensusBuilder.ElementNames);
            if (!Enter(first, builders[0]))
            {
                return null;
            }

            // Each later part counts its lines from its own start, and its line ends are counted as it reads, so that no
            // part waits for those before it. Once all are read, a part's rows are told how many lines come before them;
            // a part with problems (whose words name lines) is read again from the line it begins on.
            var lineEnds = new int[count];
            for (int k = 1; k < count; k++)
            {
                int part = k;
                var scanner = ReturnXmlScanner.Within(source.Part(bounds[k], bounds[k + 1]), first);
                workers.Add(Task.Factory.StartNew(
                    () =>
                    {
                        bool read = ReadPart(scanner, builders[part], part == count - 1, failed, plainChildren);
                        if (!read)
                        {
                            failed.Raise();
                        }
                        else if (part < count - 1)
                        {
                            lineEnds[part] = scanner.LineEndsRead;
                        }

                        return read;
                    },
                    CancellationToken.None,
                    TaskCreationOptions.LongRunning,
                    TaskScheduler.Default));
            }

            bool whole = ReadPart(first, builders[0], false, failed, plainChildren);
            if (!whole)
            {
                failed.Raise();
            }
            else
            {
                lineEnds[0] = first.LineEndsRead;
            }

            foreach (var worker in workers)
            {
                whole &= Finished(worker);
            }

            if (!whole || InTwoParts(builders) || !Place(source, bounds, first, builders, lineEnds, name, options, plainChildren))
            {
                return null;
            }

            return CinCensusBuilder.Join(builders);
        }
        finally
        {
            failed.Raise();
            foreach (var worker in workers)
            {
                ((IAsyncResult)worker).AsyncWaitHandle.WaitOne();
            }

            foreach (var builder in builders)
            {
                builder.Release();
            }
        }
    }

    // Tells each later part's rows the lines before them, reading again from its first line a part with problems: false
    // when a part read again does not read as it did.
    private static bool Place(
        ReturnStreamParts source, long[] bounds, ReturnXmlScanner first, CinCensusBuilder[] builders, int[] lineEnds, string name, CinReadOptions options, bool plainChildren)
    {
        int before = lineEnds[0];
        var readings = new List<Task<bool>>();
        for (int k = 1; k < builders.Length; k++)
        {
            if (!builders[k].HasProblems)
            {
                builders[k].Rows.LineOffset = before;
            }
            else
            {
                // Read again on its own scanner and builder, beside any other; the first part's scanner is only read from.
                var scanner = ReturnXmlScanner.Within(source.Part(bounds[k], bounds[k + 1]), first);
                scanner.BeginAtLine(1 + before);
                var builder = new CinCensusBuilder(name, options, large: true);
                builders[k].Release();
                builders[k] = builder;
                bool last = k == builders.Length - 1;
                readings.Add(Task.Factory.StartNew(() => ReadPart(scanner, builder, last, new Flag(), plainChildren), CancellationToken.None, TaskCreationOptions.None, TaskScheduler.Default));
            }

            before += lineEnds[k];
        }

        bool same = true;
        foreach (var reading in readings)
        {
            same &= Finished(reading);
        }

        return same;
    }

    // A part's result; what it threw is thrown here, as a read in one pass would throw it.
    private static bool Finished(Task<bool> worker) => worker.GetAwaiter().GetResult();

    // Reads the file's start up to the first element within Children: true when it gets there.
    private static bool Enter(ReturnXmlScanner scanner, CinCensusBuilder builder)
    {
        if (scanner.Start() is not { Empty: false } message || !message.Name.Equals("Message", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var stray = new List<(string Group, string Text, int Line, int Column)>();
        while (true)
        {
            var step = scanner.Next(out var node, stray, scanner.Depth == 1 ? ChildrenGroup : []);
            CinCensusReader.Strays(stray, builder);
            switch (step)
            {
                case ReturnXmlScanner.Step.Element:
                    CinCensusReader.Element(node!, scanner.Depth, scanner.GroupName, builder);
                    break;
                case ReturnXmlScanner.Step.Group:
                    if (scanner.Depth == 2)
                    {
                        return true;
                    }

                    break;
                default:
                    return false;
            }
        }
    }

    // Reads a part's elements: true when a part ends between elements within Children, or the last part at the end of
    // Message; false as soon as anything would make the one-pass read differ.
    private static bool ReadPart(ReturnXmlScanner scanner, CinCensusBuilder builder, bool last, Flag failed, bool plainChildren)
    {
        var stray = new List<(string Group, string Text, int Line, int Column)>();
        var plain = plainChildren ? new CinPlainChildReader(builder) : null;
        while (!failed.Raised)
        {
            CinCensusReader.PlainChildren(scanner, plain);
            var step = scanner.Next(out var node, stray, scanner.Depth == 1 ? ChildrenGroup : []);
            CinCensusReader.Strays(stray, builder);
            switch (step)
            {
                case ReturnXmlScanner.Step.Element:
                    // After Children (the last part only) a second Header would be taken as the first: left to one pass.
                    if (scanner.Depth != 2)
                    {
                        return false;
                    }

                    CinCensusReader.Element(node!, 2, scanner.GroupName, builder);
                    break;
                case ReturnXmlScanner.Step.End:
                    if (!last)
                    {
                        return false;
                    }

                    scanner.Leave();
                    if (scanner.Depth == 0)
                    {
                        return true;
                    }

                    break;
                case ReturnXmlScanner.Step.Stop:
                    return !last && scanner.Depth == 2 && scanner.EndedBetweenElements;
            }
        }

        return false;
    }

    // Whether a child of one part was given in an earlier part: the one-pass read names it as given twice.
    private static bool InTwoParts(CinCensusBuilder[] builders)
    {
        // Each part's children in order, and each part's after the last of the parts before: none can be in two.
        string? last = null;
        bool ordered = true;
        foreach (var builder in builders)
        {
            if (builder.Rows.Children.Count == 0)
            {
                continue;
            }

            if (builder.OrderedIds is not { } ids || (last is not null && string.CompareOrdinal(ids.First, last) <= 0))
            {
                ordered = false;
                break;
            }

            last = ids.Last;
        }

        if (ordered)
        {
            return false;
        }

        for (int k = 1; k < builders.Length; k++)
        {
            var rows = builders[k].Rows;
            for (int i = 0; i < rows.Children.Count; i++)
            {
                var childId = rows.IdOf(i);
                for (int j = 0; j < k && childId.Length > 0; j++)
                {
                    if (builders[j].Holds(childId))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // Raised when any part gives way, so that the others stop at their next child.
    private sealed class Flag
    {
        private volatile bool raised;

        public bool Raised => raised;

        public void Raise() => raised = true;
    }
}
