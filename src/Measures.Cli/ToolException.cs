using System;
using System.Collections.Generic;

namespace Measures.Cli;

/// <summary>Stops a command with an exit code and the problems to show on standard error.</summary>
internal sealed class ToolException : Exception
{
    public ToolException()
        : this(Cli.ExitCode.InvalidInput, "The command failed.")
    {
    }

    public ToolException(string message)
        : this(Cli.ExitCode.InvalidInput, message)
    {
    }

    public ToolException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = Cli.ExitCode.InvalidInput;
        Problems = [];
    }

    public ToolException(int exitCode, string message, IReadOnlyList<string>? problems = null)
        : base(message)
    {
        ExitCode = exitCode;
        Problems = problems ?? [];
    }

    public int ExitCode { get; }

    /// <summary>Gets the problems, one a line, shown before the message.</summary>
    public IReadOnlyList<string> Problems { get; }

    public static ToolException Usage(string message) => new(Cli.ExitCode.Usage, message);
}
