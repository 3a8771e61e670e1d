using System.Collections.Generic;
using System.Runtime.ExceptionServices;

namespace Measures.Observations;

/// <summary>
/// A run of consecutive CSV records as <see cref="ObservationRowSource"/> read them, in file order: plain records as
/// indexes of their field texts and their figures, any other record as its fields' text. Handed from the thread that
/// reads the file to the one that checks the records, then reused.
/// </summary>
internal sealed class ObservationRowBatch
{
    /// <summary>How many records a batch holds: enough that handing one over costs little, few enough that both threads start soon.</summary>
    public const int Capacity = 4096;

    /// <summary>Gets the records, of which the first <see cref="Count"/> are used.</summary>
    public ObservationRow[] Rows { get; } = new ObservationRow[Capacity];

    /// <summary>Gets or sets how many records the batch holds.</summary>
    public int Count { get; set; }

    /// <summary>Gets the records read as text (a problem in them, or figures that are not plain), by <see cref="ObservationRow.Other"/>.</summary>
    public List<CsvRecordText> Others { get; } = [];

    /// <summary>Gets the measure texts first met in this batch, in the order of their indexes.</summary>
    public List<string> NewMeasures { get; } = [];

    /// <summary>Gets the period texts first met in this batch.</summary>
    public List<string> NewPeriods { get; } = [];

    /// <summary>Gets the unit texts first met in this batch.</summary>
    public List<string> NewUnits { get; } = [];

    /// <summary>Gets the figures' text as written, for messages should a record be checked in full after all.</summary>
    public char[] Figures { get; } = new char[Capacity * 2 * ObservationRow.MaxDigits];

    /// <summary>Gets or sets how much of <see cref="Figures"/> is used.</summary>
    public int FiguresUsed { get; set; }

    /// <summary>Gets or sets problems found after the last record, if any.</summary>
    public CsvRecordText? Trailing { get; set; }

    /// <summary>Gets or sets a value indicating whether this is the last batch: the file ends after it.</summary>
    public bool Last { get; set; }

    /// <summary>Gets or sets what the reading thread threw, to be thrown again on the checking thread.</summary>
    public ExceptionDispatchInfo? Failure { get; set; }

    public void Reset()
    {
        Count = 0;
        Others.Clear();
        NewMeasures.Clear();
        NewPeriods.Clear();
        NewUnits.Clear();
        FiguresUsed = 0;
        Last = false;
        Trailing = null;
        Failure = null;
    }
}

/// <summary>One record of a batch: either plain (every field on <see cref="Line"/>, figures whole numbers) or, when <see cref="Other"/> is not -1, read as text.</summary>
internal struct ObservationRow
{
    /// <summary>The most digits a plain figure has: more might not fit a <see cref="long"/>.</summary>
    public const int MaxDigits = 18;

    public int Line;
    public int Other;
    public int Measure;
    public int Period;
    public int Unit;
    public long Numerator;
    public long Denominator;
    public int FiguresStart;
    public byte NumeratorLength;
    public byte DenominatorLength;
}

/// <summary>A record as text: its line, its fields' text and lines, and the problems reading it found.</summary>
internal sealed record CsvRecordText(int Line, string[] Texts, int[] Lines, (int Line, int Column, string Message)[] Problems);
