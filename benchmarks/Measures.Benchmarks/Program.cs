using System;
using BenchmarkDotNet.Running;

namespace Measures.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/Measures.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks chosen on the command line, with the processor and load average printed before and after.</summary>
    public static void Main(string[] args)
    {
        Console.WriteLine(MachineDescription.Line("before"));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        Console.WriteLine(MachineDescription.Line("after"));
    }
}
