using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Measures.Time;

namespace Measures.Indicators;

/// <summary>
/// Which children make one figure: the children of its numerator and of its denominator with the records behind
/// each, and every child of the return left out with the reason. The numerator's amounts add up to the
/// observation's numerator and the denominator lists as many children as its denominator.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class IndicatorExplanation
{
    internal IndicatorExplanation(string measureCode, ReportingPeriod period, string definition, IReadOnlyList<CountedChild> numerator, IReadOnlyList<CountedChild>? denominator, IReadOnlyList<ExcludedChild> exclusions, IReadOnlyList<string> notes, string? unavailable)
    {
        MeasureCode = measureCode;
        Period = period;
        Definition = definition;
        Numerator = numerator;
        Denominator = denominator;
        Exclusions = exclusions;
        Notes = notes;
        Unavailable = unavailable;
    }

    /// <summary>Gets the measure's code.</summary>
    public string MeasureCode { get; }

    /// <summary>Gets the period the figure is for.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the definition as implemented, in one sentence.</summary>
    public string Definition { get; }

    /// <summary>Gets the children of the numerator, in order of child.</summary>
    public IReadOnlyList<CountedChild> Numerator { get; }

    /// <summary>Gets the children of the denominator, in order of child, or <see langword="null"/> for a count.</summary>
    public IReadOnlyList<CountedChild>? Denominator { get; }

    /// <summary>Gets the children of the return left out, with why, in order of child.</summary>
    public IReadOnlyList<ExcludedChild> Exclusions { get; }

    /// <summary>Gets notes about the figure as a whole (the population year, problems that concern no one child).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Gets why there is no figure (the file the return lacks, no population), or <see langword="null"/> when there is one.</summary>
    public string? Unavailable { get; }

    /// <summary>
    /// Gets what the figure counts, in the plural: "children" for most, "referrals", "assessments", "conferences" or
    /// "plans" where one child may be counted more than once (each entry of <see cref="Numerator"/> and
    /// <see cref="Denominator"/> is then one record, named by its child).
    /// </summary>
    public string CountedUnit => Indicators.CountedUnit.For(MeasureCode);

    /// <summary>Gets the numerator: the sum of the numerator children's amounts.</summary>
    public long NumeratorValue => Numerator.Sum(c => c.Amount);

    /// <summary>The explanation as the command line prints it: the figure, the definition, then each list of children.</summary>
    /// <returns>The text, lines ended by "\n".</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(MeasureCode).Append(", ").Append(Period.ToString()).Append(": ");
        if (Unavailable is not null)
        {
            text.Append("no figure: ").Append(Unavailable).Append('\n');
        }
        else if (Denominator is null)
        {
            text.Append(NumeratorValue.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        else
        {
            text.Append(NumeratorValue.ToString(CultureInfo.InvariantCulture)).Append(" / ").Append(Denominator.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        text.Append(Definition).Append('\n');
        foreach (string note in Notes)
        {
            text.Append("Note: ").Append(note).Append('\n');
        }

        if (Unavailable is null)
        {
            List("Numerator", Numerator);
            if (Denominator is not null)
            {
                List("Denominator", Denominator);
            }
        }

        text.Append(string.Create(CultureInfo.InvariantCulture, $"Left out ({Indicators.CountedUnit.Count(Exclusions.Count, "children")}):\n"));
        foreach (var child in Exclusions)
        {
            text.Append("  ").Append(child.ToString()).Append('\n');
        }

        return text.ToString();

        void List(string name, IReadOnlyList<CountedChild> children)
        {
            text.Append(string.Create(CultureInfo.InvariantCulture, $"{name} ({Indicators.CountedUnit.Count(children.Count, CountedUnit)}"));
            long sum = children.Sum(c => c.Amount);
            if (sum != children.Count)
            {
                text.Append(string.Create(CultureInfo.InvariantCulture, $", {sum} in all"));
            }

            text.Append("):\n");
            foreach (var child in children)
            {
                text.Append("  ").Append(child.ToString()).Append('\n');
            }
        }
    }
}
