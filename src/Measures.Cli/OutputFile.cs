using System;
using System.IO;
using System.Text;

namespace Measures.Cli;

/// <summary>
/// Writes a file the tool makes so that it appears whole or not at all: into a new file beside it, renamed over
/// the old one only when every byte is on disk. A failure (a full disk, a writer's error) leaves the old file as it was.
/// </summary>
internal static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // The byte order mark (EF BB BF) that tells Excel on Windows a CSV file is UTF-8, not the machine's code page.
    private static readonly UTF8Encoding Utf8WithMark = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>; a device (such as /dev/null) is written directly.</summary>
    public static void Write(string path, Action<TextWriter> write) => Write(path, write, static stream => stream);

    /// <summary>Writes <paramref name="path"/> as UTF-8 text, starting with a byte order mark when <paramref name="byteOrderMark"/> is set.</summary>
    public static void Write(string path, Action<TextWriter> write, bool byteOrderMark) =>
        WriteBytes(path, stream => WriteText(stream, write, byteOrderMark ? Utf8WithMark : Utf8), static stream => stream);

    /// <summary>Writes <paramref name="path"/> through <paramref name="through"/>, which wraps the file's stream (to inject faults).</summary>
    internal static void Write(string path, Action<TextWriter> write, Func<Stream, Stream> through) =>
        WriteBytes(path, stream => WriteText(stream, write, Utf8), through);

    /// <summary>Writes the bytes of <paramref name="path"/> (a workbook) with <paramref name="write"/>, whole or not at all.</summary>
    public static void WriteBytes(string path, Action<Stream> write) => WriteBytes(path, write, static stream => stream);

    /// <summary>Writes the bytes of <paramref name="path"/> through <paramref name="through"/>, which wraps the file's stream (to inject faults).</summary>
    internal static void WriteBytes(string path, Action<Stream> write, Func<Stream, Stream> through)
    {
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new ToolException($"cannot write '{path}': it is a folder; give a file name.");
        }

        if (IsDevice(full))
        {
            Writing(path, () =>
            {
                using var device = new FileStream(full, FileMode.Open, FileAccess.Write);
                write(device);
            });
            return;
        }

        string folder = Path.GetDirectoryName(full) ?? ".";
        string temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..12] + ".tmp");
        try
        {
            Writing(path, () =>
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024))
                {
                    var wrapped = through(stream);
                    write(wrapped);
                    wrapped.Flush();
                    stream.Flush(flushToDisk: true);
                }

                File.Move(temporary, full, overwrite: true);
            });
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    private static void WriteText(Stream stream, Action<TextWriter> write, Encoding encoding)
    {
        using var writer = new StreamWriter(stream, encoding, 64 * 1024, leaveOpen: true);
        write(writer);
    }

    private static void Writing(string path, Action write)
    {
        try
        {
            write();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or EncoderFallbackException)
        {
            string why = ex switch
            {
                UnauthorizedAccessException => "permission to write it was refused",
                EncoderFallbackException => "the text holds half of a surrogate pair, which UTF-8 cannot encode",
                DirectoryNotFoundException => "its folder does not exist",
                _ => Reason(ex),
            };
            throw new ToolException($"cannot write '{path}': {why}; {(File.Exists(path) ? "the existing file is unchanged" : "nothing was written")}.");
        }
    }

    /// <summary>The system's reason without the path it appends (" : '/dev/full'").</summary>
    public static string Reason(Exception ex)
    {
        string message = ex.Message;
        int path = message.IndexOf(" : '", StringComparison.Ordinal);
        return (path > 0 ? message[..path] : message).TrimEnd('.');
    }

    // Devices and the like cannot be replaced by renaming; on Unix they live under /dev.
    private static bool IsDevice(string full) =>
        File.Exists(full) && (full.StartsWith("/dev/", StringComparison.Ordinal) || (File.GetAttributes(full) & FileAttributes.Device) != 0);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A temporary file that cannot be removed is left behind; the target is still whole.
        }
    }
}
