using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;

namespace Measures.Definitions;

/// <summary>
/// The outcome of loading a catalogue: the catalogue, or every problem found. Loading never
/// half-succeeds: when there is any error there is no catalogue.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CatalogueLoadResult
{
    private CatalogueLoadResult(MeasureCatalogue? catalogue, IReadOnlyList<CatalogueError> errors)
    {
        Catalogue = catalogue;
        Errors = errors;
    }

    /// <summary>Gets a value indicating whether the catalogue loaded without any error.</summary>
    [MemberNotNullWhen(true, nameof(Catalogue))]
    public bool Success => Catalogue is not null;

    /// <summary>Gets the catalogue, or <see langword="null"/> when there were errors.</summary>
    public MeasureCatalogue? Catalogue { get; }

    /// <summary>Gets every problem found, in document order; empty on success.</summary>
    public IReadOnlyList<CatalogueError> Errors { get; }

    /// <summary>The catalogue, or a <see cref="CatalogueException"/> listing every problem.</summary>
    /// <returns>The catalogue.</returns>
    /// <exception cref="CatalogueException">The catalogue had errors.</exception>
    public MeasureCatalogue GetCatalogueOrThrow() => Catalogue ?? throw new CatalogueException(Errors);

    /// <summary>Describes the outcome: the number of measures, or the problems one a line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Success ? $"Loaded {Catalogue.Measures.Count} measures." : new CatalogueException(Errors).Message;

    internal static CatalogueLoadResult Loaded(MeasureCatalogue catalogue) => new(catalogue, []);

    internal static CatalogueLoadResult Failed(IList<CatalogueError> errors)
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failed load has at least one error.", nameof(errors));
        }

        return new(null, new ReadOnlyCollection<CatalogueError>(errors));
    }
}
