using System;

namespace Measures.Calculation;

/// <summary>
/// A figure as it goes into a published table: the text shown (a figure or a symbol such as <c>[c]</c>),
/// why it was suppressed if it was, and the unsuppressed figure kept for the internal version.
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly struct PublishedFigure : IEquatable<PublishedFigure>
{
    private readonly string? text;

    internal PublishedFigure(string text, StatisticalSymbol symbol, SuppressionReason reason, decimal? shown, decimal? unsuppressed)
    {
        this.text = text;
        Symbol = symbol;
        Reason = reason;
        Shown = shown;
        Unsuppressed = unsuppressed;
    }

    /// <summary>Gets a figure that is not available: <c>[x]</c>.</summary>
    public static PublishedFigure NotAvailable { get; } = new("[x]", StatisticalSymbol.NotAvailable, SuppressionReason.None, null, null);

    /// <summary>Gets the text for the published table: "15", "54%", "[c]", "[z]", "[low]".</summary>
    public string Text => text ?? string.Empty;

    /// <summary>Gets the symbol shown instead of a figure, or <see cref="StatisticalSymbol.None"/>.</summary>
    public StatisticalSymbol Symbol { get; }

    /// <summary>Gets why the figure was suppressed, or <see cref="SuppressionReason.None"/>.</summary>
    public SuppressionReason Reason { get; }

    /// <summary>Gets whether the figure was suppressed (<c>[c]</c>).</summary>
    public bool IsSuppressed => Symbol == StatisticalSymbol.Confidential;

    /// <summary>Gets the figure shown (after any rounding of counts), or <see langword="null"/> when a symbol is shown.</summary>
    public decimal? Shown { get; }

    /// <summary>Gets the figure before suppression and rounding, for the internal version; <see langword="null"/> when there is none.</summary>
    public decimal? Unsuppressed { get; }

    /// <summary>Gets the symbol's text as government statistics write it: "[c]", "[x]", "[z]", "[low]", or an empty string for none.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <returns>The text.</returns>
    public static string SymbolText(StatisticalSymbol symbol) => symbol switch
    {
        StatisticalSymbol.Confidential => "[c]",
        StatisticalSymbol.NotAvailable => "[x]",
        StatisticalSymbol.NotApplicable => "[z]",
        StatisticalSymbol.Low => "[low]",
        _ => string.Empty,
    };

    /// <summary>The text for the published table.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;

    /// <inheritdoc />
    public bool Equals(PublishedFigure other) =>
        Text == other.Text && Symbol == other.Symbol && Reason == other.Reason && Shown == other.Shown && Unsuppressed == other.Unsuppressed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PublishedFigure other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, Symbol, Reason, Shown, Unsuppressed);

    /// <summary>Whether two figures are the same.</summary>
    public static bool operator ==(PublishedFigure left, PublishedFigure right) => left.Equals(right);

    /// <summary>Whether two figures differ.</summary>
    public static bool operator !=(PublishedFigure left, PublishedFigure right) => !left.Equals(right);
}
