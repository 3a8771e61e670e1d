using System;
using System.Globalization;

namespace Measures.Samples;

/// <summary>
/// The SSDA903 codes the synthetic return draws from, each list with weights, from the DfE's SSDA903 code lists (as
/// the data-to-insight 903 validator holds them: RNE, LS, CIN, PLACE, REC, REASON_PLACE_CHANGE, IN_TOUCH, ACTIV, ACCOM).
/// The weights are illustrative, chosen so that the return resembles a national one.
/// </summary>
internal static class SyntheticSsda903Codes
{
    // Ethnicity, weighted as the DfE's 2024 release gives children looked after: 71% White, 11% Mixed, 7% Black,
    // 5% Asian, 5% other, 1% not known.
    public static readonly Weighted Ethnicity = new(
        ("WBRI", 620), ("WIRI", 5), ("WIRT", 10), ("WOTH", 60), ("WROM", 15),
        ("MWBC", 40), ("MWBA", 15), ("MWAS", 20), ("MOTH", 35),
        ("AIND", 10), ("APKN", 20), ("ABAN", 8), ("AOTH", 12),
        ("BCRB", 15), ("BAFR", 40), ("BOTH", 15),
        ("CHNE", 2), ("OOTH", 48), ("REFU", 4), ("NOBT", 6));

    // Category of need: abuse or neglect by far the most common.
    public static readonly Weighted CategoryOfNeed = new(("N1", 650), ("N2", 30), ("N3", 30), ("N4", 80), ("N5", 140), ("N6", 20), ("N7", 2), ("N8", 48));

    // Legal status at the start of a period of care (V3 and V4, short breaks, are made apart).
    public static readonly Weighted FirstLegalStatus = new(("V2", 450), ("C2", 380), ("C1", 50), ("L1", 30), ("L2", 20), ("J1", 20), ("J2", 10), ("J3", 5));

    public static readonly Weighted PlacementUnder5 = new(("U1", 6), ("U2", 2), ("U3", 12), ("U4", 15), ("U5", 4), ("U6", 50), ("P1", 9), ("R3", 2));

    public static readonly Weighted PlacementUnder16 = new(("U1", 6), ("U2", 1), ("U3", 9), ("U4", 22), ("U5", 1), ("U6", 38), ("K2", 9), ("P1", 7), ("R1", 1), ("S1", 1), ("Z1", 1));

    public static readonly Weighted Placement16Plus = new(("U1", 4), ("U3", 5), ("U4", 16), ("U6", 18), ("K2", 12), ("H5", 33), ("P1", 4), ("P2", 4), ("Z1", 2), ("R5", 1));

    public static readonly Weighted ProviderFoster = new(("PR1", 60), ("PR4", 35), ("PR5", 5));

    public static readonly Weighted ProviderHome = new(("PR1", 20), ("PR4", 75), ("PR5", 5));

    public static readonly Weighted ProviderAdoption = new(("PR1", 70), ("PR2", 10), ("PR5", 20));

    public static readonly Weighted ReasonPlaceChange = new(
        ("CARPL", 30), ("CHILD", 12), ("CREQB", 8), ("CREQO", 6), ("ALLEG", 3), ("STAND", 5), ("APPRR", 5),
        ("LAREQ", 10), ("PLACE", 10), ("CLOSE", 3), ("CUSTOD", 1), ("OTHER", 7));

    // Why a period of care ended, for a child under 18 and not adopted.
    public static readonly Weighted Ceased = new(
        ("E4A", 300), ("E4B", 30), ("E13", 90), ("E41", 50), ("E45", 50), ("E46", 20), ("E47", 30), ("E48", 10),
        ("E5", 40), ("E6", 20), ("E8", 120), ("E15", 20), ("E16", 5), ("E9", 5), ("E14", 10), ("E3", 5), ("E2", 1));

    // Why a period of care ended on the 18th birthday.
    public static readonly Weighted CeasedAt18 = new(("E17", 30), ("E8", 40), ("E5", 15), ("E6", 15));

    // Why an earlier period of care ended, for a child who came back into care.
    public static readonly Weighted CeasedBeforeReturn = new(("E4A", 60), ("E4B", 10), ("E13", 20), ("E41", 10));

    public static readonly Weighted ReviewParticipation = new(("PN1", 60), ("PN2", 10), ("PN3", 8), ("PN4", 6), ("PN5", 6), ("PN6", 5), ("PN7", 5));

    public static readonly Weighted SocialWorkerReason = new(("MANAGE", 20), ("FIXED", 10), ("LEFTROLE", 35), ("ORGRESTRUC", 10), ("CHILDMOVE", 10), ("CHCHOICE", 5), ("OTHER", 10));

    public static readonly Weighted InTouch = new(("YES", 880), ("NO", 50), ("REFU", 35), ("NREQ", 20), ("RHOM", 13), ("DIED", 2));

    // Main activity of a care leaver in touch: F1–P4 and F5, P5 in education, training or employment; G4–G6 not.
    public static readonly Weighted Activity = new(
        ("F1", 70), ("P1", 10), ("F2", 140), ("P2", 30), ("F4", 60), ("P4", 20), ("F5", 170), ("P5", 60),
        ("G4", 140), ("G5", 250), ("G6", 50));

    // Accommodation of a care leaver in touch: a letter and 1 (suitable) or 2 (not suitable).
    public static readonly Weighted AccommodationType = new(
        ("B", 40), ("C", 60), ("D", 120), ("E", 60), ("G", 20), ("H", 60), ("K", 20), ("R", 60), ("S", 10),
        ("T", 40), ("U", 250), ("V", 140), ("W", 20), ("X", 10), ("Y", 20), ("Z", 10));

    public static readonly Weighted PreviousPermanenceKind = new(("Z1", 880), ("P1", 20), ("P2", 50), ("P3", 50));

    /// <summary>Fake partial postcodes in the unused postcode area ZZ: "ZZ0 0" to "ZZ9 9".</summary>
    public static readonly string[] Postcodes = MakePostcodes();

    private static string[] MakePostcodes()
    {
        var postcodes = new string[100];
        for (int i = 0; i < postcodes.Length; i++)
        {
            postcodes[i] = string.Create(CultureInfo.InvariantCulture, $"ZZ{i / 10} {i % 10}");
        }

        return postcodes;
    }

    /// <summary>A list of codes with integer weights, drawn from in proportion to them.</summary>
    internal sealed class Weighted
    {
        private readonly string[] codes;
        private readonly int[] cumulative;

        public Weighted(params (string Code, int Weight)[] entries)
        {
            codes = new string[entries.Length];
            cumulative = new int[entries.Length];
            int total = 0;
            for (int i = 0; i < entries.Length; i++)
            {
                codes[i] = entries[i].Code;
                total += entries[i].Weight;
                cumulative[i] = total;
            }
        }

        /// <summary>Gets the codes of the list.</summary>
        public ReadOnlySpan<string> Codes => codes;

        public string Draw(Random random)
        {
            int x = random.Next(cumulative[^1]);
            int i = Array.BinarySearch(cumulative, x + 1);
            return codes[i >= 0 ? i : ~i];
        }
    }
}
