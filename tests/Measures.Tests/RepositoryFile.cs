using System;
using System.IO;

namespace Measures.Tests;

/// <summary>Finds files of the repository (docs, test data, the sample) from the test binaries, by walking up to Measures.sln.</summary>
internal static class RepositoryFile
{
    /// <summary>The folder that holds Measures.sln.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Measures.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Could not find the repository root (Measures.sln) above " + AppContext.BaseDirectory);
    }

    public static string PathOf(string relativePath) => Path.Combine(Root(), relativePath);

    public static string ReadAllText(string relativePath) => File.ReadAllText(PathOf(relativePath));
}
