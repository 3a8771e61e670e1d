using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Measures.Time;

namespace Measures.Tests.Architecture;

/// <summary>
/// Every public member documents the exceptions it throws itself or through the library's non-public helpers it
/// calls: each argument check (<c>Preconditions</c>) and each exception created and thrown needs an
/// <c>&lt;exception&gt;</c> of that type, or of a type it derives from.
/// </summary>
public sealed class ExceptionDocumentationTests
{
    [Fact]
    public void Every_exception_a_public_member_or_its_own_helpers_throw_is_documented()
    {
        var assembly = typeof(ReportingPeriod).Assembly;
        var documentation = XDocument.Load(Path.ChangeExtension(assembly.Location, ".xml"));
        var documented = documentation.Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, m => m.Elements("exception").Select(e => ((string)e.Attribute("cref")!)[2..]).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var missing = new List<string>();
        var unmatched = new List<string>();
        int checkedMembers = 0;
        foreach (var type in assembly.GetExportedTypes())
        {
            const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (MethodBase member in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
            {
                if (member.IsDefined(typeof(CompilerGeneratedAttribute)) || IsRecordMember(member))
                {
                    continue;
                }

                string id = DocumentationId(member);
                if (!documented.TryGetValue(id, out var crefs))
                {
                    // A parameterless constructor the compiler supplied has no comment of its own.
                    if (member is not ConstructorInfo { } c || c.GetParameters().Length > 0)
                    {
                        unmatched.Add(id);
                    }

                    continue;
                }

                checkedMembers++;
                foreach (var thrown in Thrown(member).Distinct())
                {
                    bool ok = crefs.Any(c => Covers(c, thrown));
                    if (!ok)
                    {
                        missing.Add($"{id} throws {thrown.Name}");
                    }
                }
            }
        }

        Assert.True(unmatched.Count == 0, $"{unmatched.Count} members have no documentation entry under the expected ID:\n" + string.Join("\n", unmatched.Order(StringComparer.Ordinal)));
        Assert.True(checkedMembers > 500, $"Only {checkedMembers} members were checked; the documentation is not being read.");
        Assert.True(missing.Count == 0, $"{missing.Count} undocumented:\n" + string.Join("\n", missing.Order(StringComparer.Ordinal)));
    }

    private static bool Covers(string cref, Type thrown)
    {
        for (var t = thrown; t is not null && t != typeof(object); t = t.BaseType)
        {
            if (t.FullName == cref && t != typeof(Exception))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRecordMember(MethodBase member) =>
        member.Name is "Equals" or "GetHashCode" or "ToString" or "PrintMembers" or "<Clone>$" or "Deconstruct" or "op_Equality" or "op_Inequality"
        && member.DeclaringType!.GetMethod("<Clone>$") is not null || member.DeclaringType!.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null && member.Name is "Equals" or "GetHashCode" or "PrintMembers" or "op_Equality" or "op_Inequality";

    // What a member throws itself, and what the library's own non-public helpers it calls throw (they have no documentation of their own).
    private static IEnumerable<Type> Thrown(MethodBase method) => Thrown(method, new HashSet<MethodBase>(), depth: 0);

    private static IEnumerable<Type> Thrown(MethodBase method, HashSet<MethodBase> seen, int depth)
    {
        if (!seen.Add(method) || depth > 6)
        {
            yield break;
        }

        // A helper's null checks guard what the library passes it; only a member's own null checks are about its caller's arguments.
        foreach (var thrown in ThrownHere(method).Where(t => depth == 0 || t != typeof(ArgumentNullException)))
        {
            yield return thrown;
        }

        foreach (var (called, _, _) in Calls(method))
        {
            // The result and problem-list factories check what the library itself hands them; no caller's argument reaches them.
            if (called.Module == method.Module && !called.IsPublic && !called.IsFamily && called.DeclaringType?.FullName is not ("Measures.Internal.Preconditions" or "Measures.ProblemList")
                && called.DeclaringType?.Name != "LoadResult`1"
                && !typeof(Exception).IsAssignableFrom(called.DeclaringType) && called.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            {
                foreach (var thrown in Thrown(called, seen, depth + 1))
                {
                    yield return thrown;
                }
            }
        }
    }

    private static IEnumerable<Type> ThrownHere(MethodBase method)
    {
        var calls = Calls(method).ToList();
        var thrownAt = calls.Where(c => c.ThrowsNext).Select(c => c.Offset).ToHashSet();
        foreach (var (called, offset, _) in calls)
        {
            if (called.DeclaringType?.FullName == "Measures.Internal.Preconditions")
            {
                yield return called.Name switch
                {
                    "CheckNotNull" => typeof(ArgumentNullException),
                    "CheckArgumentRange" => typeof(ArgumentOutOfRangeException),
                    "CheckArgument" => typeof(ArgumentException),
                    "CheckState" => typeof(InvalidOperationException),
                    _ => typeof(Exception),
                };
            }
            else if (called is ConstructorInfo ctor && typeof(Exception).IsAssignableFrom(ctor.DeclaringType) && thrownAt.Contains(offset))
            {
                yield return ctor.DeclaringType!;
            }
        }
    }

    // Each call with where it is, and whether it creates an exception that is thrown at once ("throw new …").
    private static IEnumerable<(MethodBase Called, int Offset, bool ThrowsNext)> Calls(MethodBase method)
    {
        foreach (var (code, offset, member, next) in IlReader.Instructions(method))
        {
            if (member is MethodBase called)
            {
                yield return (called, offset, code == OpCodes.Newobj && next == OpCodes.Throw);
            }
        }
    }

    // The documentation comment ID of a method or constructor: "M:Measures.Time.ReportingPeriod.Month(System.Int32,System.Int32)".
    private static string DocumentationId(MethodBase member)
    {
        if (member.IsSpecialName && member.Name.StartsWith("get_", StringComparison.Ordinal) || member.Name.StartsWith("set_", StringComparison.Ordinal))
        {
            // A property's accessors share the property's documentation.
            var indexes = member.Name.StartsWith("get_", StringComparison.Ordinal) ? member.GetParameters() : member.GetParameters()[..^1];
            return "P:" + TypeName(member.DeclaringType!) + "." + member.Name[4..] + (indexes.Length == 0 ? string.Empty : "(" + string.Join(",", indexes.Select(p => TypeId(p.ParameterType))) + ")");
        }

        string name = member is ConstructorInfo ? "#ctor" : member.Name;
        if (member is MethodInfo { IsGenericMethodDefinition: true } generic)
        {
            name += "``" + generic.GetGenericArguments().Length;
        }

        var parameters = member.GetParameters();
        string list = parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => TypeId(p.ParameterType))) + ")";
        string id = "M:" + TypeName(member.DeclaringType!) + "." + name + list;
        if (member.Name is "op_Implicit" or "op_Explicit")
        {
            id += "~" + TypeId(((MethodInfo)member).ReturnType);
        }

        return id;
    }

    private static string TypeName(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

    private static string TypeId(Type type)
    {
        if (type.IsByRef)
        {
            return TypeId(type.GetElementType()!) + "@";
        }

        if (type.IsArray)
        {
            int rank = type.GetArrayRank();
            return TypeId(type.GetElementType()!) + (rank == 1 ? "[]" : "[" + string.Join(",", Enumerable.Repeat("0:", rank)) + "]");
        }

        if (type.IsPointer)
        {
            return TypeId(type.GetElementType()!) + "*";
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            string name = TypeName(definition);
            name = name[..name.IndexOf('`', StringComparison.Ordinal)];
            return name + "{" + string.Join(",", type.GetGenericArguments().Select(TypeId)) + "}";
        }

        return TypeName(type);
    }
}
