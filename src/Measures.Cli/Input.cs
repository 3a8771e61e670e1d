using System;
using System.IO;

namespace Measures.Cli;

/// <summary>An input named on the command line, opened once, with what it was found to hold.</summary>
/// <param name="Path">The path as given, or "-" for standard input.</param>
/// <param name="Name">The name problems are reported against: the file's name, or "stdin".</param>
/// <param name="Kind">What the input holds.</param>
/// <param name="Stream">The input from its first byte, read forwards once.</param>
/// <param name="Length">The length in bytes when known (a file), or <see langword="null"/> (a pipe).</param>
internal sealed record Input(string Path, string Name, InputKind Kind, Stream Stream, long? Length) : IDisposable
{
    public void Dispose() => Stream.Dispose();
}
