using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Supervision.Acts;
using Supervision.Api.Problems;
using Supervision.Templating;

namespace Supervision.Api.Pages.Editor;

/// <summary>The live templates, as the template editor page starts from them.</summary>
[ApiController]
[Route("api/templates")]
[Tags("Pages")]
public sealed partial class LiveTemplatesController : ControllerBase
{
    /// <summary>The live template of an act and the partials it includes.</summary>
    /// <remarks>
    /// Edit the text and send it to <c>POST /api/templates/preview</c> (with <c>file</c> for a partial) to
    /// see what the edit does before it goes live.
    /// </remarks>
    /// <param name="kind">The kind: "instruction", "order", ... (see <c>GET /api/acts</c>).</param>
    /// <param name="language">The template's language: "kk" or "ru".</param>
    /// <param name="instance">For a conclusion only: "first", "appeal" or "cassation" (a template of its own, where there is one).</param>
    /// <response code="200">The template and its partials.</response>
    /// <response code="400">The language or instance is missing or wrong.</response>
    /// <response code="404">No act has that kind.</response>
    [HttpGet("{kind}")]
    [ProducesResponseType(typeof(EditableTemplate), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    public IActionResult Template(string kind, [FromQuery] string? language, [FromQuery] string? instance)
    {
        if (!EnumNames.TryParse<ActKind>(kind, out var actKind))
        {
            return new ProblemResult(ApiProblems.UnknownKind(kind, EnumNames.All<ActKind>()));
        }

        if (language is null || !EnumNames.TryParse<ActLanguage>(language, out var actLanguage))
        {
            return new ProblemResult(ApiProblems.BadQueryValue("language", language, EnumNames.All<ActLanguage>()));
        }

        ConclusionInstance? conclusionInstance = null;
        if (instance is not null)
        {
            if (actKind != ActKind.Conclusion || !EnumNames.TryParse<ConclusionInstance>(instance, out var parsed))
            {
                return new ProblemResult(ApiProblems.BadQueryValue("instance", instance,
                    actKind == ActKind.Conclusion ? EnumNames.All<ConclusionInstance>() : ["(none: only conclusions have instances)"]));
            }

            conclusionInstance = parsed;
        }

        var set = TemplateSet.Embedded;
        var template = set.For(actKind, actLanguage, conclusionInstance).File;
        var files = new List<EditableTemplateFile> { new(template.Path, template.Text) };
        AddIncluded(template.Text, TemplateSources.Folder(actLanguage), set.Files, files);
        return Ok(new EditableTemplate(kind, language, instance, template.Path, files));
    }

    // Includes name partials of the same folder: include "signature" is <folder>/_signature.sbn.
    private static void AddIncluded(string text, string folder, IReadOnlyList<TemplateFile> all, List<EditableTemplateFile> files)
    {
        foreach (Match match in IncludePattern().Matches(text))
        {
            var path = $"{folder}/_{match.Groups["name"].Value.TrimStart('_')}.sbn";
            if (files.All(file => file.File != path) && all.FirstOrDefault(file => file.Path == path) is { } partial)
            {
                files.Add(new EditableTemplateFile(partial.Path, partial.Text));
                AddIncluded(partial.Text, folder, all, files);
            }
        }
    }

    [GeneratedRegex("""include\s+["'](?<name>[A-Za-z0-9_-]+)["']""")]
    private static partial Regex IncludePattern();
}
