using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Supervision.Acts;
using Supervision.Api.Access;
using Supervision.Api.Acts;
using Supervision.Api.Problems;
using Supervision.Api.Register;
using Supervision.Api.Templates;
using Supervision.Batch;

namespace Supervision.Api.Batch;

/// <summary>
/// Many acts in, one zip out, written as the acts render (<see cref="BatchZipWriter"/>): the quarterly
/// batch of notices. Open to whoever may render.
/// </summary>
[ApiController]
[Authorize(Policy = Capability.ActsRender)]
[Route("api/acts")]
[Tags("Acts")]
public sealed class BatchController(BatchBodyReader bodies, LiveGenerator live, OutputFormatCatalog formats) : ControllerBase
{
    /// <summary>Renders a batch of acts into a zip.</summary>
    /// <remarks>
    /// The body is a JSON array of acts (<c>application/json</c>) or NDJSON, one act a line
    /// (<c>application/x-ndjson</c>). The answer is a zip streamed as the acts render: each act's document
    /// as "kind-language-index.pdf" (index from 0, in the batch's order), and last <c>manifest.json</c>
    /// listing every item with its file name and SHA-256, or its errors in the shape of the render endpoint's
    /// 400 (<c>readErrors</c>) and 422 (<c>errors</c>, <c>warnings</c>). An item that is not an act, or breaks
    /// the rules, does not stop the others. An array that is not well-formed JSON cannot be cut into items
    /// and is a 400; in NDJSON a broken line is that item's error only. Limits (settings <c>Batch:MaxBodyBytes</c>,
    /// <c>Batch:MaxItems</c>) are checked before the zip starts: 413 and 422.
    /// </remarks>
    /// <param name="format">"pdf" or "docx".</param>
    /// <response code="200">The zip.</response>
    /// <response code="400">The format is not pdf or docx, or the array is not well-formed JSON.</response>
    /// <response code="413">The body is larger than <c>Batch:MaxBodyBytes</c>.</response>
    /// <response code="415">The body is neither JSON nor NDJSON.</response>
    /// <response code="422">The batch holds no act, or more than <c>Batch:MaxItems</c>.</response>
    /// <response code="503">The register that holds the live templates cannot be reached.</response>
    [HttpPost("batch", Name = "renderActBatch")]
    [BatchRequestBody]
    [RegisterErrors]
    [ProducesResponseType(typeof(Stream), StatusCodes.Status200OK, "application/zip")]
    [ProducesResponseType(typeof(ActReadProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status413PayloadTooLarge, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status415UnsupportedMediaType, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status422UnprocessableEntity, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Batch([FromQuery] string? format)
    {
        if (formats.Parse(format, out var outputFormat) is { } formatProblem)
        {
            return new ProblemResult(formatProblem);
        }

        if (!BatchZipWriter.Formats.Contains(outputFormat))
        {
            return new ProblemResult(ApiProblems.BadQueryValue("format", format, BatchZipWriter.Formats.Select(EnumNames.Of)));
        }

        var (body, problem) = await bodies.ReadAsync(Request, HttpContext.RequestAborted);
        if (problem is not null)
        {
            return new ProblemResult(problem);
        }

        var (generator, _) = await live.GetAsync(HttpContext.RequestAborted);
        Response.StatusCode = StatusCodes.Status200OK;
        Response.ContentType = "application/zip";
        Response.Headers.ContentDisposition = "attachment; filename=\"acts.zip\"";
        HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await Response.StartAsync(HttpContext.RequestAborted);
        await new BatchZipWriter(generator, outputFormat).WriteAsync(body!.Items().ToAsyncEnumerable(), Response.Body, null, HttpContext.RequestAborted);
        return new EmptyResult();
    }
}
