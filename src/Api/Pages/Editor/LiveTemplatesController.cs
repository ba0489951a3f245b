using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Access;
using Supervision.Api.Acts;
using Supervision.Api.Problems;
using Supervision.Api.Register;
using Supervision.Api.Templates;
using Supervision.Register;
using Supervision.Templating;

namespace Supervision.Api.Pages.Editor;

/// <summary>The live templates, as the template editor page starts from them.</summary>
[ApiController]
[Authorize(Policy = Capability.TemplatesRead)]
[Route("api/templates")]
[Tags("Pages")]
[RegisterErrors]
public sealed partial class LiveTemplatesController(LiveGenerator templates) : ControllerBase
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
    /// <response code="503">The register that holds the live templates cannot be reached.</response>
    [HttpGet("{kind}", Name = "getLiveTemplate")]
    [ProducesResponseType(typeof(EditableTemplate), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Template(string kind, [FromQuery] string? language, [FromQuery] string? instance)
    {
        if (ActChoice.Parse(kind, language, instance, out var choice) is { } problem)
        {
            return new ProblemResult(problem);
        }

        var live = await templates.TemplatesAsync(HttpContext.RequestAborted);
        var template = live.Set.For(choice!.Kind, choice.Language, choice.Instance).File;
        var files = new List<EditableTemplateFile> { new(template.Path, live.VersionOf(template.Path) ?? 1, template.Text) };
        AddIncluded(template.Text, TemplateSources.Folder(choice.Language), live, files);
        return Ok(new EditableTemplate(kind, language!, instance, template.Path, files));
    }

    // Includes name partials of the same folder: include "signature" is <folder>/_signature.sbn.
    private static void AddIncluded(string text, string folder, LiveTemplates live, List<EditableTemplateFile> files)
    {
        foreach (Match match in IncludePattern().Matches(text))
        {
            var path = $"{folder}/_{match.Groups["name"].Value.TrimStart('_')}.sbn";
            if (files.All(file => file.File != path) && live.Set.Files.FirstOrDefault(file => file.Path == path) is { } partial)
            {
                files.Add(new EditableTemplateFile(partial.Path, live.VersionOf(partial.Path) ?? 1, partial.Text));
                AddIncluded(partial.Text, folder, live, files);
            }
        }
    }

    [GeneratedRegex("""include\s+["'](?<name>[A-Za-z0-9_-]+)["']""")]
    private static partial Regex IncludePattern();
}
