using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Problems;
using Supervision.Templating;

namespace Supervision.Api.Acts;

/// <summary>The variants an act is rendered in: the whole act, or a conclusion's copy for the court.</summary>
public static class Variants
{
    /// <summary>Every variant's name.</summary>
    public static IReadOnlyList<string> All { get; } = [TemplateRenderer.FullVariant, TemplateRenderer.CourtCopyVariant];

    /// <summary>Parses a variant query value (absent means "full"): null when known, else the problem (400).</summary>
    public static ProblemDetails? Parse(string? name, out string variant)
    {
        variant = name ?? TemplateRenderer.FullVariant;
        return All.Contains(variant) ? null : ApiProblems.BadQueryValue("variant", name, All);
    }
}
