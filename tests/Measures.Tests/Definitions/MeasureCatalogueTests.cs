using System;
using System.Collections.Generic;
using Measures.Definitions;

namespace Measures.Tests.Definitions;

public sealed class MeasureCatalogueTests
{
    [Fact]
    public void Measures_are_found_by_code_and_components_by_parent()
    {
        var catalogue = new MeasureCatalogue([TestMeasures.Count("P"), TestMeasures.Count("C1", "P"), TestMeasures.Count("C2", "P")]);
        Assert.Equal("C1", catalogue["C1"].Code);
        Assert.True(catalogue.TryGetMeasure("C2", out var c2));
        Assert.Equal("P", c2.ParentCode);
        Assert.False(catalogue.TryGetMeasure("c2", out _));
        Assert.Equal(["C1", "C2"], [catalogue.ComponentsOf("P")[0].Code, catalogue.ComponentsOf("P")[1].Code]);
        Assert.Empty(catalogue.ComponentsOf("C1"));
        Assert.Throws<KeyNotFoundException>(() => catalogue["Z"]);
    }

    [Fact]
    public void Duplicate_codes_are_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MeasureCatalogue([TestMeasures.Count("A"), TestMeasures.Count("A")]));
        Assert.Contains("\"A\" is already used", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_and_circular_parents_are_refused()
    {
        Assert.Contains("not a measure in this catalogue", Assert.Throws<ArgumentException>(() => new MeasureCatalogue([TestMeasures.Count("A", "Z")])).Message, StringComparison.Ordinal);
        Assert.Contains("A → B → A", Assert.Throws<ArgumentException>(() => new MeasureCatalogue([TestMeasures.Count("A", "B"), TestMeasures.Count("B", "A")])).Message, StringComparison.Ordinal);
    }
}
