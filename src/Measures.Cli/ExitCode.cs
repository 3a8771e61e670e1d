namespace Measures.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCode
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>An input (a file, a period label, a date) is wrong; the problems are on standard error.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line itself is wrong: an unknown command or option, a missing argument.</summary>
    public const int Usage = 2;

    /// <summary>The tool failed in a way it does not expect: a defect, reported in one line rather than a stack trace.</summary>
    public const int Internal = 70;
}
