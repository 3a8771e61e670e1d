using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Measures.Aggregation;
using Measures.Calculation;
using Measures.Definitions;
using Measures.Internal;
using Measures.Reporting;
using Measures.Time;

namespace Measures.Tests.Architecture;

/// <summary>
/// The library's layers only look down (README, "Layout"): every reference from one type to another, in
/// signatures, attributes and method bodies, is checked against the order, so that no arrow runs up.
/// </summary>
public sealed class LayeringTests
{
    // Lowest first. Calculation and Aggregation share a layer and do not use each other.
    private static readonly (string Namespace, int Layer)[] Layers =
    [
        ("Measures.Internal", 0),
        ("Measures.Time", 1),
        ("Measures.Definitions", 2),
        ("Measures.Observations", 3),
        ("Measures.Judgements", 4),
        ("Measures.Calculation", 5),
        ("Measures.Aggregation", 5),
        ("Measures.Returns", 5),
        ("Measures.Comparators", 5),
        ("Measures.Indicators", 6),
        ("Measures.Reporting", 7),
        ("Measures.Samples", 8),
    ];

    [Fact]
    public void No_reference_runs_up_the_layers()
    {
        var arrows = References(typeof(ReportingPeriod).Assembly).Distinct().ToList();
        Assert.True(arrows.Count > 1000, $"Only {arrows.Count} references were found; the scan is not reading the assembly.");
        var violations = Violations(arrows).Select(a => $"{a.From.FullName} → {a.To.FullName}").Distinct().OrderBy(s => s, StringComparer.Ordinal).ToList();
        Assert.True(violations.Count == 0, "References that run up the layers:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void The_checker_finds_arrows_that_run_up_or_across()
    {
        Assert.Single(Violations([(typeof(ReportingPeriod), typeof(Scorecard))]));
        Assert.Single(Violations([(typeof(MeasureDefinition), typeof(ObservationStore))]));
        Assert.Single(Violations([(typeof(ConfidenceInterval), typeof(ObservationStore))]));
        Assert.Single(Violations([(typeof(ObservationStore), typeof(ConfidenceInterval))]));
        Assert.Empty(Violations([(typeof(Scorecard), typeof(ReportingPeriod)), (typeof(ObservationStore), typeof(MeasureDefinition)), (typeof(ReportingPeriod), typeof(Preconditions)), (typeof(Preconditions), typeof(DataProblem)), (typeof(ReportingPeriod), typeof(string))]));
    }

    [Fact]
    public void Only_the_three_notebook_display_attributes_point_up()
    {
        // A lower type names its Reporting formatter so that notebooks display it; nothing else may point up.
        var pointingUp = typeof(ReportingPeriod).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributesData().Any(a => a.AttributeType == typeof(TypeFormatterSourceAttribute)))
            .Where(t => LayerOf(t) < LayerOf(typeof(Scorecard)))
            .Select(t => t.Name)
            .OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(["MeasureDefinition", "RagRating", "ReportingPeriod"], pointingUp);
    }

    private static IEnumerable<(Type From, Type To)> Violations(IEnumerable<(Type From, Type To)> arrows)
    {
        foreach (var (from, to) in arrows)
        {
            int? a = LayerOf(from);
            int? b = LayerOf(to);
            if (a is null || b is null)
            {
                continue;
            }

            bool across = a == 5 && b == 5 && Root(from) != Root(to);
            if (b > a || across)
            {
                yield return (from, to);
            }
        }
    }

    private static string Root(Type type) => Layers.First(l => InNamespace(type, l.Namespace)).Namespace;

    private static int? LayerOf(Type type)
    {
        if (type.Assembly != typeof(ReportingPeriod).Assembly)
        {
            return null;
        }

        foreach (var (ns, layer) in Layers)
        {
            if (InNamespace(type, ns))
            {
                return layer;
            }
        }

        // The root namespace (the problem model) sits with Internal at the bottom.
        return 0;
    }

    private static bool InNamespace(Type type, string ns)
    {
        string name = type.Namespace ?? string.Empty;
        return name == ns || name.StartsWith(ns + ".", StringComparison.Ordinal);
    }

    private static IEnumerable<(Type From, Type To)> References(Assembly assembly)
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetTypes())
        {
            var found = new List<Type>();
            void Add(Type? t)
            {
                if (t is null)
                {
                    return;
                }

                if (t.HasElementType)
                {
                    Add(t.GetElementType());
                    return;
                }

                found.Add(t);
                if (t.IsGenericType && !t.IsGenericTypeDefinition)
                {
                    foreach (var argument in t.GetGenericArguments())
                    {
                        Add(argument);
                    }
                }
            }

            void Attributes(IEnumerable<CustomAttributeData> attributes)
            {
                foreach (var attribute in attributes)
                {
                    Add(attribute.AttributeType);
                    if (attribute.AttributeType == typeof(TypeFormatterSourceAttribute))
                    {
                        continue;
                    }

                    foreach (var argument in attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(n => n.TypedValue)))
                    {
                        Add(argument.Value as Type);
                    }
                }
            }

            Add(type.BaseType);
            foreach (var i in type.GetInterfaces())
            {
                Add(i);
            }

            Attributes(type.GetCustomAttributesData());
            foreach (var field in type.GetFields(All))
            {
                Add(field.FieldType);
                Attributes(field.GetCustomAttributesData());
            }

            foreach (var property in type.GetProperties(All))
            {
                Add(property.PropertyType);
            }

            foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
            {
                if (method is MethodInfo info)
                {
                    Add(info.ReturnType);
                }

                foreach (var parameter in method.GetParameters())
                {
                    Add(parameter.ParameterType);
                }

                Attributes(method.GetCustomAttributesData());
                foreach (var local in method.GetMethodBody()?.LocalVariables ?? [])
                {
                    Add(local.LocalType);
                }

                foreach (var referenced in BodyReferences(method))
                {
                    Add(referenced);
                }
            }

            foreach (var target in found)
            {
                yield return (type, target);
            }
        }
    }

    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        foreach (var (_, _, member, _) in IlReader.Instructions(method))
        {
            if (member is Type t)
            {
                yield return t;
            }
            else if (member?.DeclaringType is { } declaring)
            {
                yield return declaring;
            }

            if (member is FieldInfo f)
            {
                yield return f.FieldType;
            }
            else if (member is MethodInfo called)
            {
                yield return called.ReturnType;
            }
        }
    }
}
