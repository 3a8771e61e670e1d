namespace Measures.Definitions;

/// <summary>
/// One thing wrong with a would-be definition: the JSON member it concerns (relative, such as
/// "targets[1].tolerance"), the matching constructor parameter, and a reason an analyst understands.
/// Shared by the constructors (which throw) and the catalogue loader (which collects).
/// </summary>
internal readonly record struct DefinitionProblem(string Member, string Parameter, string Message);
