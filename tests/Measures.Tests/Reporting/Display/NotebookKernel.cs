using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;

namespace Measures.Tests.Reporting.Display;

/// <summary>
/// Finds and calls a type's notebook formatters the way the .NET Interactive kernel does for
/// libraries that do not reference it, matching everything by name: an attribute named
/// <c>TypeFormatterSourceAttribute</c> with a <c>FormatterSourceType</c> property; a source
/// created with its public parameterless constructor whose <c>CreateTypeFormatters()</c>
/// returns objects with a <c>MimeType</c> property, an optional <c>Type</c> property and a
/// <c>Format(object, TextWriter)</c> method compiled into a <c>Func&lt;object, TextWriter, bool&gt;</c>
/// (so a <c>Format</c> returning anything but bool fails here as it fails in the kernel).
/// Source: Formatter.TryRegisterFromConventionBasedFormatterSources in
/// src/Microsoft.DotNet.Interactive.Formatting/Formatter.cs of github.com/dotnet/interactive.
/// </summary>
internal static class NotebookKernel
{
    /// <summary>A formatter as the kernel registers it.</summary>
    public sealed record Formatter(string MimeType, Type Type, Func<object, TextWriter, bool> Format);

    /// <summary>The attributes the kernel recognises on <paramref name="type"/>.</summary>
    public static IReadOnlyList<object> FormatterSourceAttributes(Type type) =>
        type.GetCustomAttributes(true).Where(a => a.GetType().Name == "TypeFormatterSourceAttribute").ToList();

    /// <summary>The preferred MIME types the kernel would set for <paramref name="type"/>, or null when none are declared.</summary>
    public static string[]? PreferredMimeTypes(Type type) =>
        FormatterSourceAttributes(type).Select(a => PropertyValue(a, "PreferredMimeTypes") as string[]).FirstOrDefault(m => m is not null);

    /// <summary>The formatters the kernel registers for <paramref name="type"/>.</summary>
    public static IReadOnlyList<Formatter> FormattersFor(Type type)
    {
        var found = new List<Formatter>();
        foreach (object attribute in FormatterSourceAttributes(type))
        {
            if (PropertyValue(attribute, "FormatterSourceType") is not Type sourceType)
            {
                continue;
            }

            object source = Activator.CreateInstance(sourceType)!;
            MethodInfo create = source.GetType().GetMethod("CreateTypeFormatters")
                ?? throw new InvalidOperationException($"{sourceType} has no public CreateTypeFormatters method.");
            if (create.Invoke(source, null) is not IEnumerable formatters)
            {
                continue;
            }

            foreach (object formatter in formatters)
            {
                if (PropertyValue(formatter, "MimeType") is not string mimeType)
                {
                    continue;
                }

                MethodInfo format = formatter.GetType().GetMethod("Format")!;
                var value = Expression.Parameter(typeof(object));
                var writer = Expression.Parameter(typeof(TextWriter));
                var call = Expression.Call(Expression.Constant(formatter), format, value, writer);
                var compiled = Expression.Lambda<Func<object, TextWriter, bool>>(call, value, writer).Compile();
                Type formattedType = PropertyValue(formatter, "Type") as Type ?? type;
                found.Add(new Formatter(mimeType, formattedType, compiled));
            }
        }

        return found;
    }

    /// <summary>Displays <paramref name="value"/> as <paramref name="mimeType"/>, or returns null when no formatter of the library takes it.</summary>
    public static string? Display(object value, string mimeType)
    {
        foreach (Formatter formatter in FormattersFor(value.GetType()).Where(f => f.MimeType == mimeType && f.Type.IsInstanceOfType(value)))
        {
            using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            if (formatter.Format(value, writer))
            {
                return writer.ToString();
            }
        }

        return null;
    }

    private static object? PropertyValue(object target, string name) =>
        target.GetType().GetProperty(name)?.GetGetMethod()?.Invoke(target, null);
}
