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

        // Files usually list each child once, in order: then the children are taken as they come, with no grouping
        // or sorting (the same children, in the same order, as the general path makes).
        if (InOrderOnce(census.Children) is { } ids)
        {
            Children = new Child[ids.Length];
            for (int i = 0; i < ids.Length; i++)
            {
                var only = census.Children[i];
                Children[i] = new Child(ids[i], only, only.Episodes, problems is not null && problems.TryGetValue(ids[i], out var mine) ? mine : []);
            }

            return;
        }

        var byId = new Dictionary<string, List<CinChild>>(StringComparer.Ordinal);
        foreach (var child in census.Children)
        {
            string id = child.ChildId.Trim();
            if (!byId.TryGetValue(id, out var list))
            {
                byId[id] = list = [];
            }

            list.Add(child);
        }

        Children = [.. byId.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new Child(
            p.Key,
            p.Value[0],
            p.Value.Count == 1 ? p.Value[0].Episodes : [.. p.Value.SelectMany(c => c.Episodes)],
            problems is not null && problems.TryGetValue(p.Key, out var own) ? own : []))];
    }

    /// <summary>The children's identifiers when each child comes once and in ordinal order, else null.</summary>
    private static string[]? InOrderOnce(IReadOnlyList<CinChild> children)
    {
        var ids = new string[children.Count];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = children[i].ChildId.Trim();
            if (i > 0 && string.CompareOrdinal(ids[i - 1], ids[i]) >= 0)
            {
                return null;
            }
        }

        return ids;
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

    public Child[] Children { get; }

    public List<string> GeneralNotes { get; }

    /// <summary>One child: the first Child element's identifiers, every episode, and the child's problems.</summary>
    internal sealed record Child(string Id, CinChild First, IReadOnlyList<CinEpisode> Episodes, IReadOnlyList<ReturnProblem> Problems)
    {
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
        public string Sex => First.Sex?.Trim().ToUpperInvariant() switch
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
