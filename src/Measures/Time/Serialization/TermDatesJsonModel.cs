using System.Collections.Generic;

namespace Measures.Time.Serialization;

// The shape of school term dates JSON. Everything is nullable so that a missing or null
// property is reported by SchoolTermDatesJson with its path, rather than failing inside the
// serializer; dates stay strings so that a bad date gets a message that shows the value.

/// <summary>The JSON document: a name and the academic years.</summary>
internal sealed class SchoolTermDatesDocument
{
    public string? Name { get; set; }

    public List<AcademicYearDocument?>? AcademicYears { get; set; }
}

/// <summary>One academic year in JSON.</summary>
internal sealed class AcademicYearDocument
{
    public int? StartYear { get; set; }

    public List<TermDocument?>? Terms { get; set; }

    public List<string?>? InsetDays { get; set; }
}

/// <summary>One term in JSON.</summary>
internal sealed class TermDocument
{
    public string? Term { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }

    public DateRangeDocument? HalfTerm { get; set; }
}

/// <summary>An inclusive date range in JSON.</summary>
internal sealed class DateRangeDocument
{
    public string? Start { get; set; }

    public string? End { get; set; }
}
