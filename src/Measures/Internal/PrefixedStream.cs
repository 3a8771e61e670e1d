using System;
using System.IO;

namespace Measures.Internal;

/// <summary>
/// A read-only, forward-only stream that gives back the bytes already read from an input (to tell its
/// format) and then the rest of it, so that a pipe or standard input is read once. Disposing it disposes the rest
/// unless <paramref name="leaveOpen"/>.
/// </summary>
internal sealed class PrefixedStream(byte[] prefix, int prefixLength, Stream rest, bool leaveOpen = false) : Stream
{
    private int prefixPosition;
    private long position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    /// <summary>Gets a value indicating whether the underlying stream knows its length.</summary>
    public bool HasLength => rest.CanSeek;

    /// <summary>Gets the input's length when the underlying stream knows it.</summary>
    public override long Length => rest.CanSeek ? rest.Length : throw new NotSupportedException("The length of this input is not known.");

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException("This input is read forwards only.");
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read;
        if (prefixPosition < prefixLength)
        {
            read = Math.Min(buffer.Length, prefixLength - prefixPosition);
            prefix.AsSpan(prefixPosition, read).CopyTo(buffer);
            prefixPosition += read;
        }
        else
        {
            read = rest.Read(buffer);
        }

        position += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("This input is read forwards only.");

    public override void SetLength(long value) => throw new NotSupportedException("This input is read-only.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("This input is read-only.");

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            rest.Dispose();
        }

        base.Dispose(disposing);
    }
}
