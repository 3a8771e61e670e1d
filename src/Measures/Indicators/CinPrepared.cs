using System;
using System.Collections.Generic;
using System.Linq;
using Measures.Returns;
using Measures.Returns.Cin;
using NodaTime;

namespace Measures.Indicators;

/// <summary>
/// A census's children put in order once, shared by every computation and explanation made from it: a child given
/// twice is one child with the episodes of both, so that one child's referrals are judged together.
/// </summary>
internal sealed class CinPrepared
{
    public CinPrepared(CinCensus census)
    {
        var problems = ProblemsByChild(census);
        GeneralNotes = [.. census.Problems.Where(p => p.ChildId is null).Select(p => "a problem that concerns no one child: " + p.Problem)];
        Census = census;

        // A census read from a file is counted from its rows; one made in code is put in rows first.
        var segments = census.Children is CinChildList read ? read.Segments : [CinRows.From(census.Children)];
        int count = 0;
        foreach (var rows in segments)
        {
            count += rows.Children.Count;
        }

        var all = new (CinRows Rows, int Row)[count];
        int at = 0;
        foreach (var rows in segments)
        {
            for (int i = 0; i < rows.Children.Count; i++)
            {
                all[at++] = (rows, i);
            }
        }

        Count = count;
        this.problems = problems;

        // Files usually list each child once, in order: then the children are taken as they come, with no grouping
        // or sorting (the same children, in the same order, as the general path makes), each made when it is counted.
        if (InOrderOnce(all))
        {
            inOrder = all;
            return;
        }

        var byId = new Dictionary<string, List<(CinRows Rows, int Row)>>(StringComparer.Ordinal);
        foreach (var (rows, row) in all)
        {
            string id = rows.IdOf(row).Trim().ToString();
            if (!byId.TryGetValue(id, out var list))
            {
                byId[id] = list = [];
            }

            list.Add((rows, row));
        }

        grouped = [.. byId.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new Child(
            p.Value[0].Rows,
            p.Key,
            p.Value[0].Row,
            p.Value.Count == 1 ? new Episodes(p.Value[0].Rows, p.Value[0].Rows.Children[p.Value[0].Row].Episodes, null) : Gathered(p.Value),
            ProblemsOf(p.Key)))];
        Count = grouped.Length;
    }

    private readonly Dictionary<string, List<ReturnProblem>>? problems;
    private readonly (CinRows Rows, int Row)[]? inOrder;
    private readonly Child[]? grouped;

    /// <summary>The number of children (a child given more than once counted once).</summary>
    public int Count { get; }

    /// <summary>The child at <paramref name="index"/>, in ordinal order of LAchildID.</summary>
    public Child this[int index]
    {
        get
        {
            if (grouped is not null)
            {
                return grouped[index];
            }

            var (rows, row) = inOrder![index];
            return new Child(rows, null, row, new Episodes(rows, rows.Children[row].Episodes, null), problems is null ? NoProblems : ProblemsOf(rows.IdOf(row).Trim()));
        }
    }

    private static readonly IReadOnlyList<ReturnProblem> NoProblems = [];

    private IReadOnlyList<ReturnProblem> ProblemsOf(ReadOnlySpan<char> id) =>
        problems is not null && problems.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(id, out var mine) ? mine : NoProblems;

    /// <summary>Every episode of a child given more than once, in the order of the children's rows.</summary>
    private static Episodes Gathered(List<(CinRows Rows, int Row)> children)
    {
        var episodes = new List<(CinRows Rows, int Row)>();
        foreach (var (rows, row) in children)
        {
            var range = rows.Children[row].Episodes;
            for (int i = 0; i < range.Count; i++)
            {
                episodes.Add((rows, range.Start + i));
            }
        }

        return new Episodes(children[0].Rows, new(0, episodes.Count), [.. episodes]);
    }

    /// <summary>Whether each child comes once and in ordinal order of LAchildID.</summary>
    private static bool InOrderOnce((CinRows Rows, int Row)[] all)
    {
        for (int i = 1; i < all.Length; i++)
        {
            var before = all[i - 1].Rows.IdOf(all[i - 1].Row).Trim();
            if (before.SequenceCompareTo(all[i].Rows.IdOf(all[i].Row).Trim()) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static Dictionary<string, List<ReturnProblem>>? ProblemsByChild(CinCensus census)
    {
        Dictionary<string, List<ReturnProblem>>? problems = null;
        foreach (var problem in census.Problems)
        {
            if (problem.ChildId is not { } id)
            {
                continue;
            }

            problems ??= new Dictionary<string, List<ReturnProblem>>(StringComparer.Ordinal);
            if (!problems.TryGetValue(id.Trim(), out var list))
            {
                problems[id.Trim()] = list = [];
            }

            list.Add(problem);
        }

        return problems;
    }

    public CinCensus Census { get; }

    public List<string> GeneralNotes { get; }

    /// <summary>One child's episodes: a range of the rows, or, for a child given more than once, the rows listed.</summary>
    internal readonly struct Episodes(CinRows rows, CinRows.RowRange range, (CinRows Rows, int Row)[]? listed)
    {
        public int Count => range.Count;

        public ref readonly CinRows.EpisodeRow this[int index] => ref listed is null ? ref rows.Episodes[range.Start + index] : ref listed[index].Rows.Episodes[listed[index].Row];

        /// <summary>The rows the episode at <paramref name="index"/> stands in, with its assessments, enquiries and plans.</summary>
        public CinRows RowsOf(int index) => listed is null ? rows : listed[index].Rows;
    }

    /// <summary>One child: the first Child element's identifiers, every episode, and the child's problems.</summary>
    internal readonly struct Child(CinRows rows, string? id, int row, Episodes episodes, IReadOnlyList<ReturnProblem> problems)
    {
        /// <summary>Gets the LAchildID, trimmed: made when asked for (to name the child), not for every child counted.</summary>
        public string Id => id ?? rows.IdOf(row).Trim().ToString();

        /// <summary>The first Child element's row.</summary>
        public ref readonly CinRows.ChildRow First => ref rows.Children[row];

        public Episodes Episodes { get; } = episodes;

        public IReadOnlyList<ReturnProblem> Problems { get; } = problems;

        public ReturnProblem? ProblemIn(IReadOnlyList<CinModule> modules)
        {
            foreach (var problem in Problems)
            {
                if (modules.Contains((CinModule)problem.Part))
                {
                    return problem;
                }
            }

            return null;
        }

        /// <summary>Sex as M, F or U, whether the file gives Sex or the older GenderCurrent (1, 2, 0, 9).</summary>
        public string Sex => rows.Code(CinCodes.Sexes, First.Sex)?.Trim().ToUpperInvariant() switch
        {
            "M" or "1" => "M",
            "F" or "2" => "F",
            null or "" => "unknown",
            _ => "U",
        };

        /// <summary>The age band on <paramref name="day"/>: unborn, under-1, 1-4, 5-9, 10-15, 16-and-over, or unknown.</summary>
        public string AgeBandOn(LocalDate day)
        {
            if (First.DateOfBirth is not { } born)
            {
                return First.ExpectedDateOfBirth is not null ? "unborn" : "unknown";
            }

            if (day < born)
            {
                return "unborn";
            }

            return Period.Between(born, day, PeriodUnits.Years).Years switch
            {
                < 1 => "under-1",
                < 5 => "1-4",
                < 10 => "5-9",
                < 16 => "10-15",
                _ => "16-and-over",
            };
        }
    }
}
