using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Measures.Definitions;
using Measures.Reporting.Html;

namespace Measures.Reporting.Display;

/// <summary>The notebook display of <see cref="MeasureDefinition"/>: its card (see <see cref="MeasureDefinitionHtml"/>).</summary>
internal sealed class MeasureDefinitionFormatterSource
{
    /// <summary>The formatters the kernel registers for <see cref="MeasureDefinition"/>.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The kernel calls an instance method by name.")]
    public IEnumerable<object> CreateTypeFormatters()
    {
        yield return new HtmlFormatter<MeasureDefinition>(MeasureDefinitionHtml.WriteCard);
    }
}
