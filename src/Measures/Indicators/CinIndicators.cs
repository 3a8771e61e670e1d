using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Measures.Internal;
using Measures.Observations;
using Measures.Returns;
using Measures.Returns.Cin;
using Measures.Time;
using NodaTime;

namespace Measures.Indicators;

/// <summary>
/// The national indicators of children in need and child protection, computed from a CIN census for any period (a
/// month, a quarter, a financial year, rolling 12 months): "in the year" reads "in the period" and "31 March" reads
/// "the period's last day". Referrals, assessments, conferences and plans are counted one by one; every figure names
/// the children and records behind it: see <see cref="IndicatorResult.Explain(string)"/>.
/// </summary>
/// <remarks>
/// Working days are England and Wales's (weekends and bank holidays skipped), counted from the day after day 0 even
/// when day 0 is itself a weekend or a bank holiday. A census read leniently keeps a child with a problem out of the
/// indicators that use the part of the census the problem is in (<see cref="ModulesUsedBy"/>), and says so. This
/// type is thread-safe.
/// </remarks>
public static class CinIndicators
{
    /// <summary>Referrals in the period (a count of CIN episodes).</summary>
    public const string Referrals = "cin-referrals";

    /// <summary>Referrals in the period per 10,000 children aged 0 to 17.</summary>
    public const string ReferralsRate = "cin-referrals-rate";

    /// <summary>Of the referrals in the period, those within 12 months of a previous referral of the same child.</summary>
    public const string ReReferrals = "cin-re-referrals";

    /// <summary>Of the assessments authorised in the period, those authorised within 45 working days of the referral.</summary>
    public const string AssessmentsIn45Days = "cin-assessments-45-days";

    /// <summary>Of the initial child protection conferences in the period, those within 15 working days of the section 47 enquiry's start.</summary>
    public const string ConferencesIn15Days = "cin-icpc-15-days";

    /// <summary>Children in need on the period's last day (a count).</summary>
    public const string ChildrenInNeed = "cin-31-march";

    /// <summary>Children in need on the period's last day per 10,000 children aged 0 to 17.</summary>
    public const string ChildrenInNeedRate = "cin-31-march-rate";

    /// <summary>Children on a child protection plan on the period's last day (a count).</summary>
    public const string ProtectionPlans = "cpp-31-march";

    /// <summary>Children on a child protection plan on the period's last day per 10,000 children aged 0 to 17.</summary>
    public const string ProtectionPlansRate = "cpp-31-march-rate";

    /// <summary>Of the plans that started in the period, those that are a child's second or later plan.</summary>
    public const string SecondPlans = "cpp-second-or-subsequent";

    /// <summary>Of the plans that ended in the period, those that lasted two years or more.</summary>
    public const string PlansOfTwoYears = "cpp-ended-2-years";

    /// <summary>Gets every measure code the indicators yield, in catalogue order.</summary>
    public static IReadOnlyList<string> MeasureCodes { get; } =
    [
        Referrals, ReferralsRate, ReReferrals, AssessmentsIn45Days, ConferencesIn15Days,
        ChildrenInNeed, ChildrenInNeedRate, ProtectionPlans, ProtectionPlansRate, SecondPlans, PlansOfTwoYears,
    ];

    /// <summary>
    /// The parts of the census whose problems touch each indicator: a child with a problem (read leniently) in one of
    /// them is left out of that indicator, and of no other.
    /// </summary>
    /// <param name="measureCode">The measure.</param>
    /// <returns>The census modules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measureCode"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is not a CIN indicator.</exception>
    public static IReadOnlyList<CinModule> ModulesUsedBy(string measureCode)
    {
        Preconditions.CheckNotNull(measureCode);
        return measureCode.Trim().ToLowerInvariant() switch
        {
            Referrals or ReferralsRate or ReReferrals or ChildrenInNeed or ChildrenInNeedRate => [CinModule.CinDetails],
            AssessmentsIn45Days => [CinModule.CinDetails, CinModule.Assessments],
            ConferencesIn15Days => [CinModule.Section47],
            ProtectionPlans or ProtectionPlansRate or SecondPlans or PlansOfTwoYears => [CinModule.ChildProtectionPlans],
            _ => throw new ArgumentException($"\"{measureCode}\" is not a CIN indicator; the indicators are {string.Join(", ", MeasureCodes)}.", nameof(measureCode)),
        };
    }

    /// <summary>Computes every indicator of <paramref name="census"/> for <paramref name="period"/>.</summary>
    /// <param name="census">The census, read or made in code.</param>
    /// <param name="period">The period: any period; "31 March" reads its last day.</param>
    /// <param name="options">The population, breakdowns (sex, age band, primary need, category of abuse) and measures; <see cref="IndicatorOptions.Default"/> when null.</param>
    /// <returns>The observations, breakdowns and notes, and the children behind every figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="census"/> is null.</exception>
    /// <exception cref="ArgumentException"><see cref="IndicatorOptions.Measures"/> holds a code that is not a CIN indicator.</exception>
    public static IndicatorResult Compute(CinCensus census, ReportingPeriod period, IndicatorOptions? options = null)
    {
        Preconditions.CheckNotNull(census);
        options ??= IndicatorOptions.Default;
        foreach (string code in options.Measures ?? [])
        {
            Preconditions.CheckArgument(
                code is not null && MeasureCodes.Contains(code.Trim(), StringComparer.OrdinalIgnoreCase),
                nameof(options),
                $"IndicatorOptions.Measures holds \"{code}\", which is not a CIN indicator; the indicators are {string.Join(", ", MeasureCodes)}.");
        }

        return new CinComputation(new CinPrepared(census), period, options, null).Run();
    }
}
