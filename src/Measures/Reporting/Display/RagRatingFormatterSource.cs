using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Measures.Judgements;
using Measures.Reporting.Html;

namespace Measures.Reporting.Display;

/// <summary>The notebook display of <see cref="RagRating"/>: its badge and explanation (see <see cref="RagHtml"/>).</summary>
internal sealed class RagRatingFormatterSource
{
    /// <summary>The formatters the kernel registers for <see cref="RagRating"/>.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The kernel calls an instance method by name.")]
    public IEnumerable<object> CreateTypeFormatters()
    {
        yield return new HtmlFormatter<RagRating>(RagHtml.WriteRating);
    }
}
