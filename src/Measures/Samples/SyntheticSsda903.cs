using System;
using Measures.Internal;
using Measures.Returns.Ssda903;
using NodaTime;

namespace Measures.Samples;

/// <summary>
/// Makes synthetic SSDA903 returns (children looked after) for tests, samples and benchmarks: every record is
/// invented, and the same arguments always give the same return.
/// </summary>
/// <remarks>
/// <para>
/// A return holds the children looked after at some time in the year to <c>yearEnd</c>, with the whole history of
/// their care back to their first period of care (up to ten years before the year), care leavers aged 19 to 21, and
/// children looked after only under short breaks. Every file is filled: Header, Episodes, Reviews, UASC, OC2, OC3,
/// AD1, PlacedAdoption, PrevPerm, Missing and SW_Episodes.
/// </para>
/// <para>
/// Shapes: periods of care that started over several years before the year end; placement moves (RNE P, T, U, B) and
/// changes of legal status in the same placement (RNE L); short breaks (LS V3, V4); children ceasing to be looked
/// after (returned home, special guardianship, independent living, at 18, adopted with REC E11 or E12 after a
/// placement for adoption, PLACE A3 to A6); children who come back into care (a second RNE S); missing and away
/// episodes; the OC2 cohort (looked after for 12 months at the year end, most with health and dental checks and
/// immunisations up to date); reviews and social workers over the year. Codes come from the DfE's SSDA903 code
/// lists. Rates are set to resemble a national return (the DfE's "Children looked after in England including
/// adoptions" release for the year ending 31 March 2024), but the figures are illustrative, not any council's.
/// </para>
/// <para>
/// Valid by construction: a child's episodes are in date order and never overlap; an episode ended with REC X1 is
/// followed by one starting that day, and any other REC by a gap; a period of care starts with RNE S; no date is
/// after the year end or before the child's birth; every child with a record in any file is in Header.
/// Identifiers are obviously invented: children "SYN000001", social workers "SYNSW0001", unique pupil numbers
/// beginning "Z999" (999 is no council's number) or the reason code UN1, postcodes in the unused area ZZ ("ZZ4 7"),
/// and URN XXXXXXX.
/// </para>
/// <para>
/// Records are made in one pass with one seeded <see cref="Random"/>, in lists sized up front: a national-size
/// return (110,000 children, about 260,000 episodes) takes well under a second. This type is thread-safe.
/// </para>
/// </remarks>
public static class SyntheticSsda903
{
    /// <summary>The most children one return may have.</summary>
    public const int MaxChildren = 2_000_000;

    /// <summary>Makes a synthetic return with the default options.</summary>
    /// <param name="children">How many children the Header file holds, 0 to <see cref="MaxChildren"/>.</param>
    /// <param name="seed">The seed: the same seed gives the same return, record for record.</param>
    /// <param name="yearEnd">The last day of the collection year (31 March for an SSDA903 year), 1950 to 2200.</param>
    /// <returns>The return, with every file.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="children"/> or the year of <paramref name="yearEnd"/> is out of range.</exception>
    public static Ssda903Return Generate(int children, int seed, LocalDate yearEnd) => Generate(children, seed, yearEnd, SyntheticSsda903Options.Default);

    /// <summary>Makes a synthetic return.</summary>
    /// <param name="children">How many children the Header file holds, 0 to <see cref="MaxChildren"/>.</param>
    /// <param name="seed">The seed: the same seed gives the same return, record for record.</param>
    /// <param name="yearEnd">The last day of the collection year (31 March for an SSDA903 year), 1950 to 2200.</param>
    /// <param name="options">The make-up of the return.</param>
    /// <returns>The return, with every file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="children"/> or the year of <paramref name="yearEnd"/> is out of range, or a share in
    /// <paramref name="options"/> is below 0 or above 0.5.
    /// </exception>
    public static Ssda903Return Generate(int children, int seed, LocalDate yearEnd, SyntheticSsda903Options options)
    {
        Preconditions.CheckArgumentRange(children, 0, MaxChildren);
        Preconditions.CheckArgumentRange(yearEnd.Year, 1950, 2200, nameof(yearEnd));
        Preconditions.CheckNotNull(options);
        CheckShare(options.CareLeaverShare, nameof(options.CareLeaverShare), nameof(options));
        CheckShare(options.ShortBreakShare, nameof(options.ShortBreakShare), nameof(options));
        return new SyntheticSsda903Builder(children, seed, yearEnd, options).Build();
    }

    private static void CheckShare(double share, string name, string paramName)
    {
        if (!(share >= 0 && share <= 0.5))
        {
            throw new ArgumentOutOfRangeException(paramName, share, FormattableString.Invariant($"{name} must be between 0 and 0.5; it was {share}."));
        }
    }
}
