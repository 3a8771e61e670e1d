using System;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Measures.Cli.Tests;

/// <summary>Whatever fails while the tool writes a file, the file is either the new one, whole, or the old one, untouched.</summary>
public sealed class OutputFileProperties
{
    [Property(MaxTest = 60)]
    public Property A_file_is_written_whole_or_the_old_one_is_left_as_it_was(NonEmptyString old, NonEmptyString content, PositiveInt failAfter, bool fails)
    {
        using var folder = new TempFolder();
        string path = folder.Write("report.md", old.Get);
        string text = string.Concat(Enumerable.Repeat(content.Get, 1 + (failAfter.Get % 50)));
        long limit = fails ? failAfter.Get % (text.Length * 3L) : long.MaxValue;
        bool thrown = false;
        try
        {
            OutputFile.Write(path, writer => writer.Write(text), stream => new FullDiskStream(stream, limit));
        }
        catch (ToolException)
        {
            thrown = true;
        }

        string now = File.ReadAllText(path);
        bool alone = Directory.GetFiles(folder.Path).Length == 1;
        return (thrown ? now == old.Get : now == text).Label(thrown ? "a failed write leaves the old file" : "a finished write leaves the new file whole")
            .And(alone.Label("no temporary file is left beside it"))
            .And((thrown || !fails || limit >= System.Text.Encoding.UTF8.GetByteCount(text)).Label("a write fails exactly when the disk fills first"));
    }
}
