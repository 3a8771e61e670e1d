using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;
using Measures.Returns.Ssda903;
using NodaTime;

namespace Measures.Returns.Cin;

/// <summary>
/// A census's records as rows of a few arrays, one array a kind of record, each record's own records a range of the
/// next kind's array. A read keeps its records here rather than as an object a record: a national census is a
/// million records, and the collector moves every object a read keeps, but not a large array.
/// </summary>
/// <remarks>Filled by one reader, then only read: safe to share between threads once filled.</remarks>
/// <param name="source">The file the rows are read from, whose lines the rows' places are; null for rows of records made in code, whose locations the rows list.</param>
/// <param name="large">Whether the rows are known to be many (a part of a large file): each list begins with a whole block rather than growing to one.</param>
internal sealed class CinRows(string? source, bool large = false)
{
    // The locations of records made in code, which may name any file: a row's place is its index here.
    private readonly List<RecordLocation>? made = source is null ? [] : null;

    public RowList<ChildRow> Children { get; } = new(large);

    public RowList<EpisodeRow> Episodes { get; } = new(large);

    public RowList<AssessmentRow> Assessments { get; } = new(large);

    public RowList<PlanRow> Plans { get; } = new(large);

    public RowList<EnquiryRow> Enquiries { get; } = new(large);

    public RowList<ProtectionRow> ProtectionPlans { get; } = new(large);

    /// <summary>The children's disability codes, as their numbers (see <see cref="Code"/>).</summary>
    public RowList<int> Disabilities { get; } = new(large);

    /// <summary>The assessments' factors, as characters in <see cref="Chars"/>.</summary>
    public RowList<TextRange> Factors { get; } = new(large);

    public RowList<LocalDate> ReviewDates { get; } = new(large);

    /// <summary>
    /// The characters of the children's LAchildIDs, UPNs and the assessments' factors, one after another. A string each
    /// would be a million small objects for the collector to move, and rows that pointed at strings made by the read
    /// would have the collector look through every row at each collection while those strings are young.
    /// </summary>
    public RowList<char> Chars { get; } = new(large);

    // Texts too long for a block of characters (never a real one): kept as strings.
    private readonly List<string> longTexts = [];

    /// <summary>Keeps a text's characters (a LAchildID, a UPN, a factor), giving where they stand.</summary>
    public TextRange AddText(ReadOnlySpan<char> text)
    {
        if (Chars.TryAddWhole(text, out int start))
        {
            return new(start, text.Length);
        }

        longTexts.Add(text.ToString());
        return new(-longTexts.Count, text.Length);
    }

    /// <summary>Keeps a text that may be missing (<see cref="TextRange.None"/> for null).</summary>
    public TextRange AddText(string? text) => text is null ? TextRange.None : AddText(text.AsSpan());

    // Codes not in their list (read leniently, or made in code), each kept once: a row's number for one is below 0.
    private readonly List<string> oddCodes = [];
    private readonly Dictionary<string, int> oddNumbers = new(StringComparer.Ordinal);

    /// <summary>The number a row keeps for a code of <paramref name="list"/>: its number in the list, below 0 for a code not in it, 0 for none.</summary>
    public int AddCode(CinCodes.CodeList list, string? code)
    {
        if (code is null)
        {
            return 0;
        }

        int number = list.NumberOf(code);
        if (number == 0 && !oddNumbers.TryGetValue(code, out number))
        {
            oddCodes.Add(code);
            number = -oddCodes.Count;
            oddNumbers[code] = number;
        }

        return number;
    }

    /// <summary>The code of <paramref name="list"/> a row keeps as <paramref name="number"/> (null for 0).</summary>
    public string? Code(CinCodes.CodeList list, int number) => number == 0 ? null : number > 0 ? list[number] : oddCodes[-number - 1];

    /// <summary>The location of a row's record, from its place (the row's <c>Where</c>).</summary>
    public RecordLocation Location(int where) => made is null ? new(source!, where + LineOffset) : made[where];

    /// <summary>
    /// Gets or sets the lines of the file before the rows' first line, for the rows of a later part of a file, whose
    /// places count lines from the part's start. Set by the reader before the rows are shared.
    /// </summary>
    public int LineOffset { get; set; }

    private int Place(RecordLocation location)
    {
        made!.Add(location);
        return made.Count - 1;
    }

    /// <summary>The LAchildID of the child at <paramref name="child"/> (empty when the file gave none).</summary>
    public ReadOnlySpan<char> IdOf(int child) => Text(Children[child].Id);

    /// <summary>The LAchildID of the child at <paramref name="child"/>, as a string made for the asker.</summary>
    public string IdString(int child) => IdOf(child).ToString();

    /// <summary>Keeps a UPN: one of the DfE's shape packed into a number, anything else as its characters.</summary>
    public UpnValue AddUpn(ReadOnlySpan<char> upn) =>
        PackedUpn.TryPack(upn, out var packed) ? new(packed.Number) : UpnValue.Of(AddText(upn));

    /// <summary>Keeps a UPN that may be missing.</summary>
    public UpnValue AddUpn(string? upn) => upn is null ? default : AddUpn(upn.AsSpan());

    /// <summary>A UPN kept by <see cref="AddUpn(ReadOnlySpan{char})"/>, as a string made for the asker (null for none).</summary>
    public string? Upn(UpnValue upn) => upn.IsNone ? null : upn.IsPacked ? PackedUpn.Unpack(upn.Packed) : Text(upn.Text).ToString();

    /// <summary>The characters of a text kept by <see cref="AddText(ReadOnlySpan{char})"/> (empty for none).</summary>
    public ReadOnlySpan<char> Text(TextRange range) => range.Length <= 0 ? default : range.Start >= 0 ? Chars.Span(range.Start, range.Length) : longTexts[-range.Start - 1];

    /// <summary>A text kept by <see cref="AddText(string)"/>, as a string made for the asker (null for none).</summary>
    public string? String(TextRange range) => range.IsNone ? null : Text(range).ToString();

    public RowView<AssessmentRow> AssessmentsOf(in EpisodeRow episode) => Assessments.View(episode.Assessments);

    public RowView<EnquiryRow> EnquiriesOf(in EpisodeRow episode) => Enquiries.View(episode.Enquiries);

    public RowView<ProtectionRow> ProtectionPlansOf(in EpisodeRow episode) => ProtectionPlans.View(episode.ProtectionPlans);

    /// <summary>The rows of children made in code.</summary>
    public static CinRows From(IReadOnlyList<CinChild> children)
    {
        var rows = new CinRows(null);
        foreach (var child in children)
        {
            int episodes = rows.Episodes.Count;
            foreach (var episode in child.Episodes)
            {
                int assessments = rows.Assessments.Count;
                foreach (var assessment in episode.Assessments)
                {
                    int factors = rows.Factors.Count;
                    foreach (string factor in assessment.Factors)
                    {
                        rows.Factors.Add(rows.AddText(factor));
                    }

                    rows.Assessments.Add(new AssessmentRow(assessment.StartDate, assessment.InternalReviewDate, assessment.AuthorisationDate, new(factors, assessment.Factors.Count), rows.Place(assessment.Location)));
                }

                int plans = rows.Plans.Count;
                foreach (var plan in episode.Plans)
                {
                    rows.Plans.Add(new PlanRow(plan.Start, plan.End, rows.Place(plan.Location)));
                }

                int enquiries = rows.Enquiries.Count;
                foreach (var enquiry in episode.Section47Enquiries)
                {
                    rows.Enquiries.Add(new EnquiryRow(enquiry.StartDate, enquiry.InitialConferenceTarget, enquiry.InitialConferenceDate, enquiry.ConferenceNotRequired, rows.Place(enquiry.Location)));
                }

                int protection = rows.ProtectionPlans.Count;
                foreach (var plan in episode.ProtectionPlans)
                {
                    int reviews = rows.ReviewDates.Count;
                    foreach (var day in plan.ReviewDates)
                    {
                        rows.ReviewDates.Add(day);
                    }

                    rows.ProtectionPlans.Add(new ProtectionRow(
                        plan.Start, plan.End, rows.AddCode(CinCodes.CategoriesOfAbuse, plan.InitialCategoryOfAbuse), rows.AddCode(CinCodes.CategoriesOfAbuse, plan.LatestCategoryOfAbuse), plan.PreviousPlans, new(reviews, plan.ReviewDates.Count), rows.Place(plan.Location)));
                }

                rows.Episodes.Add(new EpisodeRow(
                    episode.ReferralDate, rows.AddCode(CinCodes.ReferralSources, episode.ReferralSource), rows.AddCode(CinCodes.PrimaryNeeds, episode.PrimaryNeed), episode.ClosureDate,
                    rows.AddCode(CinCodes.ReasonsForClosure, episode.ReasonForClosure), episode.InitialConferenceDate, episode.ReferralNfa,
                    new(assessments, episode.Assessments.Count), new(plans, episode.Plans.Count), new(enquiries, episode.Section47Enquiries.Count), new(protection, episode.ProtectionPlans.Count),
                    rows.Place(episode.Location)));
            }

            int disabilities = rows.Disabilities.Count;
            foreach (string code in child.Disabilities)
            {
                rows.Disabilities.Add(rows.AddCode(CinCodes.Disabilities, code));
            }

            rows.Children.Add(new ChildRow(
                rows.AddText(child.ChildId.AsSpan()), rows.AddUpn(child.Upn), rows.AddUpn(child.FormerUpn), rows.AddText(child.UpnUnknown), child.DateOfBirth, child.ExpectedDateOfBirth, rows.AddCode(CinCodes.Sexes, child.Sex), child.DateOfDeath,
                rows.AddCode(CinCodes.Ethnicities, child.Ethnicity), new(disabilities, child.Disabilities.Count), new(episodes, child.Episodes.Count), rows.Place(child.Location)));
        }

        return rows;
    }

    /// <summary>Makes the records of one child.</summary>
    public CinChild Child(int index)
    {
        ref readonly var child = ref Children[index];
        var episodes = new CinEpisode[child.Episodes.Count];
        for (int i = 0; i < episodes.Length; i++)
        {
            episodes[i] = Episode(in Episodes[child.Episodes.Start + i]);
        }

        return new CinChild(
            IdString(index), Upn(child.Upn), Upn(child.FormerUpn), String(child.UpnUnknown), child.DateOfBirth, child.ExpectedDateOfBirth, Code(CinCodes.Sexes, child.Sex), child.DateOfDeath,
            Code(CinCodes.Ethnicities, child.Ethnicity), Codes(Disabilities.View(child.Disabilities)), Frozen(episodes), Location(child.Where));
    }

    private CinEpisode Episode(in EpisodeRow episode)
    {
        var assessments = new CinAssessment[episode.Assessments.Count];
        for (int i = 0; i < assessments.Length; i++)
        {
            ref readonly var row = ref Assessments[episode.Assessments.Start + i];
            assessments[i] = new CinAssessment(row.StartDate, row.InternalReviewDate, row.AuthorisationDate, Texts(Factors.View(row.Factors)), Location(row.Where));
        }

        var plans = new CinPlan[episode.Plans.Count];
        for (int i = 0; i < plans.Length; i++)
        {
            ref readonly var row = ref Plans[episode.Plans.Start + i];
            plans[i] = new CinPlan(row.Start, row.End, Location(row.Where));
        }

        var enquiries = new Section47Enquiry[episode.Enquiries.Count];
        for (int i = 0; i < enquiries.Length; i++)
        {
            ref readonly var row = ref Enquiries[episode.Enquiries.Start + i];
            enquiries[i] = new Section47Enquiry(row.StartDate, row.InitialConferenceTarget, row.InitialConferenceDate, row.ConferenceNotRequired, Location(row.Where));
        }

        var protection = new ProtectionPlan[episode.ProtectionPlans.Count];
        for (int i = 0; i < protection.Length; i++)
        {
            ref readonly var row = ref ProtectionPlans[episode.ProtectionPlans.Start + i];
            protection[i] = new ProtectionPlan(row.Start, row.End, Code(CinCodes.CategoriesOfAbuse, row.InitialCategoryOfAbuse), Code(CinCodes.CategoriesOfAbuse, row.LatestCategoryOfAbuse), row.PreviousPlans, List(ReviewDates.View(row.Reviews)), Location(row.Where));
        }

        return new CinEpisode(
            episode.ReferralDate, Code(CinCodes.ReferralSources, episode.ReferralSource), Code(CinCodes.PrimaryNeeds, episode.PrimaryNeed), episode.ClosureDate,
            Code(CinCodes.ReasonsForClosure, episode.ReasonForClosure), episode.InitialConferenceDate, episode.ReferralNfa,
            Frozen(assessments), Frozen(plans), Frozen(enquiries), Frozen(protection), Location(episode.Where));
    }

    private static ReadOnlyCollection<T> List<T>(RowView<T> view)
    {
        var items = new T[view.Length];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = view[i];
        }

        return Frozen(items);
    }

    private ReadOnlyCollection<string> Codes(RowView<int> view)
    {
        var items = new string[view.Length];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = Code(CinCodes.Disabilities, view[i])!;
        }

        return Frozen(items);
    }

    private ReadOnlyCollection<string> Texts(RowView<TextRange> view)
    {
        var items = new string[view.Length];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = Text(view[i]).ToString();
        }

        return Frozen(items);
    }

    private static ReadOnlyCollection<T> Frozen<T>(T[] items) => items.Length == 0 ? ReadOnlyCollection<T>.Empty : new ReadOnlyCollection<T>(items);

    /// <summary>Where one record's own records stand in the next kind's rows.</summary>
    internal readonly record struct RowRange(int Start, int Count)
    {
        public RowRange After(int offset) => new(Start + offset, Count);
    }

    /// <summary>
    /// A UPN as a row holds it, in 8 bytes: a UPN of the DfE's shape packed into a number (a hundred thousand UPNs are
    /// 2.6 MB as characters), anything else as where its characters stand.
    /// </summary>
    internal readonly struct UpnValue
    {
        // As a number, 0: none; above 0: packed (PackedUpn.Number); below 0: the top bit set, the text's length in bits
        // 32 to 62 and its start in the low 32 bits. Kept as two ints, so that a row of ints is not padded to 8 bytes.
        private readonly int low, high;

        public UpnValue(long value) => (low, high) = ((int)value, (int)(value >> 32));

        private long Value => ((long)high << 32) | (uint)low;

        public bool IsNone => Value == 0;

        public bool IsPacked => Value > 0;

        public long Packed => Value;

        public TextRange Text => new(low, high & int.MaxValue);

        public static UpnValue Of(TextRange text) => new(long.MinValue | ((long)text.Length << 32) | (uint)text.Start);
    }

    /// <summary>Where a text's characters stand in <see cref="Chars"/> (a start below 0 for one kept as a string).</summary>
    internal readonly record struct TextRange(int Start, int Length)
    {
        /// <summary>No text (an element not given).</summary>
        public static TextRange None => new(0, -1);

        public bool IsNone => Length < 0;
    }

    // The rows hold no nullable dates (8 bytes each, where a date is 4), no RecordLocation (16 bytes with its file
    // name) and no strings: a date's presence is a bit, a record's place an int and a code a number the rows resolve
    // (see Location and Code), and the collector has no reference in a row to follow. Every byte a
    // row saves is about 100 kB less memory to fetch from the system for a national census.

    /// <summary>A child's identifiers and characteristics, and where its disabilities and episodes stand.</summary>
    internal readonly struct ChildRow(
        TextRange id, UpnValue upn, UpnValue formerUpn, TextRange upnUnknown, LocalDate? dateOfBirth, LocalDate? expectedDateOfBirth, int sex, LocalDate? dateOfDeath,
        int ethnicity, RowRange disabilities, RowRange episodes, int where)
    {
        private readonly LocalDate dateOfBirth = dateOfBirth.GetValueOrDefault(), expectedDateOfBirth = expectedDateOfBirth.GetValueOrDefault(), dateOfDeath = dateOfDeath.GetValueOrDefault();
        private readonly byte dates = Dates.Of(dateOfBirth, expectedDateOfBirth, dateOfDeath);

        public TextRange Id { get; } = id;

        public UpnValue Upn { get; } = upn;

        public UpnValue FormerUpn { get; } = formerUpn;

        public TextRange UpnUnknown { get; } = upnUnknown;

        public LocalDate? DateOfBirth => Dates.Get(dates, 0, this.dateOfBirth);

        public LocalDate? ExpectedDateOfBirth => Dates.Get(dates, 1, this.expectedDateOfBirth);

        /// <summary>Sex or GenderCurrent, as its number in <see cref="CinCodes.Sexes"/> (see <see cref="Code"/>).</summary>
        public int Sex { get; } = sex;

        public LocalDate? DateOfDeath => Dates.Get(dates, 2, this.dateOfDeath);

        /// <summary>Ethnicity, as its number in <see cref="CinCodes.Ethnicities"/>.</summary>
        public int Ethnicity { get; } = ethnicity;

        public RowRange Disabilities { get; } = disabilities;

        public RowRange Episodes { get; } = episodes;

        /// <summary>Where the record stands, as <see cref="Location"/> resolves it.</summary>
        public int Where { get; } = where;
    }

    /// <summary>An episode (CINdetails), and where its own records stand.</summary>
    internal readonly struct EpisodeRow(
        LocalDate? referralDate, int referralSource, int primaryNeed, LocalDate? closureDate, int reasonForClosure, LocalDate? initialConferenceDate,
        bool referralNfa, RowRange assessments, RowRange plans, RowRange enquiries, RowRange protectionPlans, int where)
    {
        private readonly LocalDate referralDate = referralDate.GetValueOrDefault(), closureDate = closureDate.GetValueOrDefault(), initialConferenceDate = initialConferenceDate.GetValueOrDefault();
        private readonly byte dates = Dates.Of(referralDate, closureDate, initialConferenceDate);

        public LocalDate? ReferralDate => Dates.Get(dates, 0, this.referralDate);

        /// <summary>ReferralSource, as its number in <see cref="CinCodes.ReferralSources"/>.</summary>
        public int ReferralSource { get; } = referralSource;

        /// <summary>PrimaryNeedCode, as its number in <see cref="CinCodes.PrimaryNeeds"/>.</summary>
        public int PrimaryNeed { get; } = primaryNeed;

        public LocalDate? ClosureDate => Dates.Get(dates, 1, this.closureDate);

        /// <summary>ReasonForClosure, as its number in <see cref="CinCodes.ReasonsForClosure"/>.</summary>
        public int ReasonForClosure { get; } = reasonForClosure;

        public LocalDate? InitialConferenceDate => Dates.Get(dates, 2, this.initialConferenceDate);

        public bool ReferralNfa { get; } = referralNfa;

        public RowRange Assessments { get; } = assessments;

        public RowRange Plans { get; } = plans;

        public RowRange Enquiries { get; } = enquiries;

        public RowRange ProtectionPlans { get; } = protectionPlans;

        /// <summary>Where the record stands, as <see cref="Location"/> resolves it.</summary>
        public int Where { get; } = where;
    }

    /// <summary>An assessment, and where its factors stand.</summary>
    internal readonly struct AssessmentRow(LocalDate? startDate, LocalDate? internalReviewDate, LocalDate? authorisationDate, RowRange factors, int where)
    {
        private readonly LocalDate startDate = startDate.GetValueOrDefault(), internalReviewDate = internalReviewDate.GetValueOrDefault(), authorisationDate = authorisationDate.GetValueOrDefault();
        private readonly byte dates = Dates.Of(startDate, internalReviewDate, authorisationDate);

        public LocalDate? StartDate => Dates.Get(dates, 0, this.startDate);

        public LocalDate? InternalReviewDate => Dates.Get(dates, 1, this.internalReviewDate);

        public LocalDate? AuthorisationDate => Dates.Get(dates, 2, this.authorisationDate);

        public RowRange Factors { get; } = factors;

        /// <summary>Where the record stands, as <see cref="Location"/> resolves it.</summary>
        public int Where { get; } = where;
    }

    /// <summary>A child in need plan.</summary>
    internal readonly struct PlanRow(LocalDate? start, LocalDate? end, int where)
    {
        private readonly LocalDate start = start.GetValueOrDefault(), end = end.GetValueOrDefault();
        private readonly byte dates = Dates.Of(start, end, null);

        public LocalDate? Start => Dates.Get(dates, 0, this.start);

        public LocalDate? End => Dates.Get(dates, 1, this.end);

        /// <summary>Where the record stands, as <see cref="Location"/> resolves it.</summary>
        public int Where { get; } = where;
    }

    /// <summary>A section 47 enquiry.</summary>
    internal readonly struct EnquiryRow(LocalDate? startDate, LocalDate? initialConferenceTarget, LocalDate? initialConferenceDate, bool conferenceNotRequired, int where)
    {
        private readonly LocalDate startDate = startDate.GetValueOrDefault(), initialConferenceTarget = initialConferenceTarget.GetValueOrDefault(), initialConferenceDate = initialConferenceDate.GetValueOrDefault();
        private readonly byte dates = Dates.Of(startDate, initialConferenceTarget, initialConferenceDate);

        public LocalDate? StartDate => Dates.Get(dates, 0, this.startDate);

        public LocalDate? InitialConferenceTarget => Dates.Get(dates, 1, this.initialConferenceTarget);

        public LocalDate? InitialConferenceDate => Dates.Get(dates, 2, this.initialConferenceDate);

        public bool ConferenceNotRequired { get; } = conferenceNotRequired;

        /// <summary>Where the record stands, as <see cref="Location"/> resolves it.</summary>
        public int Where { get; } = where;
    }

    /// <summary>A child protection plan, and where its review dates stand.</summary>
    internal readonly struct ProtectionRow(
        LocalDate? start, LocalDate? end, int initialCategoryOfAbuse, int latestCategoryOfAbuse, int previousPlans, RowRange reviews, int where)
    {
        private readonly LocalDate start = start.GetValueOrDefault(), end = end.GetValueOrDefault();
        private readonly byte dates = Dates.Of(start, end, null);

        public LocalDate? Start => Dates.Get(dates, 0, this.start);

        public LocalDate? End => Dates.Get(dates, 1, this.end);

        /// <summary>InitialCategoryOfAbuse, as its number in <see cref="CinCodes.CategoriesOfAbuse"/>.</summary>
        public int InitialCategoryOfAbuse { get; } = initialCategoryOfAbuse;

        /// <summary>LatestCategoryOfAbuse, as its number in <see cref="CinCodes.CategoriesOfAbuse"/>.</summary>
        public int LatestCategoryOfAbuse { get; } = latestCategoryOfAbuse;

        public int PreviousPlans { get; } = previousPlans;

        public RowRange Reviews { get; } = reviews;

        /// <summary>Where the record stands, as <see cref="Location"/> resolves it.</summary>
        public int Where { get; } = where;
    }

    /// <summary>Which of a row's (up to three) dates are given, a bit each.</summary>
    private static class Dates
    {
        public static byte Of(LocalDate? first, LocalDate? second, LocalDate? third) =>
            (byte)((first.HasValue ? 1 : 0) | (second.HasValue ? 2 : 0) | (third.HasValue ? 4 : 0));

        public static LocalDate? Get(byte given, int which, LocalDate date) => (given & (1 << which)) != 0 ? date : null;
    }

    /// <summary>A view of a record's own rows.</summary>
    internal readonly struct RowView<T>(RowList<T> list, RowRange range)
    {
        public int Length => range.Count;

        public ref readonly T this[int index] => ref list[range.Start + index];
    }

    /// <summary>
    /// A growing list of rows, in blocks: the first grows by doubling up to a block's size, then each block is
    /// filled and kept, so that a large read never copies its rows to grow.
    /// </summary>
    internal sealed class RowList<T>
    {
        // As few rows a block as make it a large object (85,000 bytes or more), which the collector leaves where it is
        // rather than copying it from generation to generation; no more, since each list's last block is partly empty.
        private static readonly int Shift = BlockShift(Unsafe.SizeOf<T>());
        private static readonly int BlockSize = 1 << Shift;
        private static readonly int Mask = BlockSize - 1;
        private T[][] blocks;

        /// <param name="full">Whether the first block is made whole at once.</param>
        public RowList(bool full = false) => blocks = [full ? new T[BlockSize] : []];

        public int Count { get; private set; }

        public ref readonly T this[int index] => ref blocks[index >> Shift][index & Mask];

        public RowView<T> View(RowRange range) => new(this, range);

        public void Add(in T item)
        {
            int block = Count >> Shift, at = Count & Mask;
            if (block == blocks.Length)
            {
                Array.Resize(ref blocks, blocks.Length * 2);
            }

            ref var items = ref blocks[block];
            if (items is null)
            {
                items = new T[BlockSize];
            }
            else if (at == items.Length)
            {
                Array.Resize(ref items, Math.Min(BlockSize, Math.Max(16, items.Length * 2)));
            }

            items[at] = item;
            Count++;
        }

        private static int BlockShift(int size)
        {
            int shift = 10;
            while ((size << shift) < 85_000)
            {
                shift++;
            }

            return shift;
        }

        /// <summary>Adds <paramref name="items"/> in one block, passing over the end of a block they would cross; false when they are more than a block holds.</summary>
        public bool TryAddWhole(ReadOnlySpan<T> items, out int start)
        {
            start = Count;
            if (items.Length > BlockSize)
            {
                return false;
            }

            if ((Count & Mask) + items.Length > BlockSize)
            {
                // The rest of this block is left unused (never read: no range points into it).
                int next = (Count | Mask) + 1;
                while (Count < next)
                {
                    Add(default!);
                }

                start = Count;
            }

            foreach (ref readonly var item in items)
            {
                Add(in item);
            }

            return true;
        }

        /// <summary>The items from <paramref name="start"/>, all in one block (as <see cref="TryAddWhole"/> adds them).</summary>
        public ReadOnlySpan<T> Span(int start, int length) => blocks[start >> Shift].AsSpan(start & Mask, length);

        /// <summary>Drops the rows from <paramref name="count"/> on, as when a record read in part is given up.</summary>
        public void Truncate(int count)
        {
            // Rows past the count are written over by the next added; they hold nothing a census keeps.
            Count = Math.Min(Count, count);
        }

        public void AddRange(ReadOnlySpan<T> more)
        {
            foreach (ref readonly var item in more)
            {
                Add(in item);
            }
        }
    }
}
