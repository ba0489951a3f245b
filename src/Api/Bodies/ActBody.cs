using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Mvc;
using Supervision.Acts;

namespace Supervision.Api.Bodies;

/// <summary>An act read from a request body, or the problem that kept it from being read.</summary>
public sealed record ActBody
{
    private ActBody(Act? act, ProblemDetails? problem) => (Act, Problem) = (act, problem);

    /// <summary>The act, when it was read.</summary>
    public Act? Act { get; }

    /// <summary>Why it was not: 400, 413 or 415.</summary>
    public ProblemDetails? Problem { get; }

    /// <summary>Whether the act was read.</summary>
    [MemberNotNullWhen(true, nameof(Act))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Act is not null;

    internal static ActBody Of(Act act) => new(act, null);

    internal static ActBody Failed(ProblemDetails problem) => new(null, problem);
}
