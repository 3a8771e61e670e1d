using System;
using System.Linq;
using System.Threading;
using Measures.Samples;

namespace Measures.Cli;

/// <summary>The entry point of the measures tool.</summary>
internal static class Program
{
    private static readonly string[] SampleCatalogueCommands = ["validate", "scorecard", "spc"];

    public static int Main(string[] args)
    {
        StartLoadingSampleCatalogue(args);
        return MeasuresTool.Run(args, Console.Out, Console.Error, new ToolEnvironment(ErrorIsTerminal: !Console.IsErrorRedirected, Console.OpenStandardInput));
    }

    // The sample catalogue takes a fifth of a second to load (most of it compiling its reader): on a second core it is
    // loaded while the command line is read and the file opened, rather than after. Loading it is all this does; the
    // command reads it as before, and would meet any failure to load it itself.
    private static void StartLoadingSampleCatalogue(string[] args)
    {
        if (Environment.ProcessorCount < 2 || args.Length == 0 || !SampleCatalogueCommands.Contains(args[0], StringComparer.Ordinal)
            || args.Any(a => a.StartsWith("--catalogue", StringComparison.Ordinal)))
        {
            return;
        }

        ThreadPool.UnsafeQueueUserWorkItem(
            static _ =>
            {
                try
                {
                    _ = SampleCouncil.Catalogue;
                }
                catch (TypeInitializationException)
                {
                    // The command meets the same failure when it reads the catalogue, and reports it there.
                }
            },
            null);
    }
}
