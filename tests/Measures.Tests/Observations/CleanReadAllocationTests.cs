using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using Measures.Observations;
using Measures.Samples;

namespace Measures.Tests.Observations;

/// <summary>Checking a clean record and handing it on allocates nothing for the record: a large file costs no garbage a row.</summary>
public sealed class CleanReadAllocationTests
{
    [Fact]
    public void Checking_clean_records_against_the_catalogue_allocates_nothing_a_row()
    {
        // The sample council's rows (every value type of its catalogue) for 1 team and for 40: the same texts but the
        // team's, so that what the larger file allocates beyond the smaller is what its rows cost.
        byte[] one = Teams(1);
        byte[] forty = Teams(40);
        long rowsOfOne = Read(one);
        long rowsOfForty = Read(forty);
        Assert.Equal(40 * rowsOfOne, rowsOfForty);

        long extraRows = rowsOfForty - rowsOfOne;

        // The records are read and checked on this thread (one thread, so that its count is all of it). Code not yet
        // optimised by the JIT may allocate where optimised code does not (and while other tests compile code, the JIT
        // waits to optimise), so the best of several reads, given time between them, counts. A string made for every
        // record ("a " + the value type's name, once) cost about 45 bytes a row at every tier.
        long extra = long.MaxValue;
        for (int attempt = 0; attempt < 40 && extra >= extraRows; attempt++)
        {
            extra = Math.Min(extra, Allocated(forty) - Allocated(one));
            Thread.Sleep(attempt < 5 ? 0 : 100);
        }

        Assert.True(
            extra < extraRows,
            string.Create(CultureInfo.InvariantCulture, $"{extraRows:N0} more clean rows allocated {extra:N0} more bytes; less than a byte a row expected."));
    }

    private static long Allocated(byte[] file)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        Read(file);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static long Read(byte[] file)
    {
        long rows = 0;
        var options = new ObservationReadOptions { Catalogue = SampleCouncil.Catalogue, Threads = 1, Each = (in Observation _) => rows++ };
        var result = ObservationCsvReader.Read(new MemoryStream(file, writable: false), "teams.csv", options);
        Assert.True(result.Success, result.ToString());
        return rows;
    }

    private static byte[] Teams(int teams)
    {
        string[] lines;
        using (var reader = new StreamReader(SampleCouncil.OpenObservationsCsv()))
        {
            lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        var text = new StringBuilder(lines[0]).Append('\n');
        for (int t = 0; t < teams; t++)
        {
            string team = string.Create(CultureInfo.InvariantCulture, $"Team {t:D2}");
            for (int i = 1; i < lines.Length; i++)
            {
                string[] fields = lines[i].Split(',');
                fields[2] = team;
                text.Append(string.Join(',', fields)).Append('\n');
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
