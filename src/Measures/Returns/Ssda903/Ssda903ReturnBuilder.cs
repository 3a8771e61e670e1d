using System;
using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using Measures.Internal;
using NodaTime;

namespace Measures.Returns.Ssda903;

/// <summary>
/// Turns rows into records, checking each field, and gathers the records and problems of one read. Rows of
/// either format (CSV or XML) arrive as <see cref="Ssda903Row"/>, so both give the same records and problems.
/// </summary>
internal sealed partial class Ssda903ReturnBuilder
{
    private const string LeftOut = " This row cannot be read without it.";

    private readonly bool strict;
    private readonly ProblemList capped;
    private readonly List<ReturnProblem> all = [];
    private readonly StringCache strings = new();
    private readonly StringTable? listedChildren;
    private bool merging;
    private bool repeatedAcrossParts;
    private readonly RowParser parse;
    private readonly Dictionary<string, int[]> columnsBySource = new(StringComparer.Ordinal);
    private readonly int[] carriedOver = new int[Ssda903Layout.AllFiles.Length + 1];
    private readonly List<string> notices = [];

    private readonly Table<HeaderRow> children = new(r => r with { Location = default }, r => r.Location, r => r.ChildId);
    private readonly Table<EpisodeRow> episodes = new(r => r.WithoutLocation(), r => r.Location, r => r.ChildId);
    private readonly Table<Review> reviews = new(r => r with { Location = default }, r => r.Location, r => r.ChildId);
    private readonly Table<UnaccompaniedAsylumSeeker> uasc = new(r => r with { Location = default }, r => r.Location, r => r.ChildId);
    private readonly Table<HealthOutcome> oc2 = new(r => r with { Location = default }, r => r.Location, r => r.ChildId);
    private readonly Table<CareLeaverOutcome> oc3 = new(r => r with { Location = default }, r => r.Location, r => r.ChildId);
    private readonly Table<AdoptionRecord> ad1 = new(r => r with { Location = default }, r => r.Location, r => r.ChildId);
    private readonly Table<PlacedForAdoption> placed = new(r => r with { Location = default }, r => r.Location, r => r.ChildId);
    private readonly Table<PreviousPermanence> prevPerm = new(r => r with { Location = default }, r => r.Location, r => r.ChildId);
    private readonly Table<MissingEpisode> missing = new(r => r with { Location = default }, r => r.Location, r => r.ChildId);
    private readonly Table<SocialWorkerEpisode> socialWorkers = new(r => r with { Location = default }, r => r.Location, r => r.ChildId);

    public Ssda903ReturnBuilder(Ssda903ReadOptions options, StringTable? listedChildren = null)
    {
        this.listedChildren = listedChildren;
        strict = options.Strict;
        OrderShortcuts = options.OrderShortcuts;
        capped = new ProblemList(options.MaxProblems);
        parse = new RowParser(this);
    }

    public HashSet<Ssda903File> Files { get; } = [];

    /// <summary>Gets a value indicating whether the checks may take the short way for files in child order.</summary>
    public bool OrderShortcuts { get; }

    public long ProblemCount => strict ? capped.Count : all.Count;

    /// <summary>Notes where each column of <paramref name="file"/> is in the file named <paramref name="source"/>, for problems found across rows.</summary>
    public void Source(string source, Ssda903File file, int[] columns)
    {
        Files.Add(file);
        columnsBySource[source] = columns;
    }

    /// <summary>
    /// Makes room at once for about <paramref name="rows"/> rows of <paramref name="file"/>, when this builder has none
    /// yet: for Header and Episodes rows, in <paramref name="shared"/> from <paramref name="offset"/> when a part of a large file is given its stretch of one array.
    /// </summary>
    public void Expect(Ssda903File file, int rows, Array? shared = null, int offset = 0)
    {
        switch (file)
        {
            case Ssda903File.Header when shared is HeaderRow[] headerRows: children.PresizeIn(headerRows, offset, rows); break;
            case Ssda903File.Header: children.Presize(rows); break;
            case Ssda903File.Episodes when shared is EpisodeRow[] episodeRows: episodes.PresizeIn(episodeRows, offset, rows); break;
            case Ssda903File.Episodes: episodes.Presize(rows); break;
            case Ssda903File.Reviews: reviews.Presize(rows); break;
            case Ssda903File.Uasc: uasc.Presize(rows); break;
            case Ssda903File.Oc2: oc2.Presize(rows); break;
            case Ssda903File.Oc3: oc3.Presize(rows); break;
            case Ssda903File.Ad1: ad1.Presize(rows); break;
            case Ssda903File.PlacedAdoption: placed.Presize(rows); break;
            case Ssda903File.PrevPerm: prevPerm.Presize(rows); break;
            case Ssda903File.Missing: missing.Presize(rows); break;
            default: socialWorkers.Presize(rows); break;
        }
    }

    public void Problem(DataProblemKind kind, Ssda903File file, string source, int line, int column, string field, string? value, string? childId, string message) =>
        Add(new ReturnProblem(new DataProblem(kind, message, source, line, column, field, value, childId is null ? "" : "child " + childId), (int)file, childId));

    /// <summary>Turns a row into its record, or leaves it out with the reason listed.</summary>
    public void Add(Ssda903Row row)
    {
        if (!row.Has(0))
        {
            Problem(DataProblemKind.Missing, row.File, row.Source, row.Lines[0], row.Columns[0], "CHILD", null, null, "CHILD is empty; every row needs the child's identifier." + LeftOut);
            return;
        }

        parse.Start(row);
        var at = new RecordLocation(row.Source, row.Line);
        switch (row.File)
        {
            case Ssda903File.Header:
                {
                    var record = new HeaderRow(parse.ChildId, parse.Code(1, true)!, parse.Date(2, true).GetValueOrDefault(), parse.Code(3, true)!, parse.Upn(4), parse.Text(5), parse.Date(6, false), at);
                    Keep(parse, children, record);
                    break;
                }

            case Ssda903File.Episodes:
                {
                    var start = parse.Date(1, true);
                    var record = new EpisodeRow(
                        parse.ChildId, start.GetValueOrDefault(), parse.Code(2, true)!, parse.Code(3, true)!, parse.Code(4, true)!, parse.Code(5, true)!,
                        parse.Code(6, false), parse.Date(7, false), parse.Code(8, false), parse.Code(9, false), parse.Text(10), parse.Text(11), parse.Text(12), at);
                    if (start is { } s && record.End is { } end && end < s)
                    {
                        parse.Fault(DataProblemKind.Inconsistent, 7, string.Create(CultureInfo.InvariantCulture, $"The episode ends (DEC) before it starts (DECOM {Ssda903Dates.Format(s)}); check both dates."));
                    }

                    Keep(parse, episodes, record);
                    break;
                }

            case Ssda903File.Reviews:
                Keep(parse, reviews, new Review(parse.ChildId, parse.Date(1, false), parse.Date(2, true).GetValueOrDefault(), parse.Code(3, false), at));
                break;
            case Ssda903File.Uasc:
                Keep(parse, uasc, new UnaccompaniedAsylumSeeker(parse.ChildId, parse.Code(1, false), parse.Date(2, false), parse.Date(3, false), at));
                break;
            case Ssda903File.Oc2:
                Keep(parse, oc2, new HealthOutcome(parse.ChildId, parse.Date(1, false), parse.Code(2, false), parse.Code(3, false), parse.Code(4, false), parse.Code(5, false), parse.Code(6, false), parse.Code(7, false), parse.Code(8, false), parse.Code(9, false), parse.Code(10, false), parse.Code(11, false), at));
                break;
            case Ssda903File.Oc3:
                Keep(parse, oc3, new CareLeaverOutcome(parse.ChildId, parse.Date(1, false), parse.Code(2, false), parse.Code(3, false), parse.Code(4, false), at));
                break;
            case Ssda903File.Ad1:
                Keep(parse, ad1, new AdoptionRecord(parse.ChildId, parse.Date(1, false), parse.Date(2, false), parse.Date(3, false), parse.Code(4, false), parse.Code(5, false), parse.Code(6, false), parse.Code(7, false), at));
                break;
            case Ssda903File.PlacedAdoption:
                Keep(parse, placed, new PlacedForAdoption(parse.ChildId, parse.Date(1, false), parse.Date(2, true).GetValueOrDefault(), parse.Date(3, false), parse.Code(4, false), at));
                break;
            case Ssda903File.PrevPerm:
                Keep(parse, prevPerm, new PreviousPermanence(parse.ChildId, parse.Date(1, false), parse.Code(2, false), parse.Code(3, false), parse.Text(4), at));
                break;
            case Ssda903File.Missing:
                Keep(parse, missing, new MissingEpisode(parse.ChildId, parse.Date(1, false), parse.Code(2, true)!, parse.Date(3, true).GetValueOrDefault(), parse.Date(4, false), at));
                break;
            default:
                Keep(parse, socialWorkers, new SocialWorkerEpisode(parse.ChildId, parse.Date(1, false), parse.Code(2, true)!, parse.Date(3, true).GetValueOrDefault(), parse.Date(4, false), parse.Code(5, false), at));
                break;
        }
    }

    /// <summary>
    /// Takes in what another builder read from other files (files are read side by side, each by its own builder):
    /// its problems after this one's, and its records, a row already held from an earlier file read once.
    /// </summary>
    public void Merge(IReadOnlyList<Ssda903ReturnBuilder> parts)
    {
        // Each table is made as large as all the parts' rows at once: grown step by step, a national return's
        // tables would leave as much again on the large object heap.
        children.Reserve(parts.Sum(p => p.children.Rows.Count));
        episodes.Reserve(parts.Sum(p => p.episodes.Rows.Count));
        reviews.Reserve(parts.Sum(p => p.reviews.Rows.Count));
        uasc.Reserve(parts.Sum(p => p.uasc.Rows.Count));
        oc2.Reserve(parts.Sum(p => p.oc2.Rows.Count));
        oc3.Reserve(parts.Sum(p => p.oc3.Rows.Count));
        ad1.Reserve(parts.Sum(p => p.ad1.Rows.Count));
        placed.Reserve(parts.Sum(p => p.placed.Rows.Count));
        prevPerm.Reserve(parts.Sum(p => p.prevPerm.Rows.Count));
        missing.Reserve(parts.Sum(p => p.missing.Rows.Count));
        socialWorkers.Reserve(parts.Sum(p => p.socialWorkers.Rows.Count));
        children.Plan([.. parts.Select(p => p.children)]);
        episodes.Plan([.. parts.Select(p => p.episodes)]);
        reviews.Plan([.. parts.Select(p => p.reviews)]);
        uasc.Plan([.. parts.Select(p => p.uasc)]);
        oc2.Plan([.. parts.Select(p => p.oc2)]);
        oc3.Plan([.. parts.Select(p => p.oc3)]);
        ad1.Plan([.. parts.Select(p => p.ad1)]);
        placed.Plan([.. parts.Select(p => p.placed)]);
        prevPerm.Plan([.. parts.Select(p => p.prevPerm)]);
        missing.Plan([.. parts.Select(p => p.missing)]);
        socialWorkers.Plan([.. parts.Select(p => p.socialWorkers)]);
        foreach (var part in parts)
        {
            Merge(part);
            part.Release();
        }
    }

    // Every table's look-up and the strings' cache, once no row is added.
    private void Release()
    {
        strings.Release();
        children.Release();
        episodes.Release();
        reviews.Release();
        uasc.Release();
        oc2.Release();
        oc3.Release();
        ad1.Release();
        placed.Release();
        prevPerm.Release();
        missing.Release();
        socialWorkers.Release();
    }

    private void Merge(Ssda903ReturnBuilder part)
    {
        Files.UnionWith(part.Files);
        foreach (var (source, columns) in part.columnsBySource)
        {
            columnsBySource[source] = columns;
        }

        merging = true;
        capped.Merge(part.capped);
        all.AddRange(part.all);
        for (int f = 0; f < carriedOver.Length; f++)
        {
            carriedOver[f] += part.carriedOver[f];
        }

        children.Merge(part.children, (first, again) => Repeated(Ssda903File.Header, children, first, again));
        episodes.Merge(part.episodes, (first, again) => Repeated(Ssda903File.Episodes, episodes, first, again));
        reviews.Merge(part.reviews, (first, again) => Repeated(Ssda903File.Reviews, reviews, first, again));
        uasc.Merge(part.uasc, (first, again) => Repeated(Ssda903File.Uasc, uasc, first, again));
        oc2.Merge(part.oc2, (first, again) => Repeated(Ssda903File.Oc2, oc2, first, again));
        oc3.Merge(part.oc3, (first, again) => Repeated(Ssda903File.Oc3, oc3, first, again));
        ad1.Merge(part.ad1, (first, again) => Repeated(Ssda903File.Ad1, ad1, first, again));
        placed.Merge(part.placed, (first, again) => Repeated(Ssda903File.PlacedAdoption, placed, first, again));
        prevPerm.Merge(part.prevPerm, (first, again) => Repeated(Ssda903File.PrevPerm, prevPerm, first, again));
        missing.Merge(part.missing, (first, again) => Repeated(Ssda903File.Missing, missing, first, again));
        socialWorkers.Merge(part.socialWorkers, (first, again) => Repeated(Ssda903File.SocialWorkerEpisodes, socialWorkers, first, again));
        merging = false;
    }

    /// <summary>The return, or every problem when read strictly and any was found.</summary>
    public LoadResult<Ssda903Return> Finish()
    {
        if (repeatedAcrossParts)
        {
            InLineOrder();
        }

        var kept = Ssda903Checks.Run(this);
        Release();
        for (int f = 1; f < carriedOver.Length; f++)
        {
            if (carriedOver[f] > 0)
            {
                notices.Add(string.Create(CultureInfo.InvariantCulture, $"{carriedOver[f]} row{(carriedOver[f] == 1 ? " was" : "s were")} in more than one {Ssda903Layout.NameOf((Ssda903File)f)} file (as when two years' files are read together) and {(carriedOver[f] == 1 ? "was" : "were")} read once."));
            }
        }

        if (strict && capped.Count > 0)
        {
            return capped.ToResult<Ssda903Return>().WithNotices(notices);
        }

        var value = new Ssda903Return
        {
            Files = Files,
            HeaderRows = children.Rows.Segment(),
            EpisodeRows = kept,
            Reviews = reviews.Rows.AsReadOnly(),
            UnaccompaniedAsylumSeekers = uasc.Rows.AsReadOnly(),
            HealthOutcomes = oc2.Rows.AsReadOnly(),
            CareLeaverOutcomes = oc3.Rows.AsReadOnly(),
            Adoptions = ad1.Rows.AsReadOnly(),
            PlacedForAdoption = placed.Rows.AsReadOnly(),
            PreviousPermanence = prevPerm.Rows.AsReadOnly(),
            MissingEpisodes = missing.Rows.AsReadOnly(),
            SocialWorkerEpisodes = socialWorkers.Rows.AsReadOnly(),
            Problems = all.AsReadOnly(),
        };
        return LoadResult<Ssda903Return>.ForValue(value).WithNotices(notices);
    }

    internal RowList<EpisodeRow> Episodes => episodes.Rows;

    internal RowList<HeaderRow> Children => children.Rows;

    internal void CarriedOver(Ssda903File file) => carriedOver[(int)file]++;

    /// <summary>The 1-based column of <paramref name="index"/> (in the DfE's order) in the file a record came from; 0 when not known.</summary>
    internal int ColumnOf(RecordLocation location, int index) =>
        columnsBySource.TryGetValue(location.File, out var columns) && index < columns.Length ? columns[index] : 0;

    // A row repeated across two parts of one large file is found when the parts are taken in, after the later part's
    // other problems: each file's problems are put back in the order of their lines, as one reading gives them.
    private void InLineOrder()
    {
        for (int from = 0; from < all.Count;)
        {
            int to = from;
            while (to < all.Count && all[to].Problem.Source == all[from].Problem.Source)
            {
                to++;
            }

            var run = all.GetRange(from, to - from).OrderBy(p => p.Problem.Line).ToList();
            for (int i = 0; i < run.Count; i++)
            {
                all[from + i] = run[i];
            }

            from = to;
        }
    }

    private void Add(ReturnProblem problem)
    {
        if (strict)
        {
            capped.Add(problem.Problem);
        }
        else
        {
            all.Add(problem);
        }
    }

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>?[]?[] codeLookups = new FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>?[]?[Ssda903Layout.AllFiles.Length + 1];

    /// <summary>The look-up of the DfE's codes of column <paramref name="index"/> of <paramref name="file"/>, made once a builder.</summary>
    private FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? CodeLookup(Ssda903File file, int index)
    {
        var lookups = codeLookups[(int)file] ??= [.. Ssda903Layout.ColumnsOf(file).Select(Ssda903Layout.CodeLookupOf)];
        return lookups[index];
    }

    // Codes, children and postcodes repeat: a text read again soon after is the same string.
    private string Intern(ReadOnlySpan<char> text) => strings.Get(text);

    // A child Header lists keeps Header's string in every other file: one string a child, not one a file.
    private string InternChild(ReadOnlySpan<char> text) =>
        listedChildren is { } listed && listed.TryGetValue(text, out string? known) ? known! : strings.Get(text);

    // A row given twice in one file is a problem; a row in two files (two years read together) is read once.
    private void Keep<T>(RowParser parse, Table<T> table, T record)
    {
        if (!parse.Readable)
        {
            return;
        }

        // Rows are compared by their text, so that finding a row given twice costs no allocation.
        int hash = parse.Row.TextHash();
        if (!table.TryAdd(record, hash, out var first))
        {
            Repeated(parse.Row.File, table, first, record);
        }
    }

    /// <summary>A row equal to one held: given twice in one file, a problem; in two files (two years read together), read once.</summary>
    private void Repeated<T>(Ssda903File file, Table<T> table, T first, T again)
    {
        var firstAt = table.LocationOf(first);
        var at = table.LocationOf(again);
        if (firstAt.File == at.File)
        {
            Problem(DataProblemKind.Duplicate, file, at.File, at.Line, 0, "", null, table.ChildOf(again), string.Create(CultureInfo.InvariantCulture, $"This row is the same as line {firstAt.Line}; give each row once (it is read once)."));
            repeatedAcrossParts |= merging;
        }
        else
        {
            CarriedOver(file);
        }
    }

    /// <summary>The records of one file kind, with a look-up of rows equal but for where they were read.</summary>
    internal sealed class Table<T>(Func<T, T> strip, Func<T, RecordLocation> location, Func<T, string> child)
    {
        // The rows by the hash of their text: open addressing over row numbers (each plus one; nought is empty),
        // at most half full, the hashes kept beside the rows. Rows of equal hash lie along one probe run in the
        // order they were added, and no two rows held are equal, so a look-up finds the one row equal to another.
        // Both arrays live only while the return is read, and are borrowed from the shared pool: a national return's
        // are megabytes, and memory the process has not touched before costs a page fault a page.
        private int[] slots = [];
        private int slotCount;
        private int[] hashes = [];
        private int reserved;

        // Set by Plan: this table takes its parts in by the plan and keeps no look-up (a file-sized one would be
        // probed at random); each part knows its rows equal to a row taken in before it, and that row.
        private bool planned;
        private List<(int Row, T First)>? repeats;

        public RowList<T> Rows { get; private set; } = new();

        /// <summary>Makes room for <paramref name="rows"/> rows when the table has none, so that reading a part grows nothing.</summary>
        public void Presize(int rows)
        {
            if (Rows.Count == 0 && rows > Rows.Capacity)
            {
                Rows = new RowList<T>(rows);
                Room(rows);
            }
        }

        /// <summary>Takes <paramref name="rows"/> places of <paramref name="shared"/> from <paramref name="offset"/> for the rows, when the table has none.</summary>
        public void PresizeIn(T[] shared, int offset, int rows)
        {
            if (Rows.Count == 0)
            {
                Rows = new RowList<T>(shared, offset, rows);
                Room(rows);
            }
        }

        /// <summary>Makes room for <paramref name="count"/> rows in all, so that merging parts grows nothing.</summary>
        public void Reserve(int count) => reserved = count;

        /// <summary>
        /// Takes in <paramref name="part"/>'s rows after this table's, by the plan made for every part (<see cref="Plan"/>):
        /// a row equal to one held is read once, and <paramref name="repeated"/> is told of it and the row held.
        /// </summary>
        public void Merge(Table<T> part, Action<T, T> repeated)
        {
            if (!planned)
            {
                throw new InvalidOperationException("Parts are taken in by a plan made for all of them first.");
            }

            if (part.Rows.Count == 0)
            {
                return;
            }

            if (Rows.Count == 0)
            {
                // The part's arrays change hands; this table's own go to the part, which gives them back.
                (Rows, part.Rows) = (part.Rows, Rows);
                (hashes, part.hashes) = (part.hashes, hashes);
                (slots, part.slots) = (part.slots, slots);
                (slotCount, part.slotCount) = (part.slotCount, slotCount);
                if (reserved > Rows.Count)
                {
                    Rows.Capacity = reserved;
                }

                return;
            }

            TakeByPlan(part, repeated);
        }

        /// <summary>Gives the look-up's arrays back to the pool: no row is added after this, nor looked up.</summary>
        public void Release()
        {
            Give(ref slots);
            Give(ref hashes);
            slotCount = 0;
        }

        public RecordLocation LocationOf(T record) => location(record);

        public string ChildOf(T record) => child(record);

        /// <summary>Adds the record, or gives the row equal to it already held; <paramref name="hash"/> is that of the row's text.</summary>
        public bool TryAdd(T record, int hash, out T held)
        {
            if (planned)
            {
                throw new InvalidOperationException("A table whose parts are taken in by plan keeps no look-up to add a row to.");
            }

            held = default!;
            if (2 * (Rows.Count + 1) > slotCount)
            {
                Room(Rows.Count + 1);
            }

            int mask = slotCount - 1;
            int at = Start(hash, slotCount);
            T? bare = default;
            bool stripped = false;
            for (int row; (row = slots[at] - 1) >= 0; at = (at + 1) & mask)
            {
                if (hashes[row] != hash)
                {
                    continue;
                }

                if (!stripped)
                {
                    (bare, stripped) = (strip(record), true);
                }

                if (EqualityComparer<T>.Default.Equals(strip(Rows[row]), bare!))
                {
                    held = Rows[row];
                    return false;
                }
            }

            int added = Rows.Count;
            if (added == hashes.Length)
            {
                Room(2 * added);
            }

            slots[at] = added + 1;
            Rows.Add(record);
            hashes[added] = hash;
            return true;
        }

        /// <summary>
        /// Finds, before <paramref name="parts"/> are taken in (in order, after this table's rows), each of their rows
        /// equal to a row before it, and the first such row: every row's hash sorted, so that rows of equal hash meet
        /// side by side. A look-up the size of a national file would be probed at random, each probe missing the
        /// processor's caches; sorting reads and writes in runs.
        /// </summary>
        public void Plan(IReadOnlyList<Table<T>> parts)
        {
            planned = true;
            var lists = new List<Table<T>>(parts.Count + 1);
            if (Rows.Count > 0)
            {
                lists.Add(this);
            }

            foreach (var part in parts)
            {
                part.repeats = null;
                if (part.Rows.Count > 0)
                {
                    lists.Add(part);
                }
            }

            if (lists.Count < 2)
            {
                return;
            }

            int[] starts = new int[lists.Count + 1];
            for (int l = 0; l < lists.Count; l++)
            {
                starts[l + 1] = starts[l] + lists[l].Rows.Count;
            }

            int total = starts[^1];
            uint[] keys = ArrayPool<uint>.Shared.Rent(total);
            int[] order = ArrayPool<int>.Shared.Rent(total);
            try
            {
                for (int l = 0; l < lists.Count; l++)
                {
                    for (int r = 0; r < lists[l].Rows.Count; r++)
                    {
                        keys[starts[l] + r] = (uint)lists[l].hashes[r];
                        order[starts[l] + r] = starts[l] + r;
                    }
                }

                RadixSort.ByKey(keys.AsSpan(0, total), order.AsSpan(0, total));
                for (int from = 0; from < total;)
                {
                    int to = from + 1;
                    while (to < total && keys[to] == keys[from])
                    {
                        to++;
                    }

                    // Equal hashes are in the order read (the sort keeps order), so the first equal row met is the one held.
                    for (int i = from + 1; i < to; i++)
                    {
                        var (later, laterRow) = Locate(lists, starts, order[i]);
                        var bare = strip(later.Rows[laterRow]);
                        for (int j = from; j < i; j++)
                        {
                            var (earlier, earlierRow) = Locate(lists, starts, order[j]);
                            if (!ReferenceEquals(earlier, later) && EqualityComparer<T>.Default.Equals(strip(earlier.Rows[earlierRow]), bare))
                            {
                                (later.repeats ??= []).Add((laterRow, earlier.Rows[earlierRow]));
                                break;
                            }
                        }
                    }

                    from = to;
                }
            }
            finally
            {
                ArrayPool<uint>.Shared.Return(keys);
                ArrayPool<int>.Shared.Return(order);
            }

            foreach (var list in lists)
            {
                list.repeats?.Sort((a, b) => a.Row.CompareTo(b.Row));
            }
        }

        // The list holding the row at place at: the lists hold rows, so their starts rise strictly.
        private static (Table<T> List, int Row) Locate(List<Table<T>> lists, int[] starts, int at)
        {
            int l = Array.BinarySearch(starts, at);
            l = l >= 0 ? l : ~l - 1;
            return (lists[l], at - starts[l]);
        }

        // Each row of the part not equal to one before it is added; when none is, all are taken in one copy (none
        // when they lie just after this table's rows in the array they share).
        private void TakeByPlan(Table<T> part, Action<T, T> repeated)
        {
            var found = part.repeats;
            if (found is null && Rows.TryTakeAll(part.Rows))
            {
                return;
            }

            int next = 0;
            for (int i = 0; i < part.Rows.Count; i++)
            {
                if (found is not null && next < found.Count && found[next].Row == i)
                {
                    repeated(found[next].First, part.Rows[i]);
                    next++;
                }
                else
                {
                    Rows.Add(part.Rows[i]);
                }
            }
        }

        private static int SlotsFor(int rows) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * rows));

        // Fibonacci hashing: the top bits of the product, as many as the slots need, spread any hash well.
        private static int Start(int hash, int size) => (int)(((uint)hash * 2654435769u) >> (32 - BitOperations.Log2((uint)size)));

        private static void Give(ref int[] array)
        {
            if (array.Length > 0)
            {
                ArrayPool<int>.Shared.Return(array);
            }

            array = [];
        }

        /// <summary>Makes the hashes and slots enough for <paramref name="rows"/> rows, putting the rows held back in the order they were added.</summary>
        private void Room(int rows)
        {
            int count = Rows.Count;
            if (rows > hashes.Length)
            {
                int[] more = ArrayPool<int>.Shared.Rent(Math.Max(rows, 16));
                hashes.AsSpan(0, count).CopyTo(more);
                Give(ref hashes);
                hashes = more;
            }

            int size = SlotsFor(rows);
            if (size <= slotCount)
            {
                return;
            }

            Give(ref slots);
            slots = ArrayPool<int>.Shared.Rent(size);
            slotCount = size;
            Array.Clear(slots, 0, size);
            int mask = size - 1;
            for (int row = 0; row < count; row++)
            {
                int at = Start(hashes[row], size);
                while (slots[at] != 0)
                {
                    at = (at + 1) & mask;
                }

                slots[at] = row + 1;
            }
        }
    }

    /// <summary>Reads the fields of one row, listing each problem with the row's child.</summary>
    private sealed class RowParser(Ssda903ReturnBuilder builder)
    {
        // The last text of each column of each file that was a string made or a code found in the DfE's list.
        private readonly string?[]?[] last = new string?[]?[Ssda903Layout.AllFiles.Length + 1];

        public string ChildId { get; private set; } = string.Empty;

        public Ssda903Row Row { get; private set; } = null!;

        /// <summary>Gets a value indicating whether every field the record needs could be read.</summary>
        public bool Readable { get; private set; } = true;

        public void Start(Ssda903Row row)
        {
            Row = row;
            ChildId = Repeated(0, row.Span(0)) ?? Remember(0, builder.InternChild(row.Span(0)));
            Readable = true;
        }

        public string? Text(int index) => Row.Has(index) ? Repeated(index, Row.Span(index)) ?? Remember(index, builder.Intern(Row.Span(index))) : null;

        /// <summary>The UPN of column <paramref name="index"/>: packed without a string when it has the DfE's shape.</summary>
        public PackedUpn Upn(int index) =>
            !Row.Has(index) ? default : PackedUpn.TryPack(Row.Span(index), out var packed) ? packed : PackedUpn.Of(Text(index));

        /// <summary>The string of column <paramref name="index"/> in the row before, when this row's text there is the same.</summary>
        // A child's rows come together and codes repeat down a column: comparing with the row before is cheaper than a look-up.
        public string? Repeated(int index, ReadOnlySpan<char> text) =>
            Last()[index] is { } known && text.SequenceEqual(known) ? known : null;

        /// <summary>Keeps <paramref name="text"/> as column <paramref name="index"/>'s last text, and gives it.</summary>
        public string Remember(int index, string text) => Last()[index] = text;

        // Each file's own: a text kept from one file's column never answers for another file's.
        private string?[] Last() => last[(int)Row.File] ??= new string?[Row.Names.Length];

        /// <summary>A code, kept as written; one outside the DfE's list for its column is listed (the row is kept).</summary>
        public string? Code(int index, bool required)
        {
            if (!Row.Has(index))
            {
                if (required)
                {
                    Missing(index);
                }

                return null;
            }

            var span = Row.Span(index);
            if (Repeated(index, span) is { } again)
            {
                return again;
            }

            if (builder.CodeLookup(Row.File, index) is { } lookup && lookup.TryGetValue(span, out string? known))
            {
                return Remember(index, known);
            }

            string text = builder.Intern(span);
            if (Ssda903Layout.CodesOf(Row.Names[index]) is { } codes && !codes.Contains(text))
            {
                string upper = text.ToUpperInvariant();
                string hint = upper != text && codes.Contains(upper) ? $" Codes are written in capitals: \"{upper}\"." : "";
                Fault(DataProblemKind.UnknownName, index, $"This is not one of the DfE's {Row.Names[index]} codes ({Ssda903Layout.DescribeCodes(Row.Names[index])}).{hint}");
            }

            return text;
        }

        /// <summary>A date; one that cannot be read is listed, and left empty or, when the record needs it, the row is left out.</summary>
        public LocalDate? Date(int index, bool required)
        {
            if (!Row.Has(index))
            {
                if (required)
                {
                    Missing(index);
                }

                return null;
            }

            var date = Ssda903Dates.Parse(Row.Span(index), out string? why);
            if (date is null)
            {
                if (required)
                {
                    Readable = false;
                }

                Fault(DataProblemKind.InvalidValue, index, why! + (required ? LeftOut : " It is read as empty."));
            }

            return date;
        }

        public void Fault(DataProblemKind kind, int index, string message) =>
            builder.Problem(kind, Row.File, Row.Source, Row.Lines[index], Row.Columns[index], Row.Names[index], Row.Value(index), ChildId, message);

        private void Missing(int index)
        {
            Readable = false;
            Fault(DataProblemKind.Missing, index, $"{Row.Names[index]} is empty; the {Ssda903Layout.NameOf(Row.File)} file needs it on every row." + LeftOut);
        }
    }
}
