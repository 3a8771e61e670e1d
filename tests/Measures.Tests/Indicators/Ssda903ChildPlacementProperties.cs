using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Indicators;
using Measures.Returns;
using Measures.Returns.Ssda903;
using NodaTime;

namespace Measures.Tests.Indicators;

/// <summary>
/// A placement is a run of consecutive episodes in which every one after the first has RNE L. A child of up to 64
/// episodes keeps which episodes start one a bit each; a child of more keeps arrays: both must give what counting
/// the runs gives.
/// </summary>
public sealed class Ssda903ChildPlacementProperties
{
    [Property(MaxTest = 300)]
    public Property Placements_are_the_runs_of_episodes_joined_by_a_legal_status_change(int seed)
    {
        // Up to 130 episodes: both sides of 64, and exactly 64 and 65 now and then.
        var random = new Random(seed);
        int count = random.Next(5) switch { 0 => 64, 1 => 65, _ => 1 + random.Next(130) };
        var reasons = Enumerable.Range(0, count).Select(i => i == 0 ? "S" : random.Next(3) == 0 ? "P" : "L").ToArray();
        var day = new LocalDate(2020, 1, 1);
        var rows = reasons.Select((reason, i) => new EpisodeRow("C1", day.PlusDays(i), reason, "C2", "N1", "U1", null, day.PlusDays(i + 1), null, null, null, null, null, RecordLocation.None)).ToArray();
        var child = new Ssda903Child("C1", [], new ArraySegment<EpisodeRow>(rows), []);

        // The expected placements, counted directly.
        var placementOf = new int[count];
        var first = new List<int>();
        for (int i = 0; i < count; i++)
        {
            if (i == 0 || reasons[i] != "L")
            {
                first.Add(i);
            }

            placementOf[i] = first.Count - 1;
        }

        var problems = new List<string>();
        if (child.PlacementCount != first.Count)
        {
            problems.Add($"{child.PlacementCount} placements, not {first.Count}");
        }

        for (int i = 0; i < count; i++)
        {
            if (child.PlacementOf(i) != placementOf[i] || child.FirstEpisodeOfPlacementOf(i) != first[placementOf[i]])
            {
                problems.Add($"episode {i}: placement {child.PlacementOf(i)} from {child.FirstEpisodeOfPlacementOf(i)}, not {placementOf[i]} from {first[placementOf[i]]}");
            }
        }

        for (int p = 0; p < first.Count; p++)
        {
            int last = p + 1 < first.Count ? first[p + 1] - 1 : count - 1;
            var episodes = child.EpisodesOf(p).ToArray();
            if (!episodes.SequenceEqual(Enumerable.Range(first[p], last - first[p] + 1)) || child.Placement(p) != (rows[first[p]].Start, rows[last].End))
            {
                problems.Add($"placement {p}: episodes {string.Join(",", episodes)}");
            }
        }

        return (problems.Count == 0).Label($"{count} episodes ({string.Concat(reasons)}): {string.Join("; ", problems.Take(5))}");
    }

    [Fact]
    public void An_episode_or_placement_a_child_does_not_have_is_refused()
    {
        var day = new LocalDate(2020, 1, 1);
        EpisodeRow[] rows = [new("C1", day, "S", "C2", "N1", "U1", null, null, null, null, null, null, null, RecordLocation.None)];
        var child = new Ssda903Child("C1", [], new ArraySegment<EpisodeRow>(rows), []);
        Assert.Throws<ArgumentOutOfRangeException>(() => child.PlacementOf(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => child.Placement(1));

        // Beyond 64 episodes the placements are held in an array: refused the same way.
        var many = Enumerable.Range(0, 70).Select(i => new EpisodeRow("C1", day.PlusDays(i), i == 0 ? "S" : "P", "C2", "N1", "U1", null, day.PlusDays(i + 1), null, null, null, null, null, RecordLocation.None)).ToArray();
        var longer = new Ssda903Child("C1", [], new ArraySegment<EpisodeRow>(many), []);
        Assert.Equal(70, longer.PlacementCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => longer.PlacementOf(70));
        Assert.Throws<ArgumentOutOfRangeException>(() => longer.PlacementOf(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => longer.Placement(70));
    }
}
