using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Supervision.Acts;
using Supervision.Api.Access;
using Supervision.Api.Acts;
using Supervision.Api.Bodies;
using Supervision.Api.Problems;
using Supervision.Api.Setup;
using Supervision.Generation;
using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>
/// The register of issued acts: issue an act (a number of its office's sequence for the year, its
/// documents' hashes and template versions stored), list and read issued acts, get a stored act's
/// document re-created exactly, and record its execution. Every error is a problem.
/// </summary>
[ApiController]
[Authorize(Policy = Capability.RegisterRead)]
[Route("api/acts")]
[Tags("Register")]
[RegisterErrors]
public sealed class IssuedActsController(RegisterHost host, ActBodyReader acts, JsonBodyReader bodies, OutputFormatCatalog formats) : ControllerBase
{
    /// <summary>The header that may name who issues the act instead of the query's <c>issuedBy</c> (percent-encoded UTF-8).</summary>
    public const string IssuedByHeader = "X-Issued-By";

    /// <summary>The header that may give the office index instead of the query's <c>officeCode</c>.</summary>
    public const string OfficeCodeHeader = "X-Office-Code";

    /// <summary>The header telling whether a re-created document has the SHA-256 stored at issue.</summary>
    public const string MatchesIssuedHeader = "X-Matches-Issued";

    /// <summary>The header carrying the SHA-256 of the bytes served.</summary>
    public const string ContentSha256Header = "X-Content-Sha256";

    /// <summary>The most acts one page of the list holds.</summary>
    public const int MaxPage = 500;

    /// <summary>Issues an act: validates it, numbers it, renders and stores it.</summary>
    /// <remarks>
    /// The body is an act, as <c>POST /api/acts/render</c> takes it. In one transaction the act gets the
    /// next outgoing number of its office's sequence for the act's year (no gaps, no duplicates, also
    /// under concurrent requests), written into the act ("2-11-25/17"); it is rendered with the live
    /// template versions, and stored with those versions, the SHA-256 of its DOCX, PDF and HTML, its due
    /// date, who issued it and when; an audit entry is chained. Anything that fails leaves nothing
    /// stored and no number used. The documents are then served, re-created byte for byte, by
    /// <c>GET /api/acts/issued/{id}/document</c>.
    /// Who issues the act is given in the query (<c>issuedBy</c>) or in the header <c>X-Issued-By</c>
    /// (UTF-8, percent-encoded); the office's registration index (<c>officeCode</c> or <c>X-Office-Code</c>)
    /// is needed the first time an office, by the name printed in the act, issues.
    /// </remarks>
    /// <param name="issuedBy">Who issues the act: a login or a name.</param>
    /// <param name="officeCode">The office's registration index ("2-11"), heading its numbers; needed for an office's first act.</param>
    /// <param name="issuedByHeader">Who issues the act, when not in the query: UTF-8, percent-encoded.</param>
    /// <param name="officeCodeHeader">The office's registration index, when not in the query.</param>
    /// <response code="201">Issued: the number, the documents' hashes, the due date, the template versions and links; <c>Location</c> is the act's record.</response>
    /// <response code="400">The body is not an act, or who issues it or the office index is missing or malformed.</response>
    /// <response code="422">The act breaks the rules (every error with path, code and message in the act's language), or the register will not issue it as asked (an office without its index, another office's index); no number was used.</response>
    /// <response code="503">The register's database is not available, or this machine cannot make the act's PDF.</response>
    [HttpPost("issue")]
    [Authorize(Policy = Capability.ActsIssue)]
    [ActRequestBody]
    [ProducesResponseType(typeof(IssueResponse), StatusCodes.Status201Created, "application/json")]
    [ProducesResponseType(typeof(ActReadProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ActValidationProblemDetails), StatusCodes.Status422UnprocessableEntity, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Issue(
        [FromQuery] string? issuedBy,
        [FromQuery] string? officeCode,
        [FromHeader(Name = IssuedByHeader)] string? issuedByHeader,
        [FromHeader(Name = OfficeCodeHeader)] string? officeCodeHeader)
    {
        var (by, byProblem) = QueryOrHeader("issuedBy", issuedBy, IssuedByHeader, issuedByHeader);
        var (office, officeProblem) = QueryOrHeader("officeCode", officeCode, OfficeCodeHeader, officeCodeHeader);
        if ((byProblem ?? officeProblem) is { } problem)
        {
            return new ProblemResult(problem);
        }

        if (by is null)
        {
            return new ProblemResult(RegisterProblems.BadQuery("issuedBy", null, $"who issues the act (a login or a name), in the query or in the {IssuedByHeader} header"));
        }

        if (by.Length > 200)
        {
            return new ProblemResult(RegisterProblems.BadQuery("issuedBy", by, "at most 200 characters"));
        }

        var shape = new QueryValues();
        office = shape.Office("officeCode", office);
        if (shape.Problem is { } officeShape)
        {
            return new ProblemResult(officeShape);
        }

        var body = await acts.ReadAsync(HttpContext);
        if (!body.Succeeded)
        {
            return new ProblemResult(body.Problem);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        return await register.IssueAsync(new IssueRequest(body.Act, by, office), HttpContext.RequestAborted) switch
        {
            IssueOutcome.Issued issued => Created(IssuedActLinks.For(issued.Act.Id).Self, IssueResponse.Of(issued.Act)),
            IssueOutcome.Invalid invalid => new ProblemResult(ApiProblems.Invalid(invalid.Errors)),
            IssueOutcome.Refused refused => new ProblemResult(RegisterProblems.NotIssuable(refused.Message)),
            var other => throw new InvalidOperationException($"Unexpected issue outcome {other.GetType().Name}."),
        };
    }

    /// <summary>Lists issued acts, with filters, a page at a time.</summary>
    /// <remarks>Ordered by id (the order of issue). Each act is a summary, not the act itself; its record is at <c>links.self</c>. Every filter given must hold.</remarks>
    /// <param name="office">Acts of one office, by its index ("2-11").</param>
    /// <param name="prosecutor">Acts signed by one prosecutor: "Surname Given-name Patronymic", exactly as the summaries print it.</param>
    /// <param name="status">Acts in one status: issued, executed, answered, withdrawn.</param>
    /// <param name="kind">Acts of one kind: instruction, order, ...</param>
    /// <param name="dueBefore">Acts due before this date (YYYY-MM-DD, exclusive); acts without a term are left out.</param>
    /// <param name="dueFrom">Acts due on or after this date; acts without a term are left out.</param>
    /// <param name="from">Acts dated on or after this date.</param>
    /// <param name="to">Acts dated on or before this date.</param>
    /// <param name="limit">At most this many acts (1 to 500; 50 by default).</param>
    /// <param name="offset">Skip this many first (0 by default).</param>
    /// <response code="200">The page, with the path of the next one where there is more.</response>
    /// <response code="400">A filter's value is malformed.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpGet("issued")]
    [ProducesResponseType(typeof(IssuedActPage), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> List(
        [FromQuery] string? office,
        [FromQuery] string? prosecutor,
        [FromQuery] string? status,
        [FromQuery] string? kind,
        [FromQuery] string? dueBefore,
        [FromQuery] string? dueFrom,
        [FromQuery] string? from,
        [FromQuery] string? to,
        [FromQuery] string? limit,
        [FromQuery] string? offset)
    {
        var values = new QueryValues();
        var officeCode = values.Office("office", office);
        var statusValue = values.Name<ActStatus>("status", status);
        var kindValue = values.Name<ActKind>("kind", kind);
        var dueBeforeValue = values.Date("dueBefore", dueBefore);
        var dueFromValue = values.Date("dueFrom", dueFrom);
        var fromValue = values.Date("from", from);
        var toValue = values.Date("to", to);
        var limitValue = values.Number("limit", limit, 1, MaxPage, 50);
        var offsetValue = values.Number("offset", offset, 0, int.MaxValue - MaxPage - 1, 0);
        if (values.Problem is { } problem)
        {
            return new ProblemResult(problem);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        var found = await register.ListAsync(
            new RegisterQuery
            {
                OfficeCode = officeCode,
                Prosecutor = QueryValues.Text(prosecutor),
                Status = statusValue,
                Kind = kindValue,
                DueBefore = dueBeforeValue,
                DueFrom = dueFromValue,
                DateFrom = fromValue,
                DateTo = toValue,
                Limit = limitValue + 1,
                Offset = offsetValue,
            },
            HttpContext.RequestAborted);
        string? next = null;
        if (found.Count > limitValue)
        {
            var query = new QueryBuilder(Request.Query.Where(pair => !pair.Key.Equals("offset", StringComparison.OrdinalIgnoreCase)))
            {
                { "offset", (offsetValue + limitValue).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            };
            next = Request.PathBase + Request.Path + query.ToQueryString();
        }

        return Ok(new IssuedActPage([.. found.Take(limitValue).Select(IssuedActSummary.Of)], offsetValue, limitValue, next));
    }

    /// <summary>An issued act in full: its record and the act as issued.</summary>
    /// <param name="id">The act's id in the register.</param>
    /// <response code="200">The act's record, with the act's JSON (number included), the template versions and the hashes of its documents.</response>
    /// <response code="404">No act has that id.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpGet("issued/{id}")]
    [ProducesResponseType(typeof(IssuedActDetails), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Get(string id)
    {
        var act = await FindAsync(id);
        return act is null ? new ProblemResult(RegisterProblems.ActNotFound(id)) : Ok(IssuedActDetails.Of(act));
    }

    /// <summary>A stored act's document, re-created with the template versions it was issued with.</summary>
    /// <remarks>
    /// The act is rendered again from its stored JSON with the template versions it names (not the live
    /// ones), so the DOCX, PDF and HTML are byte for byte those issued; <c>X-Matches-Issued: true</c> says
    /// the SHA-256 was checked against the one stored at issue, and <c>X-Content-Sha256</c> gives it.
    /// Should the bytes differ (stored data changed behind the application's back, or a renderer changed
    /// since), the answer is a 409 problem with both hashes and <c>X-Matches-Issued: false</c>, so that no
    /// one takes a different document for the one issued; <c>allowMismatch=true</c> serves those bytes all
    /// the same, still marked <c>X-Matches-Issued: false</c>. Markup and text, and a conclusion's court
    /// copy, have no stored hash and no <c>X-Matches-Issued</c> header.
    /// </remarks>
    /// <param name="id">The act's id in the register.</param>
    /// <param name="format">docx, pdf or html (hashed at issue), or markup or text for checks.</param>
    /// <param name="variant">"full" (default), or "court-copy": a conclusion's copy for the court.</param>
    /// <param name="allowMismatch">"true" to get re-created bytes even when they differ from those issued.</param>
    /// <response code="200">The document, as issued.</response>
    /// <response code="400">The format or variant is wrong, or not available here.</response>
    /// <response code="404">No act has that id.</response>
    /// <response code="409">The re-created document's SHA-256 differs from the one stored at issue.</response>
    /// <response code="422">The variant does not apply to the act.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpGet("issued/{id}/document")]
    [ProducesResponseType(typeof(Stream), StatusCodes.Status200OK,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf", "text/html", "text/markdown", "text/plain")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status409Conflict, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status422UnprocessableEntity, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Document(string id, [FromQuery] string? format, [FromQuery] string? variant, [FromQuery] string? allowMismatch)
    {
        if (formats.Parse(format, out var outputFormat) is { } formatProblem)
        {
            return new ProblemResult(formatProblem);
        }

        if (Variants.Parse(variant, out var chosenVariant) is { } variantProblem)
        {
            return new ProblemResult(variantProblem);
        }

        if (allowMismatch is not (null or "true" or "false"))
        {
            return new ProblemResult(ApiProblems.BadQueryValue("allowMismatch", allowMismatch, ["true", "false"]));
        }

        HttpContext.LogFields().Format = EnumNames.Of(outputFormat);
        var act = await FindAsync(id);
        if (act is null)
        {
            return new ProblemResult(RegisterProblems.ActNotFound(id));
        }

        (HttpContext.LogFields().Kind, HttpContext.LogFields().Language) = (EnumNames.Of(act.Kind), EnumNames.Of(act.Language));
        if (ActGenerator.VariantProblem(act.Kind, chosenVariant) is { } notApplicable)
        {
            return new ProblemResult(ApiProblems.VariantNotApplicable(notApplicable));
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        var rendered = await register.RenderAsync(act, outputFormat, chosenVariant, HttpContext.RequestAborted);
        var document = rendered.Document;
        if (rendered.MatchesIssued is { } matches)
        {
            Response.Headers[MatchesIssuedHeader] = matches ? "true" : "false";
            if (!matches && allowMismatch != "true")
            {
                return new ProblemResult(RegisterProblems.DocumentMismatch(rendered.Act, document));
            }
        }

        Response.Headers[ContentSha256Header] = document.Sha256;
        if (outputFormat == OutputFormat.Html)
        {
            // A stored act shown in a browser may style itself, and nothing else.
            Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";
        }

        return File(document.Content, document.ContentType, document.FileName);
    }

    /// <summary>Records an issued act's execution: executed, answered or withdrawn, with the answer's date and number.</summary>
    /// <remarks>
    /// An issued act may become executed, answered or withdrawn; an answered one executed or withdrawn;
    /// executed and withdrawn are final. The change is stored with who made it and when, and chained
    /// into the audit trail.
    /// </remarks>
    /// <param name="id">The act's id in the register.</param>
    /// <response code="200">The act's record after the change.</response>
    /// <response code="400">The body is not a status change.</response>
    /// <response code="404">No act has that id.</response>
    /// <response code="409">The act's status does not allow the change (it is executed or withdrawn, or answered already).</response>
    /// <response code="422">The change is refused: no answer number, a date before the act or in the future, a wrong sum.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpPost("issued/{id}/status")]
    [Authorize(Policy = Capability.ActsStatus)]
    [JsonRequestBody(typeof(StatusChangeBody))]
    [ProducesResponseType(typeof(IssuedActDetails), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ActReadProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status409Conflict, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status422UnprocessableEntity, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> ChangeStatus(string id)
    {
        if (!TryId(id, out var actId))
        {
            return new ProblemResult(RegisterProblems.ActNotFound(id));
        }

        var body = await bodies.ReadAsync(Request, HttpContext.RequestAborted);
        if (!body.Succeeded)
        {
            return new ProblemResult(body.Problem);
        }

        var (change, problem) = RegisterBodies.StatusChange(body.Text);
        if (change is null)
        {
            return new ProblemResult(problem!);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        switch (await register.ChangeStatusAsync(actId, change, HttpContext.RequestAborted))
        {
            case StatusOutcome.Changed changed:
                return Ok(IssuedActDetails.Of(changed.Act));
            case StatusOutcome.NotFound:
                return new ProblemResult(RegisterProblems.ActNotFound(id));
            case StatusOutcome.Refused refused:
                var now = await register.GetAsync(actId, HttpContext.RequestAborted);
                var conflict = now is not null
                    && (now.Status is ActStatus.Executed or ActStatus.Withdrawn || (now.Status == ActStatus.Answered && change.Status == ActStatus.Answered));
                return new ProblemResult(RegisterProblems.StatusRefused(refused.Message, conflict));
            case var other:
                throw new InvalidOperationException($"Unexpected status outcome {other.GetType().Name}.");
        }
    }

    /// <summary>The value of a query parameter or of its header twin (percent-decoded); a problem when both are given and differ.</summary>
    private static (string? Value, ProblemDetails? Problem) QueryOrHeader(string name, string? query, string header, string? headerValue)
    {
        var fromQuery = QueryValues.Text(query);
        var fromHeader = QueryValues.Text(headerValue is null ? null : Uri.UnescapeDataString(headerValue));

        if (fromQuery is not null && fromHeader is not null && fromQuery != fromHeader)
        {
            return (null, RegisterProblems.BadQuery(name, fromQuery, $"the query says '{fromQuery}' and the {header} header '{fromHeader}': give one"));
        }

        return (fromQuery ?? fromHeader, null);
    }

    private static bool TryId(string id, out long value) =>
        long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value) && value > 0;

    private async Task<IssuedAct?> FindAsync(string id)
    {
        if (!TryId(id, out var actId))
        {
            return null;
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        return await register.GetAsync(actId, HttpContext.RequestAborted);
    }
}
