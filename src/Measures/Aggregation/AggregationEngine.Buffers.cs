using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Threading.Tasks;
using Measures.Definitions;
using Measures.Time;
using static Measures.Aggregation.UnitRollUp;

namespace Measures.Aggregation;

// The buffers the passes write into: cells, target columns and per-target scratch.
internal static partial class AggregationEngine
{
    /// <summary>Per-run figures for each group: either one cell per run, or a variable number.</summary>
    private sealed class Cells(int[]? runStart, int[]? group, long[] numerator, long[] denominator)
    {
        public long[] Numerator { get; } = numerator;

        public long[] Denominator { get; } = denominator;

        public bool OnePerRun => runStart is null;

        public int[]? GroupColumn => group;

        public int Start(int position) => runStart is null ? position : runStart[position];

        public int Group(int cell) => group is null ? 0 : group[cell];
    }

    private sealed class CellBuffer(int capacity)
    {
        public int[] Group { get; private set; } = new int[capacity];

        public long[] Numerator { get; private set; } = new long[capacity];

        public long[] Denominator { get; private set; } = new long[capacity];

        public int Count { get; private set; }

        public void Add(int group, long numerator, long denominator)
        {
            if (Count == Group.Length)
            {
                int size = Count * 2;
                Group = Group.Length == 0 ? Group : Grow(Group, size);
                Numerator = Grow(Numerator, size);
                Denominator = Grow(Denominator, size);
            }

            Group[Count] = group;
            Numerator[Count] = numerator;
            Denominator[Count] = denominator;
            Count++;
        }
    }

    /// <summary>The target aggregates, as columns.</summary>
    private sealed class TargetBuffer(int capacity, bool grouped)
    {
        public int[] Measure { get; private set; } = new int[capacity];

        public int[] Target { get; private set; } = new int[capacity];

        public int[] Group { get; private set; } = grouped ? new int[capacity] : [];

        public long[] Numerator { get; private set; } = new long[capacity];

        public long[] Denominator { get; private set; } = new long[capacity];

        public ulong[] Mask { get; private set; } = new ulong[capacity];

        public byte[] Expected { get; private set; } = new byte[capacity];

        public int Count { get; private set; }

        public void Add(int measure, int target, int group, long numerator, long denominator, ulong mask, byte expected)
        {
            if (Count == Measure.Length)
            {
                Resize(Count * 2);
            }

            Measure[Count] = measure;
            Target[Count] = target;
            if (Group.Length != 0)
            {
                Group[Count] = group;
            }

            Numerator[Count] = numerator;
            Denominator[Count] = denominator;
            Mask[Count] = mask;
            Expected[Count] = expected;
            Count++;
        }

        public void AddAll(TargetBuffer other)
        {
            if (Count + other.Count > Measure.Length)
            {
                Resize(Count + other.Count);
            }

            Array.Copy(other.Measure, 0, Measure, Count, other.Count);
            Array.Copy(other.Target, 0, Target, Count, other.Count);
            if (Group.Length != 0)
            {
                Array.Copy(other.Group, 0, Group, Count, other.Count);
            }

            Array.Copy(other.Numerator, 0, Numerator, Count, other.Count);
            Array.Copy(other.Denominator, 0, Denominator, Count, other.Count);
            Array.Copy(other.Mask, 0, Mask, Count, other.Count);
            Array.Copy(other.Expected, 0, Expected, Count, other.Count);
            Count += other.Count;
        }

        private void Resize(int size)
        {
            Measure = Grow(Measure, size);
            Target = Grow(Target, size);
            Group = Group.Length == 0 ? Group : Grow(Group, size);
            Numerator = Grow(Numerator, size);
            Denominator = Grow(Denominator, size);
            Mask = Grow(Mask, size);
            Expected = Grow(Expected, size);
        }
    }

    /// <summary>Partial aggregates of one target period, one slot per group.</summary>
    private sealed class Scratch(int groups)
    {
        private readonly long[] numerator = new long[groups];
        private readonly long[] denominator = new long[groups];
        private readonly ulong[] mask = new ulong[groups];
        private readonly int[] touched = new int[groups];
        private int touchedCount;
        private bool ordered = true;

        public void Add(int group, int bit, long n, long d, TemporalRule numeratorRule, TemporalRule denominatorRule)
        {
            ulong was = mask[group];
            if (was == 0)
            {
                ordered &= touchedCount == 0 || group > touched[touchedCount - 1];
                touched[touchedCount++] = group;
            }

            numerator[group] = Aggregate.MergeHeld(numeratorRule, numerator[group], was, n, 1UL << bit);
            denominator[group] = Aggregate.MergeHeld(denominatorRule, denominator[group], was, d, 1UL << bit);
            mask[group] = was | (1UL << bit);
        }

        public void Emit(int measure, int target, byte expected, TargetBuffer output)
        {
            var used = touched.AsSpan(0, touchedCount);
            if (!ordered)
            {
                used.Sort();
            }

            foreach (int g in used)
            {
                output.Add(measure, target, g, numerator[g], denominator[g], mask[g], expected);
                numerator[g] = 0;
                denominator[g] = 0;
                mask[g] = 0;
            }

            touchedCount = 0;
            ordered = true;
        }
    }

    private static T[] Trimmed<T>(T[] array, int count) => array.Length == count ? array : array.AsSpan(0, count).ToArray();

    private static T[] Grow<T>(T[] array, int size)
    {
        Array.Resize(ref array, size);
        return array;
    }
}
