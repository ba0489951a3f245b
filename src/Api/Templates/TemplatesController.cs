using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Acts;
using Supervision.Api.Access;
using Supervision.Api.Acts;
using Supervision.Api.Bodies;
using Supervision.Api.Problems;
using Supervision.Api.Register;
using Supervision.Api.Setup;
using Supervision.Generation;

namespace Supervision.Api.Templates;

/// <summary>Template editing: preview an edited template before it goes live.</summary>
[ApiController]
[Authorize(Policy = Capability.ActsRender)]
[Route("api/templates")]
[Tags("Templates")]
public sealed class TemplatesController(JsonBodyReader bodies, TemplatePreviewer previewer, OutputFormatCatalog formats) : ControllerBase
{
    /// <summary>The format a preview is rendered in when none is asked for.</summary>
    public const string DefaultFormat = "html";

    /// <summary>Renders an act through an edited template.</summary>
    /// <remarks>
    /// The body is <c>{ kind, language, template, model }</c>: <c>template</c> is the edited text of the
    /// act's template (or of the file named by <c>file</c>), <c>model</c> the act (by default the shipped
    /// example); every other file is at its live version (the newest published in the register). The
    /// preview renders with the same escaping and strict variables as live rendering, and
    /// with tight limits on loops, recursion, output and time: a template that loops forever or prints
    /// without end is stopped and answered with a 422, not left to run.
    /// </remarks>
    /// <param name="format">html (default), pdf, markup or text; formats this build does not render yet answer 400.</param>
    /// <param name="variant">"full" (default) or "court-copy" for a conclusion.</param>
    /// <response code="200">The rendered preview (inline, no attachment).</response>
    /// <response code="400">The request is malformed: not JSON, a wrong kind or language, an unknown property, a model that is not an act.</response>
    /// <response code="422">The template does not parse or fails while rendering (errors with file, line, column, message), or the model breaks the rules.</response>
    /// <response code="429">Every preview worker is busy.</response>
    /// <response code="503">The register that holds the live templates cannot be reached.</response>
    [HttpPost("preview", Name = "previewTemplate")]
    [RegisterErrors]
    [JsonRequestBody(typeof(PreviewRequestBody))]
    [ProducesResponseType(typeof(Stream), StatusCodes.Status200OK, "text/html", "application/pdf", "text/markdown", "text/plain")]
    [ProducesResponseType(typeof(ActReadProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(TemplateProblemDetails), StatusCodes.Status422UnprocessableEntity, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status429TooManyRequests, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Preview([FromQuery] string? format, [FromQuery] string? variant)
    {
        if (formats.Parse(format ?? DefaultFormat, out var outputFormat) is { } formatProblem)
        {
            return new ProblemResult(formatProblem);
        }

        if (Variants.Parse(variant, out var chosenVariant) is { } variantProblem)
        {
            return new ProblemResult(variantProblem);
        }

        HttpContext.LogFields().Format = EnumNames.Of(outputFormat);
        var (request, problem) = await bodies.ReadAsync(Request, PreviewRequestReader.Read, HttpContext.RequestAborted);
        if (request is null)
        {
            return new ProblemResult(problem!);
        }

        (HttpContext.LogFields().Kind, HttpContext.LogFields().Language) = (EnumNames.Of(request.Act.Kind), EnumNames.Of(request.Act.Language));
        var outcome = await previewer.PreviewAsync(request, outputFormat, chosenVariant, HttpContext.RequestAborted);
        if (outcome.Problem is { } previewProblem)
        {
            return new ProblemResult(previewProblem);
        }

        if (outputFormat == OutputFormat.Html)
        {
            // The preview is shown in the editor's page: it may style itself, and nothing else.
            Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";
        }

        return File(outcome.Content!, outcome.ContentType!);
    }
}
