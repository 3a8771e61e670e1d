namespace Measures.Tests.Calculation;

/// <summary>
/// Published outputs of the public-health indicator methods package that councils' public-health teams use,
/// kept with the digits as printed.
/// </summary>
/// <remarks>
/// Source: PHEindicatormethods, vignette "Introduction to PHEindicatormethods" (Georgina Anderson,
/// 2018-04-25), inst/doc/PHEindicatormethodsIntroVignette.html in the package repository
/// (PublicHealthEngland/PHEindicatormethods, commit b0fa919dc65e4ae212253b0566095b158f55bcd1): the data frame
/// <c>df</c> of observed events and populations for four areas over two years, and the printed results of
/// <c>phe_proportion</c>, <c>phe_rate</c> and <c>phe_mean</c> on it.
/// </remarks>
public static class PheIndicatorMethodsReference
{
    /// <summary>The vignette's <c>df</c>: area, year, obs, pop.</summary>
    public static readonly (string Area, int Year, long Obs, long Pop)[] Data =
    [
        ("Area1", 2015, 87, 131),
        ("Area2", 2015, 1, 164),
        ("Area3", 2015, 44, 134),
        ("Area4", 2015, 13, 109),
        ("Area1", 2016, 83, 131),
        ("Area2", 2016, 7, 139),
        ("Area3", 2016, 43, 137),
        ("Area4", 2016, 5, 163),
    ];

    /// <summary><c>phe_proportion(df, obs, pop)</c>: value, lowercl, uppercl (95%, proportions).</summary>
    public static readonly string[][] Proportion95 =
    [
        ["0.664122137", "0.579592491", "0.73930053"],
        ["0.006097561", "0.001077181", "0.03372625"],
        ["0.328358209", "0.254598570", "0.41168471"],
        ["0.119266055", "0.071039739", "0.19341500"],
        ["0.633587786", "0.548367919", "0.71119617"],
        ["0.050359712", "0.024605552", "0.10029837"],
        ["0.313868613", "0.242136529", "0.39575419"],
        ["0.030674847", "0.013172190", "0.06978956"],
    ];

    /// <summary><c>phe_proportion(df, obs, pop, confidence=99.8)</c>: value, lowercl, uppercl.</summary>
    public static readonly string[][] Proportion998 =
    [
        ["0.664122137", "0.5293576135", "0.77658434"],
        ["0.006097561", "0.0005322047", "0.06601672"],
        ["0.328358209", "0.2181147658", "0.46143836"],
        ["0.119266055", "0.0529712429", "0.24689949"],
        ["0.633587786", "0.4985908973", "0.75043163"],
        ["0.050359712", "0.0167360401", "0.14179381"],
        ["0.313868613", "0.2069168113", "0.44507799"],
        ["0.030674847", "0.0084801369", "0.10481797"],
    ];

    /// <summary><c>phe_proportion(df, obs, pop, percentage=TRUE)</c>: value, lowercl, uppercl (95%, percentages).</summary>
    public static readonly string[][] Percentage95 =
    [
        ["66.4122137", "57.9592491", "73.930053"],
        ["0.6097561", "0.1077181", "3.372625"],
        ["32.8358209", "25.4598570", "41.168471"],
        ["11.9266055", "7.1039739", "19.341500"],
        ["63.3587786", "54.8367919", "71.119617"],
        ["5.0359712", "2.4605552", "10.029837"],
        ["31.3868613", "24.2136529", "39.575419"],
        ["3.0674847", "1.3172190", "6.978956"],
    ];

    /// <summary><c>phe_rate(df, obs, pop)</c>: value, lowercl, uppercl (95%, per 100,000).</summary>
    public static readonly string[][] Rate95Per100000 =
    [
        ["66412.2137", "53191.89721", "81920.133"],
        ["609.7561", "15.43769", "3397.344"],
        ["32835.8209", "23856.24577", "44081.622"],
        ["11926.6055", "6344.25775", "20396.080"],
        ["63358.7786", "50463.30549", "78543.665"],
        ["5035.9712", "2024.72162", "10376.025"],
        ["31386.8613", "22712.53344", "42278.943"],
        ["3067.4847", "996.00392", "7158.486"],
    ];

    /// <summary>
    /// <c>phe_rate(df, obs, pop, type="full", confidence=99.8, multiplier=100)</c>: value, lowercl, uppercl, method.
    /// </summary>
    public static readonly string[][] Rate998Per100 =
    [
        ["66.4122137", "46.54873", "91.51034", "Byars"],
        ["0.6097561", "0.0006100612", "5.63013", "Exact"],
        ["32.8358209", "19.61417", "51.21896", "Byars"],
        ["11.9266055", "4.192660", "26.14598", "Byars"],
        ["63.3587786", "44.00613", "87.94878", "Byars"],
        ["5.0359712", "1.093767", "14.11955", "Exact"],
        ["31.3868613", "18.62510", "49.19876", "Byars"],
        ["3.0674847", "0.4536023", "10.09494", "Exact"],
    ];

    /// <summary><c>phe_mean(df, obs)</c> over all eight rows: value, lowercl, uppercl (95%).</summary>
    public static readonly string[] Mean95 = ["35.375", "6.283883", "64.46612"];

    /// <summary>
    /// <c>df %>% group_by(year) %>% phe_mean(obs, type="full", confidence=0.998)</c>: year, value, lowercl,
    /// uppercl, printed to three significant figures.
    /// </summary>
    public static readonly (int Year, string Value, string Lower, string Upper)[] Mean998ByYear =
    [
        (2015, "36.2", "-160", "232"),
        (2016, "34.5", "-153", "222"),
    ];
}
