using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Text;
using Measures.Internal;
using Measures.Definitions.Serialization;

namespace Measures.Definitions;

/// <summary>
/// A council's catalogue of measure definitions with their targets and benchmarks, as kept in a
/// versioned JSON document. Codes are unique and every parent is in the catalogue.
/// </summary>
/// <remarks>
/// Loading checks everything it can read and reports the problems at once (the first 1,000 listed, all
/// counted by kind), each with its JSON path; a value of the wrong JSON type is reported and the rest
/// still checked, while text that is not valid JSON, or a property given twice, stops it at that place.
/// It never half-succeeds, and no content of a document throws. Saving writes a document that loads back to an equal catalogue, measures in
/// catalogue order, targets and benchmarks in date order. This type is immutable and thread-safe.
/// </remarks>
public sealed class MeasureCatalogue : IEquatable<MeasureCatalogue>
{
    /// <summary>The version of the catalogue document format this library reads and writes.</summary>
    public const int FormatVersion = 1;

    private readonly Dictionary<string, MeasureDefinition> byCode;

    /// <summary>Creates a catalogue.</summary>
    /// <param name="measures">The measures, in the order a scorecard lists them.</param>
    /// <param name="name">The catalogue's name ("Children and Young People's Services scorecard").</param>
    /// <param name="description">What the catalogue is, who keeps it.</param>
    /// <param name="jsonSchema">The address of the JSON Schema a document names in "$schema", kept so that saving writes it back.</param>
    /// <exception cref="ArgumentException">Two measures share a code, or a parent is not in the catalogue.</exception>
    public MeasureCatalogue(IEnumerable<MeasureDefinition> measures, string name = "", string description = "", string? jsonSchema = null)
    {
        Preconditions.CheckNotNull(measures);
        Preconditions.CheckNotNull(name);
        Preconditions.CheckNotNull(description);
        var list = measures.ToArray();
        Preconditions.CheckArgument(Array.TrueForAll(list, m => m is not null), nameof(measures), "A measure is null.");
        var problems = Problems([.. list.Select(m => (m.Code, m.ParentCode))]).ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems.Select(p => p.Problem.Message)), nameof(measures));
        }

        Measures = new ReadOnlyCollection<MeasureDefinition>(list);
        byCode = list.ToDictionary(m => m.Code, StringComparer.Ordinal);
        Name = name.Trim();
        Description = description.Trim();
        JsonSchema = string.IsNullOrWhiteSpace(jsonSchema) ? null : jsonSchema.Trim();
    }

    /// <summary>Gets the catalogue's name; empty when not given.</summary>
    public string Name { get; }

    /// <summary>Gets what the catalogue is; empty when not given.</summary>
    public string Description { get; }

    /// <summary>Gets the address of the JSON Schema the document names, or <see langword="null"/>.</summary>
    public string? JsonSchema { get; }

    /// <summary>Gets the measures, in catalogue order.</summary>
    public IReadOnlyList<MeasureDefinition> Measures { get; }

    /// <summary>Gets the measure with code <paramref name="code"/> (codes are case-sensitive).</summary>
    /// <param name="code">The code.</param>
    /// <exception cref="KeyNotFoundException">No measure has that code.</exception>
    public MeasureDefinition this[string code] =>
        TryGetMeasure(code, out var measure) ? measure : throw new KeyNotFoundException($"The catalogue has no measure with code \"{code}\".");

    /// <summary>Finds the measure with code <paramref name="code"/>.</summary>
    /// <param name="code">The code (case-sensitive).</param>
    /// <param name="measure">The measure, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool TryGetMeasure(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MeasureDefinition? measure)
    {
        Preconditions.CheckNotNull(code);
        return byCode.TryGetValue(code, out measure);
    }

    /// <summary>The components of the measure with code <paramref name="code"/> (NEET and Not Known for combined NEET/NK), in catalogue order.</summary>
    /// <param name="code">The parent's code.</param>
    /// <returns>The components; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IReadOnlyList<MeasureDefinition> ComponentsOf(string code)
    {
        Preconditions.CheckNotNull(code);
        return [.. Measures.Where(m => m.ParentCode == code)];
    }

    /// <summary>
    /// Loads a catalogue from UTF-8 JSON, collecting every problem. No content of the document throws:
    /// bytes that are not UTF-8, an escape for half of a surrogate pair, JSON that is not a catalogue are
    /// all problems in the result. The first 1,000 problems are listed and every one is counted.
    /// </summary>
    /// <param name="utf8Json">The document; read to its end and not closed.</param>
    /// <returns>The catalogue, or every problem found, each with its JSON path (<see cref="LoadResult{T}.Value"/> throws a <see cref="DataProblemException"/> listing them).</returns>
    /// <exception cref="ArgumentNullException">The stream is null.</exception>
    /// <exception cref="IOException">The stream fails (whatever it throws is passed on).</exception>
    /// <exception cref="NotSupportedException">The stream cannot be read.</exception>
    /// <exception cref="ObjectDisposedException">The stream is closed.</exception>
    public static LoadResult<MeasureCatalogue> Load(Stream utf8Json) => CatalogueReader.Read(Preconditions.CheckNotNull(utf8Json));

    /// <summary>
    /// Reads a catalogue from JSON text (the document itself, not a file name), collecting every problem.
    /// No content of the text throws: half of a surrogate pair in the string, or escaped in the JSON, and
    /// JSON that is not a catalogue are problems in the result. The first 1,000 problems are listed and
    /// every one is counted.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The catalogue, or every problem found, each with its JSON path (<see cref="LoadResult{T}.Value"/> throws a <see cref="DataProblemException"/> listing them).</returns>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    public static LoadResult<MeasureCatalogue> Parse(string json) => CatalogueReader.Read(Preconditions.CheckNotNull(json));

    /// <summary>Writes the catalogue as indented UTF-8 JSON.</summary>
    /// <param name="utf8Json">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Save(Stream utf8Json) => CatalogueWriter.Write(this, Preconditions.CheckNotNull(utf8Json));

    /// <summary>The catalogue as indented JSON text.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        Save(stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <inheritdoc />
    public bool Equals(MeasureCatalogue? other) =>
        other is not null && Name == other.Name && Description == other.Description && JsonSchema == other.JsonSchema
        && Measures.SequenceEqual(other.Measures);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MeasureCatalogue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Measures.Count);

    /// <summary>The name and size: "Sample Council (39 measures)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (Name.Length > 0 ? Name : "Catalogue") + $" ({Measures.Count} measure{(Measures.Count == 1 ? "" : "s")})";

    /// <summary>
    /// Every catalogue-wide problem (duplicate codes, unknown or circular parents), each with the index of
    /// the measure at fault. Blank codes and parents are skipped: the measure itself reports them.
    /// </summary>
    internal static IEnumerable<(int Index, DefinitionProblem Problem)> Problems(IReadOnlyList<(string? Code, string? Parent)> measures)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int k = 0; k < measures.Count; k++)
        {
            string code = measures[k].Code?.Trim() ?? "";
            if (code.Length == 0)
            {
                continue;
            }

            if (first.TryGetValue(code, out int earlier))
            {
                yield return (k, new DefinitionProblem("code", "measures", $"The code \"{code}\" is already used by measures[{earlier}]; each measure needs its own code."));
            }
            else
            {
                first.Add(code, k);
            }
        }

        for (int k = 0; k < measures.Count; k++)
        {
            string parent = measures[k].Parent?.Trim() ?? "";
            string code = measures[k].Code?.Trim() ?? "";
            if (parent.Length == 0 || parent == code)
            {
                continue;
            }

            if (!first.ContainsKey(parent))
            {
                yield return (k, new DefinitionProblem("parent", "measures", $"The parent \"{parent}\" is not a measure in this catalogue."));
                continue;
            }

            // Follow the chain of parents; coming back to this measure means a loop.
            var chain = new List<string> { code };
            string? next = parent;
            while (next is not null && chain.Count <= measures.Count)
            {
                chain.Add(next);
                if (next == code)
                {
                    yield return (k, new DefinitionProblem("parent", "measures", $"The parents go round in a circle ({string.Join(" → ", chain)}); a measure cannot be a component of itself."));
                    break;
                }

                next = first.TryGetValue(next, out int i) ? measures[i].Parent?.Trim() is { Length: > 0 } p ? p : null : null;
            }
        }
    }
}
