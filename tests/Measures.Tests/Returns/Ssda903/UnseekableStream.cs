using System;
using System.IO;

namespace Measures.Tests.Returns.Ssda903;

/// <summary>Bytes read as from a pipe: forwards only, with no length.</summary>
internal sealed class UnseekableStream(byte[] content) : MemoryStream(content, writable: false)
{
    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();
}
