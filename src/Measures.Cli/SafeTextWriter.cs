using System;
using System.IO;
using System.Text;
using Measures;

namespace Measures.Cli;

/// <summary>
/// Writes through to a terminal, a pipe or a file with control characters shown as escapes ("\u001B"), so that
/// no text from an input file (a title, a bad value echoed in a message) can rewrite what the user sees.
/// </summary>
internal sealed class SafeTextWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    public override Encoding Encoding => inner.Encoding;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine accepts null to mean the default.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value)
    {
        if (VisibleText.IsHidden(value, keepLineBreaks: true))
        {
            inner.Write(VisibleText.Escape(value.ToString(), keepLineBreaks: true));
        }
        else
        {
            inner.Write(value);
        }
    }

    public override void Write(string? value) => inner.Write(value is null ? null : VisibleText.Escape(value, keepLineBreaks: true));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Write(new string(buffer));

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    public override void Flush() => inner.Flush();
}
