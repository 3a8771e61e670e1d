using Measures.Internal;

namespace Measures.Returns;

/// <summary>
/// A problem found in a return, with the child it concerns so that, read leniently, exactly that child can be
/// left out of the figures the problem touches.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ReturnProblem
{
    /// <summary>Creates a problem of a return.</summary>
    /// <param name="problem">The problem: its kind, file, line, column, field, value and reason.</param>
    /// <param name="part">Which part of the return it is in (for SSDA903, the file: <see cref="Ssda903.Ssda903File"/> as a number).</param>
    /// <param name="childId">The child it concerns, or <see langword="null"/> when it concerns no one child (a header row).</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="problem"/> is null.</exception>
    public ReturnProblem(DataProblem problem, int part, string? childId)
    {
        Problem = Preconditions.CheckNotNull(problem);
        Part = part;
        ChildId = childId;
    }

    /// <summary>Gets the problem.</summary>
    public DataProblem Problem { get; }

    /// <summary>Gets which part of the return it is in (for SSDA903, a <see cref="Ssda903.Ssda903File"/>).</summary>
    public int Part { get; }

    /// <summary>Gets the child it concerns, or <see langword="null"/>.</summary>
    public string? ChildId { get; }

    /// <inheritdoc />
    public override string ToString() => ChildId is null || Problem.Subject.Contains(ChildId, System.StringComparison.Ordinal) ? Problem.ToString() : $"{Problem} (child {ChildId})";
}
