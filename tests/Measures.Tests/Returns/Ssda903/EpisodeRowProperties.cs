using System;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Returns;
using Measures.Returns.Ssda903;
using NodaTime;

namespace Measures.Tests.Returns.Ssda903;

/// <summary>
/// An episode row holds its seven codes as places in the DfE's lists: whatever the texts (codes of the lists, codes
/// outside them, none), the episode comes back as it was given, and rows compare by their texts, not by how they are held.
/// </summary>
public sealed class EpisodeRowProperties
{
    // Codes of the lists, near misses (lower case, a space, a longer code) and texts no list has.
    private static readonly string?[] Texts =
        [null, "S", "L", "C2", "V3", "N1", "U1", "K2", "PR1", "PR5", "X1", "E11", "CARPL", "STAND", "c2", "u1 ", "PR6", "E4AA", "ZZ", "carpl", "123", "é", ""];

    [Property(MaxTest = 300)]
    public Property An_episode_comes_back_from_its_row_as_it_was_given(int seed)
    {
        var random = new Random(seed);
        var episode = Make(random);
        var back = EpisodeRow.Of(episode).ToEpisode();
        return (back == episode).Label($"{episode} came back as {back}");
    }

    [Property(MaxTest = 300)]
    public Property Rows_are_equal_exactly_when_their_episodes_are(int seed)
    {
        var random = new Random(seed);
        var first = Make(random);
        var second = random.Next(3) == 0 ? Make(random) : Copy(first);
        if (random.Next(2) == 0)
        {
            second = Change(second, random);
        }

        var (a, b) = (EpisodeRow.Of(first), EpisodeRow.Of(second));
        bool same = first == second;
        return (a.Equals(b) == same && (!same || a.GetHashCode() == b.GetHashCode()) && a.WithoutLocation().Equals(b.WithoutLocation()) == ((first with { Location = default }) == (second with { Location = default })))
            .Label($"{first} and {second}: equal {same}, rows equal {a.Equals(b)}");
    }

    [Fact]
    public void A_code_outside_the_lists_is_kept_and_a_row_given_twice_with_it_is_found()
    {
        // LS "Q9" is no legal status: lenient reading keeps the row with the code as written and lists it; the same
        // row again is a duplicate, as a row of listed codes would be.
        string csv = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
            + "C1,01/04/2023,S,Q9,N1,U1,PR9,,,WHIM,AB1,AB2,SC1\n"
            + "C1,01/04/2023,S,Q9,N1,U1,PR9,,,WHIM,AB1,AB2,SC1\n";
        var read = Ssda903Reader.Read([("Episodes.csv", (Stream)new MemoryStream(Encoding.UTF8.GetBytes(csv)))], Ssda903ReadOptions.Lenient);
        var episode = Assert.Single(read.Value.Episodes);
        Assert.Equal(("Q9", "PR9", "WHIM"), (episode.LegalStatus, episode.PlacementProvider, episode.ReasonPlaceChange));
        Assert.Equal(("S", "N1", "U1", (string?)null), (episode.ReasonForNewEpisode, episode.CategoryOfNeed, episode.Placement, episode.ReasonEpisodeCeased));
        Assert.Contains(read.Value.Problems, p => p.Problem.Kind == DataProblemKind.Duplicate && p.Problem.Line == 3);
        Assert.Contains(read.Value.Problems, p => p.Problem.Field == "LS" && p.Problem.Value == "Q9");
    }

    private static Episode Make(Random random) => new(
        "C" + random.Next(3),
        new LocalDate(2023, 4, 1).PlusDays(random.Next(3)),
        Pick(random) ?? "S",
        Pick(random) ?? "C2",
        Pick(random) ?? "N1",
        Pick(random) ?? "U1",
        Pick(random),
        random.Next(2) == 0 ? null : new LocalDate(2024, 1, 1).PlusDays(random.Next(3)),
        Pick(random),
        Pick(random),
        random.Next(2) == 0 ? null : "AB1",
        random.Next(2) == 0 ? null : "AB2",
        random.Next(2) == 0 ? null : "SC123456",
        random.Next(2) == 0 ? default : new RecordLocation("Episodes.csv", random.Next(1, 4)));

    // The same texts in strings of their own, so that equality cannot rest on one string being shared.
    private static Episode Copy(Episode e) => e with
    {
        ChildId = new string(e.ChildId.AsSpan()),
        ReasonForNewEpisode = new string(e.ReasonForNewEpisode.AsSpan()),
        LegalStatus = new string(e.LegalStatus.AsSpan()),
        CategoryOfNeed = new string(e.CategoryOfNeed.AsSpan()),
        Placement = new string(e.Placement.AsSpan()),
        PlacementProvider = Own(e.PlacementProvider),
        ReasonEpisodeCeased = Own(e.ReasonEpisodeCeased),
        ReasonPlaceChange = Own(e.ReasonPlaceChange),
    };

    private static Episode Change(Episode e, Random random) => random.Next(7) switch
    {
        0 => e with { ReasonForNewEpisode = Pick(random) ?? "L" },
        1 => e with { LegalStatus = Pick(random) ?? "V2" },
        2 => e with { CategoryOfNeed = Pick(random) ?? "N2" },
        3 => e with { Placement = Pick(random) ?? "K2" },
        4 => e with { PlacementProvider = Pick(random) },
        5 => e with { ReasonEpisodeCeased = Pick(random) },
        _ => e with { ReasonPlaceChange = Pick(random) },
    };

    private static string? Own(string? text) => text is null ? null : new string(text.AsSpan());

    private static string? Pick(Random random) => Texts[random.Next(Texts.Length)] is { } text ? new string(text.AsSpan()) : null;
}
