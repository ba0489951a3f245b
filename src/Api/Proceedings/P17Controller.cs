using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Acts;
using Supervision.Api.Access;
using Supervision.Api.Acts;
using Supervision.Api.Problems;
using Supervision.Api.Register;
using Supervision.Generation;
using Supervision.Register;

namespace Supervision.Api.Proceedings;

/// <summary>
/// p. 17's indicators over the tracked proceedings of an office and those below it (within what the caller
/// reads), for a period: as JSON, and as a report in Kazakh or Russian printed by the act renderers (HTML, PDF).
/// </summary>
[ApiController]
[Authorize(Policy = Capability.RegisterRead)]
[Route("api/indicators/p17")]
[Tags("Proceedings")]
[RegisterErrors]
public sealed class P17Controller(RegisterHost host, ICurrentPrincipal caller, OutputFormatCatalog formats) : ControllerBase
{
    private static readonly OutputFormat[] ReportFormats = [OutputFormat.Html, OutputFormat.Pdf, OutputFormat.Docx];

    /// <summary>p. 17's indicators, per office and in total.</summary>
    /// <remarks>
    /// A proceeding counts where it was in execution on some day of the period: opened on or before its end
    /// and not ended before its start. Execution in favour of the state: recovered on the basis of acts of
    /// supervision / due, over the proceedings for the state whose legal execution term was breached. The
    /// prosecutor's property claims: actually recovered / due, without money recovered in the interests of
    /// private-form organisations. Non-property claims: court acts executed / court acts in execution, without
    /// decisions executed without a writ. What is left out is counted beside each.
    /// </remarks>
    /// <param name="office">One office and those below it ("2"); every office the caller reads by default.</param>
    /// <param name="from">The first day of the period (YYYY-MM-DD); 1 January of <c>to</c>'s year by default.</param>
    /// <param name="to">The last day of the period; today by default.</param>
    /// <response code="200">The indicators.</response>
    /// <response code="400">A value is malformed, or the period ends before it starts.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpGet(Name = "getP17Indicators")]
    [ProducesResponseType(typeof(P17Response), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Indicators([FromQuery] string? office, [FromQuery] string? from, [FromQuery] string? to)
    {
        var (query, problem) = await QueryAsync(office, from, to);
        if (query is null)
        {
            return new ProblemResult(problem!);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        return Ok(P17Response.Of(await register.Proceedings.P17Async(caller.Required(), query, HttpContext.RequestAborted)));
    }

    /// <summary>p. 17's indicators as a report: a table per indicator, per office with the total, and what p. 17 leaves out.</summary>
    /// <param name="office">One office and those below it; every office the caller reads by default.</param>
    /// <param name="from">The first day of the period; 1 January of <c>to</c>'s year by default.</param>
    /// <param name="to">The last day of the period; today by default.</param>
    /// <param name="language">"kk" or "ru".</param>
    /// <param name="format">"html" (the default), "pdf" or "docx".</param>
    /// <response code="200">The report.</response>
    /// <response code="400">A value is malformed, the period ends before it starts, or the format is not one the report is made in (or not available in this build).</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpGet("report", Name = "getP17Report")]
    [ProducesResponseType(typeof(FileContentResult), StatusCodes.Status200OK, "text/html", "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Report([FromQuery] string? office, [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? language, [FromQuery] string? format)
    {
        if (language is null || !EnumNames.TryParse<ActLanguage>(language, out var actLanguage))
        {
            return new ProblemResult(ApiProblems.BadQueryValue("language", language, EnumNames.All<ActLanguage>()));
        }

        if (formats.Parse(format ?? "html", out var outputFormat) is { } formatProblem)
        {
            return new ProblemResult(formatProblem);
        }

        if (!ReportFormats.Contains(outputFormat))
        {
            return new ProblemResult(ApiProblems.BadQueryValue("format", format, ReportFormats.Select(EnumNames.Of)));
        }

        var (query, problem) = await QueryAsync(office, from, to);
        if (query is null)
        {
            return new ProblemResult(problem!);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        var indicators = await register.Proceedings.P17Async(caller.Required(), query, HttpContext.RequestAborted);
        var registered = query.OfficeCode is { } code ? await register.Offices.FindAsync(code, HttpContext.RequestAborted) : null;
        var document = P17Report.Build(indicators, registered, actLanguage);
        if (outputFormat == OutputFormat.Html)
        {
            // The report styles itself, and nothing else.
            Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";
        }

        var name = $"p17-{query.OfficeCode ?? "all"}-{QueryValues.Show(query.From)}-{QueryValues.Show(query.To)}-{EnumNames.Of(actLanguage)}.{outputFormat.Extension()}";
        return File(ActGenerator.RenderDocument(document, outputFormat), outputFormat.ContentType(), outputFormat == OutputFormat.Html ? null : name);
    }

    private async Task<(P17Query? Query, ProblemDetails? Problem)> QueryAsync(string? office, string? from, string? to)
    {
        var values = new QueryValues();
        var officeCode = values.Office("office", office);
        var fromValue = values.Date("from", from);
        var toValue = values.Date("to", to);
        if (values.Problem is { } problem)
        {
            return (null, problem);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        var end = toValue ?? register.Today;
        var start = fromValue ?? new DateOnly(end.Year, 1, 1);
        return start > end
            ? (null, RegisterProblems.BadQuery("from", from ?? QueryValues.Show(start), $"a day on or before the period's end {QueryValues.Show(end)}"))
            : (new P17Query(officeCode, start, end), null);
    }
}
