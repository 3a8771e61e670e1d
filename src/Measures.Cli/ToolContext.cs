using System.IO;

namespace Measures.Cli;

/// <summary>The writers and environment of one run of the tool.</summary>
internal sealed record ToolContext(TextWriter Output, TextWriter Error, ToolEnvironment Environment);
