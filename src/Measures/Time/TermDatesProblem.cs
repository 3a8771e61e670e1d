namespace Measures.Time;

/// <summary>
/// What is wrong with a piece of school term dates: the field at fault (a property name, or a
/// property with an index such as <c>insetDays[2]</c>) and why, so that constructors can throw an
/// <see cref="System.ArgumentException"/> and the JSON reader a <see cref="System.Text.Json.JsonException"/>
/// naming the same field.
/// </summary>
internal readonly record struct TermDatesProblem(string Field, string Message)
{
    /// <summary>The parameter name of a field: the part before any index.</summary>
    public string ParamName
    {
        get
        {
            int bracket = Field.IndexOf('[', System.StringComparison.Ordinal);
            return bracket < 0 ? Field : Field[..bracket];
        }
    }

    /// <summary>Throws the problem as an <see cref="System.ArgumentException"/>.</summary>
    public System.ArgumentException ToArgumentException() => new(Field == ParamName ? Message : $"{Field}: {Message}", ParamName);
}
