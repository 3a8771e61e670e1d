using System;
using Measures.Returns.Ssda903;
using Measures.Samples;
using NodaTime;

namespace Measures.Benchmarks.Returns;

/// <summary>
/// The synthetic national-size SSDA903 return the return benchmarks share (reading, writing, indicators), made once
/// per process with a fixed seed so that every benchmark measures the same records.
/// </summary>
public static class SyntheticReturnData
{
    /// <summary>The number of children of a national-size return.</summary>
    public const int NationalChildren = 110_000;

    /// <summary>The seed of the shared return.</summary>
    public const int Seed = 20240331;

    private static readonly Lazy<Ssda903Return> LazyNational = new(() => SyntheticSsda903.Generate(NationalChildren, Seed, YearEnd));

    /// <summary>Gets the last day of the shared return's year: 31 March 2024.</summary>
    public static LocalDate YearEnd { get; } = new(2024, 3, 31);

    /// <summary>Gets the shared national-size return (110,000 children, about 260,000 episodes).</summary>
    public static Ssda903Return National => LazyNational.Value;
}
