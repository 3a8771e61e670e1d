using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Measures.Returns.Cin;

/// <summary>
/// A census's records as rows of a few arrays, one array a kind of record, each record's own records a range of the
/// next kind's array. A read keeps its records here rather than as an object a record: a national census is a
/// million records, and the collector moves every object a read keeps, but not a large array.
/// </summary>
/// <remarks>Filled by one reader, then only read: safe to share between threads once filled.</remarks>
/// <param name="large">Whether the rows are known to be many (a part of a large file): each list begins with a whole block rather than growing to one.</param>
internal sealed class CinRows(bool large = false)
{
    public RowList<ChildRow> Children { get; } = new(large);

    public RowList<EpisodeRow> Episodes { get; } = new(large);

    public RowList<AssessmentRow> Assessments { get; } = new(large);

    public RowList<PlanRow> Plans { get; } = new(large);

    public RowList<EnquiryRow> Enquiries { get; } = new(large);

    public RowList<ProtectionRow> ProtectionPlans { get; } = new(large);

    /// <summary>The children's disability codes and the assessments' factors.</summary>
    public RowList<string> Codes { get; } = new(large);

    public RowList<LocalDate> ReviewDates { get; } = new(large);

    /// <summary>The characters of the children's LAchildIDs, one after another: a string each would be a million small objects for the collector to move.</summary>
    public RowList<char> IdChars { get; } = new(large);

    // LAchildIDs too long for a block of characters (never a real one): kept as strings.
    private readonly List<string> longIds = [];

    /// <summary>Keeps a LAchildID's characters, giving where they stand.</summary>
    public TextRange AddId(ReadOnlySpan<char> id)
    {
        if (IdChars.TryAddWhole(id, out int start))
        {
            return new(start, id.Length);
        }

        longIds.Add(id.ToString());
        return new(-longIds.Count, id.Length);
    }

    /// <summary>The LAchildID of the child at <paramref name="child"/> (empty when the file gave none).</summary>
    public ReadOnlySpan<char> IdOf(int child) => Text(Children[child].Id);

    /// <summary>The LAchildID of the child at <paramref name="child"/>, as a string made for the asker.</summary>
    public string IdString(int child) => IdOf(child).ToString();

    private ReadOnlySpan<char> Text(TextRange range) => range.Length == 0 ? default : range.Start >= 0 ? IdChars.Span(range.Start, range.Length) : longIds[-range.Start - 1];

    public RowView<AssessmentRow> AssessmentsOf(in EpisodeRow episode) => Assessments.View(episode.Assessments);

    public RowView<EnquiryRow> EnquiriesOf(in EpisodeRow episode) => Enquiries.View(episode.Enquiries);

    public RowView<ProtectionRow> ProtectionPlansOf(in EpisodeRow episode) => ProtectionPlans.View(episode.ProtectionPlans);

    /// <summary>The rows of children made in code.</summary>
    public static CinRows From(IReadOnlyList<CinChild> children)
    {
        var rows = new CinRows();
        foreach (var child in children)
        {
            int episodes = rows.Episodes.Count;
            foreach (var episode in child.Episodes)
            {
                int assessments = rows.Assessments.Count;
                foreach (var assessment in episode.Assessments)
                {
                    int factors = rows.AddCodes(assessment.Factors);
                    rows.Assessments.Add(new AssessmentRow(assessment.StartDate, assessment.InternalReviewDate, assessment.AuthorisationDate, new(factors, assessment.Factors.Count), assessment.Location));
                }

                int plans = rows.Plans.Count;
                foreach (var plan in episode.Plans)
                {
                    rows.Plans.Add(new PlanRow(plan.Start, plan.End, plan.Location));
                }

                int enquiries = rows.Enquiries.Count;
                foreach (var enquiry in episode.Section47Enquiries)
                {
                    rows.Enquiries.Add(new EnquiryRow(enquiry.StartDate, enquiry.InitialConferenceTarget, enquiry.InitialConferenceDate, enquiry.ConferenceNotRequired, enquiry.Location));
                }

                int protection = rows.ProtectionPlans.Count;
                foreach (var plan in episode.ProtectionPlans)
                {
                    int reviews = rows.ReviewDates.Count;
                    foreach (var day in plan.ReviewDates)
                    {
                        rows.ReviewDates.Add(day);
                    }

                    rows.ProtectionPlans.Add(new ProtectionRow(plan.Start, plan.End, plan.InitialCategoryOfAbuse, plan.LatestCategoryOfAbuse, plan.PreviousPlans, new(reviews, plan.ReviewDates.Count), plan.Location));
                }

                rows.Episodes.Add(new EpisodeRow(
                    episode.ReferralDate, episode.ReferralSource, episode.PrimaryNeed, episode.ClosureDate, episode.ReasonForClosure, episode.InitialConferenceDate, episode.ReferralNfa,
                    new(assessments, episode.Assessments.Count), new(plans, episode.Plans.Count), new(enquiries, episode.Section47Enquiries.Count), new(protection, episode.ProtectionPlans.Count),
                    episode.Location));
            }

            int disabilities = rows.AddCodes(child.Disabilities);
            rows.Children.Add(new ChildRow(
                rows.AddId(child.ChildId), child.Upn, child.FormerUpn, child.UpnUnknown, child.DateOfBirth, child.ExpectedDateOfBirth, child.Sex, child.DateOfDeath, child.Ethnicity,
                new(disabilities, child.Disabilities.Count), new(episodes, child.Episodes.Count), child.Location));
        }

        return rows;
    }

    private int AddCodes(IReadOnlyList<string> codes)
    {
        int start = Codes.Count;
        foreach (string code in codes)
        {
            Codes.Add(code);
        }

        return start;
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
            IdString(index), child.Upn, child.FormerUpn, child.UpnUnknown, child.DateOfBirth, child.ExpectedDateOfBirth, child.Sex, child.DateOfDeath, child.Ethnicity,
            List(Codes.View(child.Disabilities)), Frozen(episodes), child.Location);
    }

    private CinEpisode Episode(in EpisodeRow episode)
    {
        var assessments = new CinAssessment[episode.Assessments.Count];
        for (int i = 0; i < assessments.Length; i++)
        {
            ref readonly var row = ref Assessments[episode.Assessments.Start + i];
            assessments[i] = new CinAssessment(row.StartDate, row.InternalReviewDate, row.AuthorisationDate, List(Codes.View(row.Factors)), row.Location);
        }

        var plans = new CinPlan[episode.Plans.Count];
        for (int i = 0; i < plans.Length; i++)
        {
            ref readonly var row = ref Plans[episode.Plans.Start + i];
            plans[i] = new CinPlan(row.Start, row.End, row.Location);
        }

        var enquiries = new Section47Enquiry[episode.Enquiries.Count];
        for (int i = 0; i < enquiries.Length; i++)
        {
            ref readonly var row = ref Enquiries[episode.Enquiries.Start + i];
            enquiries[i] = new Section47Enquiry(row.StartDate, row.InitialConferenceTarget, row.InitialConferenceDate, row.ConferenceNotRequired, row.Location);
        }

        var protection = new ProtectionPlan[episode.ProtectionPlans.Count];
        for (int i = 0; i < protection.Length; i++)
        {
            ref readonly var row = ref ProtectionPlans[episode.ProtectionPlans.Start + i];
            protection[i] = new ProtectionPlan(row.Start, row.End, row.InitialCategoryOfAbuse, row.LatestCategoryOfAbuse, row.PreviousPlans, List(ReviewDates.View(row.Reviews)), row.Location);
        }

        return new CinEpisode(
            episode.ReferralDate, episode.ReferralSource, episode.PrimaryNeed, episode.ClosureDate, episode.ReasonForClosure, episode.InitialConferenceDate, episode.ReferralNfa,
            Frozen(assessments), Frozen(plans), Frozen(enquiries), Frozen(protection), episode.Location);
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

    private static ReadOnlyCollection<T> Frozen<T>(T[] items) => items.Length == 0 ? ReadOnlyCollection<T>.Empty : new ReadOnlyCollection<T>(items);

    /// <summary>Where one record's own records stand in the next kind's rows.</summary>
    internal readonly record struct RowRange(int Start, int Count)
    {
        public RowRange After(int offset) => new(Start + offset, Count);
    }

    /// <summary>Where a LAchildID's characters stand (a start below 0 for one kept as a string).</summary>
    internal readonly record struct TextRange(int Start, int Length);

    internal readonly record struct ChildRow(
        TextRange Id, string? Upn, string? FormerUpn, string? UpnUnknown, LocalDate? DateOfBirth, LocalDate? ExpectedDateOfBirth, string? Sex, LocalDate? DateOfDeath,
        string? Ethnicity, RowRange Disabilities, RowRange Episodes, RecordLocation Location);

    internal readonly record struct EpisodeRow(
        LocalDate? ReferralDate, string? ReferralSource, string? PrimaryNeed, LocalDate? ClosureDate, string? ReasonForClosure, LocalDate? InitialConferenceDate,
        bool ReferralNfa, RowRange Assessments, RowRange Plans, RowRange Enquiries, RowRange ProtectionPlans, RecordLocation Location);

    internal readonly record struct AssessmentRow(LocalDate? StartDate, LocalDate? InternalReviewDate, LocalDate? AuthorisationDate, RowRange Factors, RecordLocation Location);

    internal readonly record struct PlanRow(LocalDate? Start, LocalDate? End, RecordLocation Location);

    internal readonly record struct EnquiryRow(LocalDate? StartDate, LocalDate? InitialConferenceTarget, LocalDate? InitialConferenceDate, bool ConferenceNotRequired, RecordLocation Location);

    internal readonly record struct ProtectionRow(
        LocalDate? Start, LocalDate? End, string? InitialCategoryOfAbuse, string? LatestCategoryOfAbuse, int PreviousPlans, RowRange Reviews, RecordLocation Location);

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
