using System.Collections.Frozen;
using System.Collections.Generic;

namespace Measures.Indicators;

// What each standard figure counts, in the plural, where it is not children: a CIN census figure such as re-referrals
// counts referrals, and one child may have several, so an explanation's list must not call them children.
internal static class CountedUnit
{
    private static readonly FrozenDictionary<string, string> Units = new Dictionary<string, string>
    {
        [CinIndicators.Referrals] = "referrals",
        [CinIndicators.ReReferrals] = "referrals",
        [CinIndicators.AssessmentsIn45Days] = "assessments",
        [CinIndicators.ConferencesIn15Days] = "conferences",
        [CinIndicators.SecondPlans] = "plans",
        [CinIndicators.PlansOfTwoYears] = "plans",
        [Sen2Indicators.Within20Weeks] = "plans",
        [Sen2Indicators.Within20WeeksIncludingExceptions] = "plans",
    }.ToFrozenDictionary();

    public static string For(string measureCode) => Units.GetValueOrDefault(measureCode, "children");

    // "1 child", "2 children", "1 referral".
    public static string Count(int count, string unit) => count == 1
        ? "1 " + (unit == "children" ? "child" : unit[..^1])
        : count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + unit;
}
