using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace Measures.Returns.Ssda903;

/// <summary>
/// The columns of each file of the return, in the order the DfE lists them, and the code lists the reader checks.
/// </summary>
/// <remarks>
/// Columns as the DfE's SSDA903 file layout gives them and as the community validator
/// (github.com/data-to-insight/csc-validator-be-903, lac_validator/config.py) recognises files by.
/// </remarks>
internal static class Ssda903Layout
{
    /// <summary>Every file, in the order of <see cref="Ssda903File"/>.</summary>
    public static readonly Ssda903File[] AllFiles = [.. Enum.GetValues<Ssda903File>()];

    private static readonly string[][] Columns =
    [
        [],
        ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"],
        ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"],
        ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"],
        ["CHILD", "SEX", "DOB", "DUC"],
        ["CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"],
        ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"],
        ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"],
        ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"],
        ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"],
        ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"],
        ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"],
    ];

    private static readonly string[] Names = ["", "Header", "Episodes", "Reviews", "UASC", "OC2", "OC3", "AD1", "PlacedAdoption", "PrevPerm", "Missing", "SW_Episodes"];

    // The DfE code lists, as the community validator checks them (github.com/data-to-insight/csc-validator-be-903,
    // lac_validator/rules): SEX rule 101 (1, 2 to 2023/24; M, F, U from 2024/25, rules/lac2024_25/rule_101.py),
    // RNE rule 143, LS rule 144, CIN rule 145, PLACE rule 146 (K3 added from 2024/25, rules/lac2024_25/rule_146.py),
    // REC rule 149; MISSING M and A as the DfE's SSDA903 guidance defines them (missing; away without authorisation).
    private static readonly FrozenDictionary<string, string[]> CodeLists = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["SEX"] = Set("1", "2", "M", "F", "U"),
        ["RNE"] = Set("S", "L", "P", "T", "B", "U"),
        ["LS"] = Set("C1", "C2", "D1", "E1", "V2", "V3", "V4", "J1", "J2", "J3", "L1", "L2", "L3"),
        ["CIN"] = Set("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"),
        ["PLACE"] = Set("A3", "A4", "A5", "A6", "H5", "K1", "K2", "K3", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1"),
        ["REC"] = Set("E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E8", "E9", "E14", "E15", "E16", "E17", "X1"),
        ["MISSING"] = Set("M", "A"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FrozenSet<string>> CodeSets =
        CodeLists.ToFrozenDictionary(c => c.Key, c => c.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The file's columns, in the DfE's order.</summary>
    public static string[] ColumnsOf(Ssda903File file) => Columns[(int)file];

    /// <summary>The file's name as the DfE's layout gives it ("Episodes").</summary>
    public static string NameOf(Ssda903File file) => Names[(int)file];

    /// <summary>The codes allowed in <paramref name="column"/>, or <see langword="null"/> when the reader does not check it.</summary>
    public static FrozenSet<string>? CodesOf(string column) => CodeSets.GetValueOrDefault(column);

    /// <summary>Finds a code of a column's list from its text without making a string; <see langword="null"/> for a column with no list.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? CodeLookupOf(string column) =>
        CodeSets.TryGetValue(column, out var codes) ? codes.GetAlternateLookup<ReadOnlySpan<char>>() : null;

    /// <summary>The codes of a column's list, in the order listed.</summary>
    public static string[] CodeListOf(string column) => CodeLists[column];

    /// <summary>The codes of a column's list as a message shows them: "S, L, P, T, B, U".</summary>
    public static string DescribeCodes(string column) => string.Join(", ", CodeLists[column]);

    private static string[] Set(params string[] codes) => codes;
}
