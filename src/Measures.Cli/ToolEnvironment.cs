namespace Measures.Cli;

/// <summary>What the tool needs to know about where it runs.</summary>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal, where progress on large files may be shown.</param>
internal sealed record ToolEnvironment(bool ErrorIsTerminal)
{
    /// <summary>Gets the environment of a run whose output is captured (tests, pipes): no progress is shown.</summary>
    public static ToolEnvironment Captured { get; } = new(ErrorIsTerminal: false);
}
