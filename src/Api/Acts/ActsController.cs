using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Acts;
using Supervision.Api.Access;
using Supervision.Api.Bodies;
using Supervision.Api.Problems;
using Supervision.Api.Register;
using Supervision.Api.Setup;
using Supervision.Api.Templates;
using Supervision.Examples;
using Supervision.Generation;
using Supervision.Register;
using Supervision.Validation;
using Supervision.Vocabulary;

namespace Supervision.Api.Acts;

/// <summary>
/// Acts in, documents out: render an act as a file, validate it, and learn the kinds of act, the JSON
/// Schema of each and a valid example. Every error is a problem (<c>application/problem+json</c>).
/// </summary>
[ApiController]
[Authorize(Policy = Capability.ActsRender)]
[Route("api/acts")]
[Tags("Acts")]
public sealed class ActsController(ActBodyReader acts, LiveGenerator live, ActValidator validator, OutputFormatCatalog formats) : ControllerBase
{
    /// <summary>Renders an act as a document.</summary>
    /// <remarks>
    /// The body is the act model with its <c>kind</c> and <c>language</c>. The answer is the file with the
    /// format's content type and a <c>Content-Disposition</c> file name built from kind, number and date
    /// ("order-2-05-25-318-2025-09-23.docx"). An act that breaks the rules is a 422 listing every error;
    /// a body that is not an act is a 400 naming where. The act is worded by the live templates: the
    /// newest version of each file published in the register (the shipped wording until an editor publishes);
    /// the <c>X-Template-Versions</c> header names the files and versions used ("templates-kk/order.sbn@2, ...").
    /// Warnings never stop a render and do not travel with the document (no header): a client that wants
    /// them asks <c>POST /api/acts/validate</c>, as the act form does. A 422 lists them beside the errors.
    /// </remarks>
    /// <param name="format">The output format: docx, pdf, html, or markup and text for checks. Formats this build does not render yet answer 400.</param>
    /// <param name="variant">"full" (default), or "court-copy": a conclusion's motivating and resolutive parts, as filed with the court.</param>
    /// <response code="200">The document.</response>
    /// <response code="400">The body is not an act, or a query value is wrong.</response>
    /// <response code="422">The act breaks the rules (every error, and every warning beside them, with path, code and message in the act's language), the variant does not apply to it, or its template could not word it.</response>
    /// <response code="503">The register that holds the live templates cannot be reached.</response>
    [HttpPost("render", Name = "renderAct")]
    [ActRequestBody]
    [RegisterErrors]
    [ProducesResponseType(typeof(Stream), StatusCodes.Status200OK,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf", "text/html", "text/markdown", "text/plain")]
    [ProducesResponseType(typeof(ActReadProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ActValidationProblemDetails), StatusCodes.Status422UnprocessableEntity, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Render([FromQuery] string? format, [FromQuery] string? variant)
    {
        if (formats.Parse(format, out var outputFormat) is { } formatProblem)
        {
            return new ProblemResult(formatProblem);
        }

        if (Variants.Parse(variant, out var chosenVariant) is { } variantQueryProblem)
        {
            return new ProblemResult(variantQueryProblem);
        }

        HttpContext.LogFields().Format = EnumNames.Of(outputFormat);

        var body = await acts.ReadAsync(HttpContext);
        if (!body.Succeeded)
        {
            return new ProblemResult(body.Problem);
        }

        if (ActGenerator.VariantProblem(body.Act, chosenVariant) is { } variantProblem)
        {
            return new ProblemResult(ApiProblems.VariantNotApplicable(variantProblem));
        }

        var (generator, templates) = await live.GetAsync(HttpContext.RequestAborted);
        return generator.Render(body.Act, outputFormat, chosenVariant) switch
        {
            RenderResult.Document document => Document(document, templates.UsedBy(body.Act)),
            RenderResult.Invalid invalid => new ProblemResult(ApiProblems.Invalid(invalid.Errors, invalid.Warnings)),
            RenderResult.Refused refused => new ProblemResult(ApiProblems.NotRenderable(refused.Message)),
            var other => throw new InvalidOperationException($"Unexpected render result {other.GetType().Name}."),
        };
    }

    /// <summary>Validates an act without rendering it.</summary>
    /// <remarks>
    /// Runs every rule the render endpoint runs; the answer lists every error and every warning at once.
    /// A warning (a sum typed without its words, a law cited without its article, an act dated after
    /// today in Kazakhstan) has the shape of an error (path, code, message in the act's language) but
    /// never makes the act invalid: an act with only warnings answers 200 and renders.
    /// </remarks>
    /// <response code="200"><c>{ "valid": true, "warnings": [ { "path", "code", "message" }, ... ] }</c>; warnings may be empty.</response>
    /// <response code="400">The body is not an act.</response>
    /// <response code="422">The act breaks the rules: <c>errors</c> lists every error, <c>warnings</c> every warning beside them, each with path, code and message in the act's language.</response>
    [HttpPost("validate", Name = "validateAct")]
    [ActRequestBody]
    [ProducesResponseType(typeof(ValidityResult), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ActReadProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ActValidationProblemDetails), StatusCodes.Status422UnprocessableEntity, ProblemWriter.MediaType)]
    public async Task<IActionResult> Validate()
    {
        var body = await acts.ReadAsync(HttpContext);
        if (!body.Succeeded)
        {
            return new ProblemResult(body.Problem);
        }

        var report = validator.Validate(body.Act);
        return report.IsValid
            ? Ok(new ValidityResult(true, report.Warnings))
            : new ProblemResult(ApiProblems.Invalid(report.Errors, report.Warnings));
    }

    /// <summary>Lists the kinds of act, with their titles in Kazakh and Russian.</summary>
    /// <response code="200">Every kind, in the order of the law's paragraphs.</response>
    [HttpGet(Name = "listActKinds")]
    [ProducesResponseType(typeof(IReadOnlyList<ActKindSummary>), StatusCodes.Status200OK, "application/json")]
    public ActionResult<IReadOnlyList<ActKindSummary>> Kinds() =>
        Enum.GetValues<ActKind>()
            .Select(kind => new ActKindSummary(EnumNames.Of(kind), new ActKindTitles(
                ActVocabulary.For(ActLanguage.Kk).KindTitle(kind),
                ActVocabulary.For(ActLanguage.Ru).KindTitle(kind))))
            .ToList();

    /// <summary>The JSON Schema (draft 2020-12) of a kind's model.</summary>
    /// <param name="kind">The kind: "instruction", "order", ... (see <c>GET /api/acts</c>).</param>
    /// <response code="200">The schema: enum values spelt out, mandatory fields required, unknown properties refused.</response>
    /// <response code="404">No act has that kind.</response>
    [HttpGet("{kind}/schema", Name = "getActSchema")]
    [ProducesResponseType(typeof(object), StatusCodes.Status200OK, "application/schema+json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    public IActionResult Schema(string kind)
    {
        if (!EnumNames.TryParse<ActKind>(kind, out var actKind))
        {
            return new ProblemResult(ApiProblems.UnknownKind(kind, EnumNames.All<ActKind>()));
        }

        HttpContext.LogFields().Kind = kind;
        return Content(ActSchemas.For(actKind), "application/schema+json; charset=utf-8");
    }

    /// <summary>A realistic, valid act of a kind: a starting point for a client.</summary>
    /// <param name="kind">The kind: "instruction", "order", ... (see <c>GET /api/acts</c>).</param>
    /// <param name="language">"kk" or "ru".</param>
    /// <param name="instance">For a conclusion only: "first" (default), "appeal" or "cassation".</param>
    /// <response code="200">The act, as the render endpoint takes it.</response>
    /// <response code="400">The language or instance is missing or wrong.</response>
    /// <response code="404">No act has that kind.</response>
    [HttpGet("{kind}/example", Name = "getActExample")]
    [ProducesResponseType(typeof(object), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    public IActionResult Example(string kind, [FromQuery] string? language, [FromQuery] string? instance)
    {
        if (ActChoice.Parse(kind, language, instance, out var choice) is { } problem)
        {
            return new ProblemResult(problem);
        }

        (HttpContext.LogFields().Kind, HttpContext.LogFields().Language) = (kind, language);
        return Content(ActExamples.Json(choice!.Kind, choice.Language, choice.Instance), "application/json; charset=utf-8");
    }

    /// <summary>The response header naming the template files and versions a render used: "templates-kk/order.sbn@2, templates-kk/_header.sbn@1".</summary>
    public const string TemplateVersionsHeader = "X-Template-Versions";

    private FileContentResult Document(RenderResult.Document document, IReadOnlyList<TemplateUse> templates)
    {
        // The wording is part of what was rendered: a client keeps it with the document, as the register does for issued acts.
        Response.Headers[TemplateVersionsHeader] = string.Join(", ", templates.Select(use => string.Create(CultureInfo.InvariantCulture, $"{use.Path}@{use.Version}")));
        return File(document.Content, document.ContentType, document.FileName);
    }
}
