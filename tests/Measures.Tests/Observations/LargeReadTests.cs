using System;
using System.IO;
using System.Linq;
using System.Text;
using Measures.Observations;
using Measures.Samples;

namespace Measures.Tests.Observations;

/// <summary>What keeps a read of millions of rows small: shared strings and a list that grows in chunks.</summary>
public sealed class LargeReadTests
{
    private static LoadResult<System.Collections.Generic.IReadOnlyList<Observation>> ReadRows(int rows)
    {
        var csv = new StringBuilder("measure,period,organisational_unit,numerator,denominator\n");
        for (int i = 0; i < rows; i++)
        {
            csv.Append("CSC-04,2024-03,Team ").Append(i).Append(',').Append(i).Append(",\n");
        }

        return ObservationCsvReader.Read(new StringReader(csv.ToString()), "rows.csv", new ObservationReadOptions { Catalogue = SampleCouncil.Catalogue });
    }

    [Fact]
    public void Rows_share_one_string_for_each_code_and_unit()
    {
        var read = ReadRows(3).Value;
        var again = ObservationCsvReader.Read(
            new StringReader("measure,period,organisational_unit,numerator,denominator\nCSC-04,2024-03,North,1,\nCSC-04,2024-02,North,2,\n"),
            "rows.csv",
            new ObservationReadOptions { Catalogue = SampleCouncil.Catalogue }).Value;
        Assert.Same(again[0].OrganisationalUnit, again[1].OrganisationalUnit);
        Assert.Same(again[0].MeasureCode, again[1].MeasureCode);
        Assert.Same(SampleCouncil.Catalogue["CSC-04"].Code, again[0].MeasureCode);
        Assert.Equal(3, read.Count);
    }

    [Fact]
    public void More_rows_than_one_chunk_read_back_in_order_by_index_and_by_enumeration()
    {
        const int Rows = (1 << 16) + 5;
        var csv = new StringBuilder("measure,period,organisational_unit,numerator,denominator\n");
        for (int i = 0; i < Rows; i++)
        {
            csv.Append("CSC-04,2024-03,T").Append(i).Append(',').Append(i).Append(",\n");
        }

        var read = ObservationCsvReader.Read(new StringReader(csv.ToString()), "rows.csv", new ObservationReadOptions { Catalogue = SampleCouncil.Catalogue }).Value;
        Assert.Equal(Rows, read.Count);
        Assert.Equal(1 << 16, read[1 << 16].Numerator);
        Assert.Equal(Rows - 1, read[Rows - 1].Numerator);
        Assert.Equal(Enumerable.Range(0, Rows).Select(i => (long)i), read.Select(o => o.Numerator));
        Assert.Throws<ArgumentOutOfRangeException>(() => read[Rows]);
        Assert.Throws<ArgumentOutOfRangeException>(() => read[-1]);
    }
}
