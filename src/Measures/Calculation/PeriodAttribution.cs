namespace Measures.Calculation;

/// <summary>Which date puts a record into a reporting period.</summary>
public enum PeriodAttribution : byte
{
    /// <summary>
    /// The completion (end) date: "assessments completed in December, and how many in time". Records still
    /// open are left out.
    /// </summary>
    CompletionDate = 1,

    /// <summary>
    /// The start date: "referrals received in December, and how many were contacted in time". A record still
    /// open counts as late once its deadline has passed by the as-at date, and is left out until then.
    /// </summary>
    StartDate = 2,
}
