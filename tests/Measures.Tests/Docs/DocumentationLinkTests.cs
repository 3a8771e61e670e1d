using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Measures.Tests.Readme;

namespace Measures.Tests.Docs;

/// <summary>Every relative link in the README and under docs/ leads to a file that exists.</summary>
public sealed partial class DocumentationLinkTests
{
    [GeneratedRegex(@"\]\((?<target>[^)\s#]+)(#[^)]*)?\)")]
    private static partial Regex MarkdownLink();

    public static TheoryData<string> MarkdownFiles()
    {
        string root = RepositoryFile.Root();
        var data = new TheoryData<string>();
        data.Add("README.md");
        foreach (string file in Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void Relative_links_resolve(string markdownFile)
    {
        string root = RepositoryFile.Root();
        string path = Path.Combine(root, markdownFile);
        string folder = Path.GetDirectoryName(path)!;
        var broken = new List<string>();
        foreach (Match link in MarkdownLink().Matches(File.ReadAllText(path)))
        {
            string target = link.Groups["target"].Value;
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            string resolved = Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(target)));
            if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                broken.Add(target);
            }
        }

        Assert.True(broken.Count == 0, $"{markdownFile} links to missing files: {string.Join(", ", broken)}");
    }

    [Fact]
    public void The_index_links_every_docs_page()
    {
        string root = RepositoryFile.Root();
        string index = File.ReadAllText(Path.Combine(root, "docs", "index.md"));
        string[] unlinked = Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(root, "docs"), f).Replace('\\', '/'))
            .Where(f => f != "index.md" && !f.StartsWith("notebooks/", StringComparison.Ordinal) && !f.StartsWith("scripts/", StringComparison.Ordinal))
            .Where(f => !index.Contains("(" + f + ")", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.True(unlinked.Length == 0, "docs/index.md does not link: " + string.Join(", ", unlinked));
    }
}
