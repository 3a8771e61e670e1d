using System;

namespace Measures.Time;

/// <summary>
/// Turns a problem found by the term-date checks into the exception a constructor throws. The checks
/// return a <see cref="DataProblem"/> whose field is relative (<c>insetDays[2]</c>), so that the JSON
/// reader reports the same rule at its JSON path and a constructor names the parameter at fault.
/// </summary>
internal static class TermDatesRules
{
    /// <summary>The argument exception for a problem: the parameter is the field before any index.</summary>
    public static ArgumentException ToArgumentException(DataProblem problem)
    {
        int bracket = problem.Field.IndexOf('[', StringComparison.Ordinal);
        string parameter = bracket < 0 ? problem.Field : problem.Field[..bracket];
        return new(parameter == problem.Field ? problem.Message : $"{problem.Field}: {problem.Message}", parameter);
    }
}
