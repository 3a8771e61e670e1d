using System;
using System.Diagnostics.CodeAnalysis;

namespace Measures.Internal;

/// <summary>
/// Names the class that gives notebooks a rich (HTML) display of the type it is placed on.
/// </summary>
/// <remarks>
/// <para>
/// Notebook kernels built on .NET Interactive look for an attribute with exactly this name and
/// read its <see cref="FormatterSourceType"/> property by name, so the library needs no
/// reference to them. The kernel creates the source with its public parameterless constructor,
/// calls its public <c>CreateTypeFormatters()</c> method and, for each object returned, reads a
/// <c>string MimeType</c> property, an optional <c>Type Type</c> property, and calls
/// <c>bool Format(object instance, TextWriter writer)</c>.
/// </para>
/// <para>
/// The attribute lives here, below every layer, because like <c>DebuggerDisplay</c> it is
/// metadata used by tools: the types it is placed on (in <c>Time</c>, <c>Definitions</c>, ...)
/// only name their formatter source, which lives in <c>Reporting/Display</c>; no code of a lower
/// layer calls into <c>Reporting</c>.
/// </para>
/// <para>
/// It deliberately has no <c>PreferredMimeTypes</c> property: the kernel would apply whatever
/// list it held, and an empty list makes display throw.
/// </para>
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum, AllowMultiple = false, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    /// <summary>Initializes the attribute with the formatter source to use.</summary>
    /// <param name="formatterSourceType">A class with a public parameterless constructor and a public <c>CreateTypeFormatters()</c> method.</param>
    public TypeFormatterSourceAttribute(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicMethods)]
        Type formatterSourceType)
    {
        ArgumentNullException.ThrowIfNull(formatterSourceType);
        FormatterSourceType = formatterSourceType;
    }

    /// <summary>Gets the formatter source class; the kernel reads this property by name.</summary>
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicMethods)]
    public Type FormatterSourceType { get; }
}
