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
            OutputFile.Write(path, writer => writer.Write(text), stream => new FailingStream(stream, limit));
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

    /// <summary>A disk that fills after <paramref name="limit"/> bytes.</summary>
    private sealed class FailingStream(Stream inner, long limit) : Stream
    {
        private long written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (written + buffer.Length > limit)
            {
                throw new IOException("No space left on device");
            }

            written += buffer.Length;
            inner.Write(buffer);
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
