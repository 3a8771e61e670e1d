using System.Runtime.InteropServices;

namespace Measures.Benchmarks.Aggregation;

/// <summary>
/// One observation as a 20-byte struct with integer keys (measure index, month ordinal, team index):
/// what a hand-written program would group, rather than the 56-byte <c>Observation</c> objects with string keys.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public readonly record struct ObservationRow(int Measure, int Month, int Unit, int Numerator, int Denominator);
