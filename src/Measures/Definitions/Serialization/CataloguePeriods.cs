using Measures.Time;

using Measures.Definitions;

namespace Measures.Definitions.Serialization;

/// <summary>
/// The period labels a catalogue uses for target years and benchmark periods: anything
/// <see cref="ReportingPeriodPattern"/> reads ("2023/24", "FY 2023/24", "2023", "AY 2022/23"), written
/// back in the canonical form <see cref="ReportingPeriod.ToString()"/> gives.
/// </summary>
internal static class CataloguePeriods
{
    public static bool TryParse(string text, out ReportingPeriod period, out string error)
    {
        var result = ReportingPeriodPattern.RoundTrip.Parse(text);
        if (result.Success)
        {
            period = result.Value;
            error = "";
            return true;
        }

        period = default;
        error = $"\"{text}\" is not a period label: {result.Exception.Message} Write a financial year as \"FY 2023/24\" (or \"2023/24\"), a calendar year as \"2023\", an academic year as \"AY 2023/24\".";
        return false;
    }

    public static string Format(ReportingPeriod period) => period.ToString();

    /// <summary>How a target's period reads in a message: "FY 2023/24", "FY 2023/24 onwards".</summary>
    public static string Describe(Target target) => target.Period + (target.Onwards ? " onwards" : "");
}
