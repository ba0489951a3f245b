using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Mvc;

namespace Supervision.Api.Bodies;

/// <summary>A request body read as text, or the problem that kept it from being read.</summary>
public sealed record BodyText
{
    private BodyText(string? text, ProblemDetails? problem) => (Text, Problem) = (text, problem);

    /// <summary>The text, when it was read.</summary>
    public string? Text { get; }

    /// <summary>Why it was not: 413, 415, or 400 for bytes that are not UTF-8.</summary>
    public ProblemDetails? Problem { get; }

    /// <summary>Whether the text was read.</summary>
    [MemberNotNullWhen(true, nameof(Text))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Text is not null;

    internal static BodyText Of(string text) => new(text, null);

    internal static BodyText Failed(ProblemDetails problem) => new(null, problem);
}
