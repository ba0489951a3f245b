using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Access;
using Supervision.Api.Problems;

namespace Supervision.Api.Register;

/// <summary>
/// Template versions: the shipped files of templates-kk/ and templates-ru/ are version 1; an edited file
/// is proposed by an editor and made the next, live version by another (<see cref="TemplateProposalsController"/>);
/// older versions stay, and re-create the acts issued with them.
/// </summary>
[ApiController]
[Authorize(Policy = Capability.TemplatesRead)]
[Route("api/templates")]
[Tags("Templates")]
[RegisterErrors]
public sealed class TemplateVersionsController(RegisterHost host) : ControllerBase
{
    /// <summary>Every version of every template file, or of one.</summary>
    /// <param name="path">One file: "templates-kk/order.sbn"; every file by default.</param>
    /// <response code="200">The versions, newest first per file, the live one marked; no texts (see <c>/api/templates/versions/text</c>).</response>
    /// <response code="404">No template file has that path.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpGet("versions", Name = "listTemplateVersions")]
    [ProducesResponseType(typeof(IReadOnlyList<TemplateVersionView>), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Versions([FromQuery] string? path)
    {
        var register = await host.GetAsync(HttpContext.RequestAborted);
        var versions = await register.TemplatesAsync(QueryValues.Text(path), HttpContext.RequestAborted);
        if (versions.Count == 0 && QueryValues.Text(path) is { } file)
        {
            return new ProblemResult(RegisterProblems.TemplateNotFound(file, null));
        }

        var names = await register.People.NamesAsync(TemplateVersionView.Editors(versions), HttpContext.RequestAborted);
        return Ok(versions.Select(version => TemplateVersionView.Of(version, names)).ToList());
    }

    /// <summary>The text of a template file at a version (the live one by default).</summary>
    /// <param name="path">The file: "templates-kk/order.sbn".</param>
    /// <param name="version">The version; the live one by default.</param>
    /// <response code="200">The text, with its version, hash and whether it is live.</response>
    /// <response code="400">The path is missing or the version is not a number.</response>
    /// <response code="404">No such file, or no such version of it.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpGet("versions/text", Name = "getTemplateVersionText")]
    [ProducesResponseType(typeof(TemplateText), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Text([FromQuery] string? path, [FromQuery] string? version)
    {
        var file = QueryValues.Text(path);
        if (file is null)
        {
            return new ProblemResult(RegisterProblems.BadQuery("path", null, "the template file, as templates-kk/order.sbn"));
        }

        int? number = null;
        if (version is not null)
        {
            var values = new QueryValues();
            number = values.Number("version", version, 1, int.MaxValue, 1);
            if (values.Problem is { } problem)
            {
                return new ProblemResult(problem);
            }
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        var versions = await register.TemplatesAsync(file, HttpContext.RequestAborted);
        var chosen = number is { } wanted ? versions.FirstOrDefault(candidate => candidate.Version == wanted) : versions.FirstOrDefault(candidate => candidate.IsLive);
        var text = chosen is null ? null : await register.TemplateTextAsync(file, chosen.Version, HttpContext.RequestAborted);
        return chosen is null || text is null
            ? new ProblemResult(RegisterProblems.TemplateNotFound(file, versions.Count == 0 ? null : number))
            : Ok(new TemplateText(chosen.Path, chosen.Version, chosen.Sha256, chosen.IsLive, text));
    }
}
