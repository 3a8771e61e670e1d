using System;
using System.Globalization;
using System.IO;
using Measures.Reporting;

namespace Measures.Cli;

/// <summary>
/// Shows a scorecard's progress on a large set of observations, on one line of standard error: "measures: 12 of 42",
/// or just the count ("observations: 1,048,576") while the total is not known, never "of 0".
/// </summary>
internal sealed class ScorecardProgressLine(TextWriter error) : IProgress<ScorecardProgress>
{
    /// <inheritdoc />
    public void Report(ScorecardProgress value)
    {
        error.Write(value.Total > 0
            ? string.Create(CultureInfo.InvariantCulture, $"\r{value.Stage}: {value.Completed:N0} of {value.Total:N0}   ")
            : string.Create(CultureInfo.InvariantCulture, $"\r{value.Stage}: {value.Completed:N0}   "));
        if (value.Total > 0 && value.Completed >= value.Total)
        {
            error.WriteLine();
        }
    }
}
