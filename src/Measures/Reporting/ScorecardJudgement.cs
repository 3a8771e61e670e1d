using System;
using System.Diagnostics.CodeAnalysis;

namespace Measures.Reporting;

/// <summary>
/// A judgement as a scorecard shows it: the judgement itself (a RAG rating, a direction of travel, a
/// benchmark comparison), or withheld because the public version suppresses a value it rests on.
/// </summary>
/// <remarks>
/// Judgements know nothing of suppression: a scorecard judges every value and then, in the public version,
/// withholds what would reveal a suppressed one. Every writer shows a withheld judgement the same way, as
/// "suppressed" with <see cref="WithheldExplanation"/>. This type is immutable, and thread-safe when
/// <typeparamref name="T"/> is.
/// </remarks>
/// <typeparam name="T">The kind of judgement.</typeparam>
public sealed class ScorecardJudgement<T>
{
    private readonly T judgement;

    private ScorecardJudgement(T judgement, string? withheldExplanation)
    {
        this.judgement = judgement;
        WithheldExplanation = withheldExplanation;
    }

    /// <summary>Gets a value indicating whether the judgement is withheld.</summary>
    [MemberNotNullWhen(true, nameof(WithheldExplanation))]
    public bool IsWithheld => WithheldExplanation is not null;

    /// <summary>Gets why the judgement is withheld ("Not shown: the value is suppressed to protect small numbers."), or <see langword="null"/> when it is shown.</summary>
    public string? WithheldExplanation { get; }

    /// <summary>Gets the judgement.</summary>
    /// <exception cref="InvalidOperationException">The judgement is withheld.</exception>
    public T Judgement => IsWithheld
        ? throw new InvalidOperationException("The judgement is withheld: " + WithheldExplanation + " Check IsWithheld, or use TryGetJudgement.")
        : judgement;

    /// <summary>Gets the judgement when it is shown.</summary>
    /// <param name="judgement">The judgement, or the default of <typeparamref name="T"/> when it is withheld.</param>
    /// <returns><see langword="true"/> when the judgement is shown.</returns>
    public bool TryGetJudgement([MaybeNullWhen(false)] out T judgement)
    {
        judgement = IsWithheld ? default : this.judgement;
        return !IsWithheld;
    }

    /// <summary>The judgement's text, or the reason it is withheld.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => WithheldExplanation ?? judgement?.ToString() ?? string.Empty;

    internal static ScorecardJudgement<T> Shown(T judgement) => new(judgement, null);

    internal static ScorecardJudgement<T> Withheld(string explanation) => new(default!, explanation);
}
