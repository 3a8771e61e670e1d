using System;
using System.IO;
using System.Text;
using Measures.Internal;
using Measures.Returns;
using Measures.Returns.Ssda903;

namespace Measures.Cli;

/// <summary>Tells which statutory return one file or standard input holds, from its first bytes, so that a pipe is read once.</summary>
internal static class StatutoryInput
{
    // A return names itself within its first few thousand characters: the census its collection, a CSV file its columns.
    private const int Look = 8192;

    /// <summary>Which return <paramref name="stream"/> holds; <paramref name="whole"/> gives it back from its start and disposes it when disposed.</summary>
    public static StatutoryReturn Tell(Stream stream, out Stream whole)
    {
        byte[] start = new byte[Look];
        int filled = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        whole = new PrefixedStream(start, filled, stream);
        return Tell(start.AsSpan(0, filled));
    }

    /// <summary>Which return a file starting with <paramref name="start"/> holds.</summary>
    public static StatutoryReturn Tell(ReadOnlySpan<byte> start)
    {
        using var decoded = new StreamReader(new MemoryStream(start.ToArray()), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        string text = decoded.ReadToEnd();
        if (ReturnXml.StartsXml(start))
        {
            // The census names its collection in its header; a file without one but with CINdetails is one too. The
            // SSDA903 return's XML has a CHILD element per child, holding CHILDID and EPISODEs.
            if (text.Contains("<Collection>SEN2", StringComparison.OrdinalIgnoreCase))
            {
                return StatutoryReturn.Sen2;
            }

            if (text.Contains("<Collection>CIN", StringComparison.OrdinalIgnoreCase) || text.Contains("<CINdetails", StringComparison.OrdinalIgnoreCase))
            {
                return StatutoryReturn.CinCensus;
            }

            return text.Contains("<CHILDID>", StringComparison.OrdinalIgnoreCase) || text.Contains("<EPISODE>", StringComparison.OrdinalIgnoreCase)
                ? StatutoryReturn.Ssda903
                : StatutoryReturn.OtherXml;
        }

        int end = text.IndexOf('\n', StringComparison.Ordinal);
        if (end < 0 && start.Length >= Look)
        {
            return StatutoryReturn.None;
        }

        return Ssda903Reader.FileOfHeaderRow(end < 0 ? text : text[..end]) is null ? StatutoryReturn.None : StatutoryReturn.Ssda903;
    }
}
