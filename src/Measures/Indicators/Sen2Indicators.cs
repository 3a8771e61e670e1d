using System;
using System.Collections.Generic;
using System.Linq;
using Measures.Internal;
using Measures.Returns.Sen2;
using Measures.Time;

namespace Measures.Indicators;

/// <summary>
/// The EHC plan timeliness indicators, computed from a SEN2 return for any period (the DfE publishes them by calendar
/// year): of the EHC plans first issued in the period, the share issued within 20 weeks (140 days) of the request,
/// excluding the cases the return marks as exceptions (the DfE's headline) and including them. Every figure names the
/// persons and plans behind it: see <see cref="IndicatorResult.Explain(string)"/>.
/// </summary>
/// <remarks>
/// Definition after the DfE's "Education, health and care plans" statistics methodology
/// (explore-education-statistics.service.gov.uk/methodology/education-health-and-care-plans). A return read leniently
/// keeps a person with a problem out of the indicators that use the part of the return the problem is in
/// (<see cref="PartsUsedBy"/>), and says so. This type is thread-safe.
/// </remarks>
public static class Sen2Indicators
{
    /// <summary>Of the EHC plans first issued in the period, excluding exceptions, those issued within 20 weeks of the request.</summary>
    public const string Within20Weeks = "ehcp-20-weeks";

    /// <summary>Of the EHC plans first issued in the period, exceptions included, those issued within 20 weeks of the request.</summary>
    public const string Within20WeeksIncludingExceptions = "ehcp-20-weeks-including-exceptions";

    /// <summary>The 20 weeks, in days: a plan issued on day 140 after the request (the request's day being day 0) is in time.</summary>
    public const int TimeLimitDays = 140;

    /// <summary>Gets every measure code the indicators yield, in catalogue order.</summary>
    public static IReadOnlyList<string> MeasureCodes { get; } = [Within20Weeks, Within20WeeksIncludingExceptions];

    /// <summary>The parts of the return whose problems touch each indicator: a person with a problem (read leniently) in one of them is left out of that indicator, and of no other.</summary>
    /// <param name="measureCode">The measure.</param>
    /// <returns>The parts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measureCode"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is not a SEN2 indicator.</exception>
    public static IReadOnlyList<Sen2Part> PartsUsedBy(string measureCode)
    {
        Preconditions.CheckNotNull(measureCode);
        return measureCode.Trim().ToLowerInvariant() switch
        {
            Within20Weeks => [Sen2Part.Request, Sen2Part.Assessment, Sen2Part.Plan, Sen2Part.PlanException],
            Within20WeeksIncludingExceptions => [Sen2Part.Request, Sen2Part.Assessment, Sen2Part.Plan],
            _ => throw new ArgumentException($"\"{measureCode}\" is not a SEN2 indicator; the indicators are {string.Join(", ", MeasureCodes)}.", nameof(measureCode)),
        };
    }

    /// <summary>Computes the indicators of <paramref name="sen2"/> for <paramref name="period"/>.</summary>
    /// <param name="sen2">The return, read or made in code.</param>
    /// <param name="period">Any period; the DfE publishes a calendar year.</param>
    /// <param name="options">Breakdowns (sex, age band) and measures; <see cref="IndicatorOptions.Default"/> when null. A population is not used.</param>
    /// <returns>The observations, breakdowns, and the persons and plans behind every figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sen2"/> is null.</exception>
    /// <exception cref="ArgumentException"><see cref="IndicatorOptions.Measures"/> holds a code that is not a SEN2 indicator.</exception>
    public static IndicatorResult Compute(Sen2Return sen2, ReportingPeriod period, IndicatorOptions? options = null)
    {
        Preconditions.CheckNotNull(sen2);
        options ??= IndicatorOptions.Default;
        foreach (string code in options.Measures ?? [])
        {
            Preconditions.CheckArgument(
                code is not null && MeasureCodes.Contains(code.Trim(), StringComparer.OrdinalIgnoreCase),
                nameof(options),
                $"IndicatorOptions.Measures holds \"{code}\", which is not a SEN2 indicator; the indicators are {string.Join(", ", MeasureCodes)}.");
        }

        return new Sen2Computation(sen2, period, options, null).Run();
    }
}
