using System.Collections.Generic;
using System.Linq;
using Measures.Returns.Sen2;
using NodaTime;

namespace Measures.Tests.Indicators;

/// <summary>SEN2 returns built in code for the indicator tests.</summary>
internal static class Sen2TestReturns
{
    public static Sen2Person Person(string id, LocalDate received, LocalDate? issued, bool? exception = false, bool transferred = false, string? sex = "F", LocalDate? born = null) =>
        new(id, born ?? new LocalDate(2012, 5, 1), sex, [new Sen2Request(received, "A", null, [new Sen2Assessment("Y", null, issued is null ? [] : [new Sen2Plan(issued, transferred, exception)])])]);

    public static Sen2Return Return(params IEnumerable<Sen2Person> persons) => new() { Persons = [.. persons] };

    /// <summary>A person whose plan is issued <paramref name="days"/> days after the request received on 1 March 2023.</summary>
    public static Sen2Person After(string id, int days, bool? exception = false) =>
        Person(id, new LocalDate(2023, 3, 1), new LocalDate(2023, 3, 1).PlusDays(days), exception);

    public static string Members(IEnumerable<Measures.Indicators.CountedChild> children) => string.Join(",", children.Select(c => c.ChildId));
}
