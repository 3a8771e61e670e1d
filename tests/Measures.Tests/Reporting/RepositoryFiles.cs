using System;
using System.IO;

namespace Measures.Tests.Reporting;

/// <summary>Finds files of the repository (docs) from the test binaries, by walking up to Measures.sln.</summary>
internal static class RepositoryFiles
{
    public static string PathOf(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Measures.sln")))
            {
                return Path.Combine(dir.FullName, relativePath);
            }
        }

        throw new FileNotFoundException("Could not find the repository root (Measures.sln) above " + AppContext.BaseDirectory);
    }

    public static string ReadAllText(string relativePath) => File.ReadAllText(PathOf(relativePath));
}
