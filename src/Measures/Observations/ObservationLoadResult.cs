using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;

using Measures.Definitions;

namespace Measures.Observations;

/// <summary>
/// The outcome of reading an observations file: every observation, or every problem found. Reading
/// never half-succeeds: when there is any error there are no observations.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ObservationLoadResult
{
    private readonly IReadOnlyList<Observation> observations;

    private ObservationLoadResult(string sourceName, IReadOnlyList<Observation> observations, IReadOnlyList<ObservationError> errors)
    {
        SourceName = sourceName;
        this.observations = observations;
        Errors = errors;
    }

    /// <summary>Gets the name of the file or other source that was read.</summary>
    public string SourceName { get; }

    /// <summary>Gets a value indicating whether every observation was read without any error.</summary>
    public bool Success => Errors.Count == 0;

    /// <summary>Gets the observations in file order; empty when there were errors.</summary>
    public IReadOnlyList<Observation> Observations => observations;

    /// <summary>Gets every problem found, in file order; empty on success.</summary>
    public IReadOnlyList<ObservationError> Errors { get; }

    /// <summary>The observations, or an <see cref="ObservationLoadException"/> listing every problem.</summary>
    /// <returns>The observations, in file order.</returns>
    /// <exception cref="ObservationLoadException">The file had errors.</exception>
    public IReadOnlyList<Observation> GetObservationsOrThrow() =>
        Success ? observations : throw new ObservationLoadException(Errors);

    /// <summary>Describes the outcome: the number of observations read, or the problems one a line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Success
            ? string.Create(CultureInfo.InvariantCulture, $"{SourceName}: read {observations.Count:N0} observations.")
            : ObservationLoadException.Describe(Errors);

    internal static ObservationLoadResult Loaded(string sourceName, List<Observation> observations) =>
        new(sourceName, new ReadOnlyCollection<Observation>(observations), []);

    internal static ObservationLoadResult Failed(string sourceName, List<ObservationError> errors)
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failed read has at least one error.", nameof(errors));
        }

        return new(sourceName, [], new ReadOnlyCollection<ObservationError>(errors));
    }
}
