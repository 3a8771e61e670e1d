using System.CommandLine;

namespace Measures.Cli;

/// <summary>The options of every command that reads an observations file.</summary>
internal static class ObservationFileOptions
{
    /// <summary>The name of the option that leaves out the columns observations do not use.</summary>
    public const string IgnoreUnknownColumnsName = "--ignore-unknown-columns";

    /// <summary><c>--ignore-unknown-columns</c>: read an export's observations, leaving out its other columns.</summary>
    public static Option<bool> IgnoreUnknownColumns() => new(IgnoreUnknownColumnsName)
    {
        Description = "Leave out the columns of an observations CSV (and the properties of observations JSON) that observations do not use, "
            + "such as a percentage or a note, rather than refusing the file; the columns left out are named once on standard error.",
    };
}
