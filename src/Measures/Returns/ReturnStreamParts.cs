using System;
using System.IO;

namespace Measures.Returns;

/// <summary>
/// A seekable stream read in parts side by side: each part is a stream of its own over a range of the one stream, and
/// each read is taken under one lock with the position set first, so that threads may read their parts at once.
/// </summary>
/// <remarks>
/// A read copies at most a scanner's buffer under the lock, so parts seldom wait on one another. Whatever the stream
/// throws is passed on. The stream is not used by anything else while its parts are read.
/// </remarks>
internal sealed class ReturnStreamParts(Stream stream)
{
    private const int Window = 1 << 16;
    private readonly object gate = new();

    /// <summary>Gets where the stream stood when its parts were made: the first byte of the first part.</summary>
    public long Start { get; } = stream.Position;

    /// <summary>Gets the stream's length: the end of the last part.</summary>
    public long End { get; } = stream.Length;

    /// <summary>Gets a stream of the bytes from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public Stream Part(long from, long to) => new PartStream(this, from, to);

    /// <summary>
    /// The start of the first line at or after <paramref name="from"/> that holds only spaces or tabs before
    /// <paramref name="tag"/>, looked for within 64 KB; -1 when there is none.
    /// </summary>
    public long LineBefore(long from, ReadOnlySpan<byte> tag)
    {
        var window = new byte[Window];
        var bytes = window.AsSpan(0, ReadFully(from, window.AsSpan(0, (int)Math.Min(Window, End - from))));
        for (int at = 0; ;)
        {
            int found = bytes[at..].IndexOf(tag);
            if (found < 0)
            {
                return -1;
            }

            found += at;
            int before = bytes[..found].LastIndexOfAnyExcept(" \t"u8);
            if (before >= 0 && bytes[before] == '\n')
            {
                return from + before + 1;
            }

            at = found + 1;
        }
    }

    private int ReadAt(long at, Span<byte> into)
    {
        lock (gate)
        {
            stream.Position = at;
            return stream.Read(into);
        }
    }

    private int ReadFully(long at, Span<byte> into)
    {
        int total = 0;
        while (total < into.Length)
        {
            int read = ReadAt(at + total, into[total..]);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    private sealed class PartStream(ReturnStreamParts parts, long from, long to) : Stream
    {
        private long position = from;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int wanted = (int)Math.Min(buffer.Length, to - position);
            if (wanted <= 0)
            {
                return 0;
            }

            int read = parts.ReadAt(position, buffer[..wanted]);
            position += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
