using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Measures.Reporting.Html;
using Measures.Time;

namespace Measures.Reporting.Display;

/// <summary>The notebook display of <see cref="ReportingPeriod"/>: its card (see <see cref="ReportingPeriodHtml"/>).</summary>
internal sealed class ReportingPeriodFormatterSource
{
    /// <summary>The formatters the kernel registers for <see cref="ReportingPeriod"/>.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The kernel calls an instance method by name.")]
    public IEnumerable<object> CreateTypeFormatters()
    {
        yield return new HtmlFormatter<ReportingPeriod>(ReportingPeriodHtml.WriteCard);
    }
}
