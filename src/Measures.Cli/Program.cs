using System;

namespace Measures.Cli;

/// <summary>The entry point of the measures tool.</summary>
internal static class Program
{
    public static int Main(string[] args) =>
        MeasuresTool.Run(args, Console.Out, Console.Error, new ToolEnvironment(ErrorIsTerminal: !Console.IsErrorRedirected, Console.OpenStandardInput));
}
