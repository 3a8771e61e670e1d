using System;
using System.IO;

namespace Measures.Cli;

/// <summary>What the tool needs to know about where it runs.</summary>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal, where progress on large files may be shown.</param>
/// <param name="OpenStandardInput">Opens standard input, read when a file is given as "-".</param>
internal sealed record ToolEnvironment(bool ErrorIsTerminal, Func<Stream> OpenStandardInput)
{
    /// <summary>Gets the environment of a run whose output is captured (tests, pipes): no progress is shown, and standard input is empty.</summary>
    public static ToolEnvironment Captured { get; } = new(ErrorIsTerminal: false, () => Stream.Null);
}
