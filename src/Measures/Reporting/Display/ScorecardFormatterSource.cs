using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Measures.Reporting.Html;

namespace Measures.Reporting.Display;

/// <summary>The notebook display of <see cref="Scorecard"/>: the same HTML as the report page's body (see <see cref="ScorecardHtml"/>).</summary>
internal sealed class ScorecardFormatterSource
{
    /// <summary>The formatters the kernel registers for <see cref="Scorecard"/>.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The kernel calls an instance method by name.")]
    public IEnumerable<object> CreateTypeFormatters()
    {
        yield return new HtmlFormatter<Scorecard>(ScorecardHtml.WriteScorecard);
    }
}
