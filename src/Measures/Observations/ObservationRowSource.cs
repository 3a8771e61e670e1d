using System;
using System.Collections.Generic;

namespace Measures.Observations;

/// <summary>
/// Reads the records after the header into batches. A plain record (read without problem, all its fields on one
/// line, the figures whole numbers of at most 18 digits and no value) becomes indexes of its measure, period and unit
/// texts, each distinct text made a string once, and its figures; any other record keeps its fields' text, to be
/// checked exactly as before. No string is made for a field of a plain record whose text was met before.
/// </summary>
internal sealed class ObservationRowSource
{
    // Beyond this many distinct texts in a column a record is read as text: memory stays bounded by the file's records.
    private const int MaxTexts = 1 << 20;

    private readonly CsvRecordReader records;
    private readonly CsvRow row = new();
    private readonly List<(int Line, int Column, string Message)> problems = [];
    private readonly int fieldCount;
    private readonly int measure;
    private readonly int period;
    private readonly int unit;
    private readonly int numerator;
    private readonly int denominator;
    private readonly int value;
    private readonly Texts measures = new();
    private readonly Texts periods = new();
    private readonly Texts units = new();

    /// <param name="records">The reader, after the header.</param>
    /// <param name="fieldCount">How many fields the header has.</param>
    /// <param name="position">Where each column is (measure, period, unit, numerator, denominator, value), -1 when absent.</param>
    public ObservationRowSource(CsvRecordReader records, int fieldCount, int[] position)
    {
        this.records = records;
        this.fieldCount = fieldCount;
        (measure, period, unit, numerator, denominator, value) = (position[0], position[1], position[2], position[3], position[4], position[5]);
    }

    /// <summary>Fills <paramref name="batch"/> with the next records; false when the file has ended (the batch is then the last).</summary>
    public bool Fill(ObservationRowBatch batch)
    {
        batch.Reset();
        while (batch.Count < ObservationRowBatch.Capacity)
        {
            problems.Clear();
            if (!records.Read(row, problems, out int line))
            {
                if (problems.Count > 0)
                {
                    batch.Trailing = new CsvRecordText(0, [], [], [.. problems]);
                }

                batch.Last = true;
                return false;
            }

            ref var record = ref batch.Rows[batch.Count++];
            record.Line = line;
            record.Other = -1;
            if (problems.Count > 0 || row.Count != fieldCount || !TryPlain(batch, ref record, line))
            {
                record.Other = batch.Others.Count;
                batch.Others.Add(AsText(line));
            }
        }

        return true;
    }

    private bool TryPlain(ObservationRowBatch batch, ref ObservationRow record, int line)
    {
        if (numerator < 0 || measure < 0 || period < 0
            || (value >= 0 && (row[value].Length > 0 || row.LineOf(value) != line))
            || row.LineOf(measure) != line || row.LineOf(period) != line || row.LineOf(numerator) != line
            || (unit >= 0 && row.LineOf(unit) != line)
            || (denominator >= 0 && row.LineOf(denominator) != line))
        {
            return false;
        }

        var numeratorText = row[numerator];
        var denominatorText = denominator >= 0 ? row[denominator] : default;
        long d = -1;
        if (!TryDigits(numeratorText, out long n) || (denominatorText.Length > 0 && !TryDigits(denominatorText, out d)))
        {
            return false;
        }

        int m = measures.IndexOf(row[measure], batch.NewMeasures);
        int p = m < 0 ? -1 : periods.IndexOf(row[period], batch.NewPeriods);
        int u = p < 0 ? -1 : unit < 0 ? -1 : units.IndexOf(row[unit], batch.NewUnits);
        if (m < 0 || p < 0 || (unit >= 0 && u < 0))
        {
            return false;
        }

        record.Measure = m;
        record.Period = p;
        record.Unit = u;
        record.Numerator = n;
        record.Denominator = d;

        record.FiguresStart = batch.FiguresUsed;
        record.NumeratorLength = (byte)numeratorText.Length;
        record.DenominatorLength = (byte)denominatorText.Length;
        numeratorText.CopyTo(batch.Figures.AsSpan(batch.FiguresUsed));
        denominatorText.CopyTo(batch.Figures.AsSpan(batch.FiguresUsed + numeratorText.Length));
        batch.FiguresUsed += numeratorText.Length + denominatorText.Length;
        return true;
    }

    // Only ASCII digits, at most 18 of them: what NumberText reads as the same whole number.
    private static bool TryDigits(ReadOnlySpan<char> text, out long number)
    {
        number = 0;
        if (text.Length is 0 or > ObservationRow.MaxDigits)
        {
            return false;
        }

        foreach (char c in text)
        {
            uint digit = (uint)(c - '0');
            if (digit > 9)
            {
                return false;
            }

            number = (number * 10) + digit;
        }

        return true;
    }

    private CsvRecordText AsText(int line)
    {
        var texts = new string[row.Count];
        var lines = new int[row.Count];
        for (int i = 0; i < row.Count; i++)
        {
            texts[i] = row.Text(i);
            lines[i] = row.LineOf(i);
        }

        return new CsvRecordText(line, texts, lines, problems.Count == 0 ? [] : [.. problems]);
    }

    /// <summary>
    /// The distinct texts of one column, each with its index. A file repeats a text in runs (a measure's rows) or in
    /// cycles (each series' periods in turn), so the last text met is tried first, then the one that followed it last time.
    /// </summary>
    private sealed class Texts
    {
        private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> bySpan;
        private readonly List<string> texts = [];
        private readonly List<int> next = [];
        private int last = -1;

        public Texts() => bySpan = indexes.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>The index of <paramref name="text"/>, added to <paramref name="added"/> when new; -1 when there are too many.</summary>
        public int IndexOf(ReadOnlySpan<char> text, List<string> added)
        {
            if (last >= 0)
            {
                if (text.SequenceEqual(texts[last]))
                {
                    return last;
                }

                int guess = next[last];
                if (guess >= 0 && text.SequenceEqual(texts[guess]))
                {
                    return last = guess;
                }
            }

            if (!bySpan.TryGetValue(text, out _, out int index))
            {
                if (indexes.Count >= MaxTexts)
                {
                    return -1;
                }

                string key = new(text);
                index = indexes.Count;
                indexes.Add(key, index);
                texts.Add(key);
                next.Add(-1);
                added.Add(key);
            }

            if (last >= 0)
            {
                next[last] = index;
            }

            return last = index;
        }
    }
}
