using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Supervision.Acts;
using Supervision.Api.Access;
using Supervision.Api.Acts;
using Supervision.Api.Bodies;
using Supervision.Api.Idempotency;
using Supervision.Api.Problems;
using Supervision.Api.Setup;
using Supervision.Generation;
using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>
/// The register of issued acts: list and read the issued acts the caller may read (those of his office
/// and the offices below it; a client's of its office and below, or every office's for a client without
/// one), get a stored act's documents (the PDF as issued, the DOCX and HTML re-created), and record its execution. Acts are issued by
/// signing drafts (<see cref="Drafts.DraftsController"/>), never here. Every error is a problem.
/// </summary>
[ApiController]
[Authorize(Policy = Capability.RegisterRead)]
[Route("api/acts")]
[Tags("Register")]
[RegisterErrors]
public sealed class IssuedActsController(RegisterHost host, ICurrentPrincipal caller, JsonBodyReader bodies, OutputFormatCatalog formats, IdempotentWrites idempotent) : ControllerBase
{
    /// <summary>The header telling whether the document served has the SHA-256 stored at issue.</summary>
    public const string MatchesIssuedHeader = "X-Matches-Issued";

    /// <summary>The header carrying the SHA-256 of the bytes served.</summary>
    public const string ContentSha256Header = "X-Content-Sha256";

    /// <summary>The most acts one page of the list holds.</summary>
    public const int MaxPage = RegisterQuery.MaxLimit;

    /// <summary>Lists the issued acts the caller may read, with filters, a page at a time.</summary>
    /// <remarks>Only acts of the caller's office and the offices below it (a person of the General Prosecutor's Office, or a client without an office, reads every office's). Ordered by id (the order of issue). Each act is a summary, not the act itself; its record is at <c>links.self</c>. Every filter given must hold.</remarks>
    /// <param name="office">Acts of one office, by its index ("2-11").</param>
    /// <param name="prosecutor">Acts signed by one prosecutor: "Surname Given-name Patronymic", compared in one normal form (case, extra spaces, invisible characters and Ё/Е do not matter).</param>
    /// <param name="signatory">Acts one person signed in the register, by his login: issued from drafts he signed, or issued by him without a draft.</param>
    /// <param name="eds">Acts whose signatory has attached his EDS signature (attached) or not yet (missing).</param>
    /// <param name="status">Acts in one status: issued, executed, answered, withdrawn.</param>
    /// <param name="kind">Acts of one kind: instruction, order, ...</param>
    /// <param name="dueBefore">Acts due before this date (YYYY-MM-DD, exclusive); acts without a term are left out.</param>
    /// <param name="dueFrom">Acts due on or after this date; acts without a term are left out.</param>
    /// <param name="from">Acts dated on or after this date.</param>
    /// <param name="to">Acts dated on or before this date.</param>
    /// <param name="limit">At most this many acts (1 to 500; 50 by default).</param>
    /// <param name="offset">Skip this many first (0 by default).</param>
    /// <response code="200">The page, how many acts match in all, and the path of the next page where there is more.</response>
    /// <response code="400">A filter's value is malformed.</response>
    /// <response code="429">As many reads over many acts as may wait are already waiting.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpGet("issued", Name = "listIssuedActs")]
    [EnableRateLimiting(RegisterReadLimit.Policy)]
    [ProducesResponseType(typeof(IssuedActPage), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status429TooManyRequests, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> List(
        [FromQuery] string? office,
        [FromQuery] string? prosecutor,
        [FromQuery] string? signatory,
        [FromQuery] string? eds,
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
        var edsValue = values.Name<EdsState>("eds", eds);
        var statusValue = values.Name<ActStatus>("status", status);
        var kindValue = values.Name<ActKind>("kind", kind);
        var dueBeforeValue = values.Date("dueBefore", dueBefore);
        var dueFromValue = values.Date("dueFrom", dueFrom);
        var fromValue = values.Date("from", from);
        var toValue = values.Date("to", to);
        var limitValue = values.Number("limit", limit, 1, MaxPage, 50);
        var offsetValue = values.Offset("offset", offset);
        if (values.Problem is { } problem)
        {
            return new ProblemResult(problem);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        var principal = caller.Required();
        var query = new RegisterQuery
        {
            OfficeCode = officeCode,
            Prosecutor = QueryValues.Text(prosecutor),
            Signatory = QueryValues.Text(signatory),
            Eds = edsValue,
            Status = statusValue,
            Kind = kindValue,
            DueBefore = dueBeforeValue,
            DueFrom = dueFromValue,
            DateFrom = fromValue,
            DateTo = toValue,
            Limit = limitValue,
            Offset = offsetValue,
        };
        var found = await register.ListAsync(principal, query, HttpContext.RequestAborted);
        var total = await register.CountAsync(principal, query, HttpContext.RequestAborted);
        var next = PageLinks.Next(Request, "offset", offsetValue, limitValue, total);
        return Ok(new IssuedActPage([.. found.Select(IssuedActSummary.Of)], offsetValue, limitValue, total, next));
    }

    /// <summary>An issued act in full: its record and the act as issued.</summary>
    /// <param name="id">The act's id in the register.</param>
    /// <response code="200">The act's record, with the act's JSON (number included), the template versions, the hashes of its documents and its follow-up links (the act it follows, the follow-ups made from it).</response>
    /// <response code="404">No act has that id, or none the caller may read.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpGet("issued/{id}", Name = "getIssuedAct")]
    [ProducesResponseType(typeof(IssuedActDetails), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Get(string id)
    {
        var act = await FindAsync(id);
        if (act is null)
        {
            return new ProblemResult(RegisterProblems.ActNotFound(id));
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        var links = await register.Drafts.LinksAsync(act.Id, HttpContext.RequestAborted);
        return Ok(IssuedActDetails.Of(act) with { FollowUps = FollowUps.FollowUpLinksView.Of(links) });
    }

    /// <summary>A stored act's document: the PDF as issued, or the DOCX or HTML re-created with the template versions it was issued with.</summary>
    /// <remarks>
    /// The PDF is the official document, kept in the register as it was issued (the one its QR code verifies and
    /// its signatory signs; once signed with EDS, the signed file): its bytes are served after checking that their
    /// SHA-256 is the one stored at issue, <c>X-Matches-Issued: true</c>, whatever this program's renderer does
    /// since. An act issued before PDFs were kept has its PDF rendered again from its stored JSON with the
    /// template versions it names, compared with the hash stored at issue, and kept from then on where it matches.
    /// The DOCX and HTML are re-created from the stored JSON with the template versions the act names (not the
    /// live ones); they are not hashed at issue, so they carry no <c>X-Matches-Issued</c> header — except for acts
    /// issued before PDFs were kept, whose DOCX and HTML hashes are compared as the PDF's. Markup and text, and a
    /// conclusion's court copy, have no stored hash and no header either. <c>X-Content-Sha256</c> gives the
    /// SHA-256 of the bytes served. Should a compared document differ (its stored bytes or data changed behind the
    /// application's back, or a renderer changed since), the answer is a 409 problem with both hashes and
    /// <c>X-Matches-Issued: false</c>, so that no one takes a different document for the one issued;
    /// <c>allowMismatch=true</c> serves those bytes all the same, still marked <c>X-Matches-Issued: false</c>.
    /// </remarks>
    /// <param name="id">The act's id in the register.</param>
    /// <param name="format">pdf (kept as issued), docx or html (re-created), or markup or text for checks.</param>
    /// <param name="variant">"full" (default), or "court-copy": a conclusion's copy for the court.</param>
    /// <param name="allowMismatch">"true" to get the bytes even when they differ from those issued.</param>
    /// <response code="200">The document: the PDF as issued, the DOCX or HTML as re-created.</response>
    /// <response code="400">The format or variant is wrong, or not available here.</response>
    /// <response code="404">No act has that id.</response>
    /// <response code="409">The document's SHA-256 differs from the one stored at issue (kept bytes changed, or re-created bytes that differ).</response>
    /// <response code="422">The variant does not apply to the act.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpGet("issued/{id}/document", Name = "getIssuedActDocument")]
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
                return new ProblemResult(RegisterProblems.DocumentMismatch(rendered));
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
    /// executed and withdrawn are final. Only the act's signatory, its drafter or the head (or acting
    /// head) of its office may change it. The change is stored with who made it — the signed-in person,
    /// never a field of the body (a "changedBy" is an unknown property, 400) — and when, and chained into
    /// the audit trail. With an <c>Idempotency-Key</c>, a retry gets the first answer again
    /// (<c>Idempotency-Replayed: true</c>) and changes nothing twice.
    /// </remarks>
    /// <param name="id">The act's id in the register.</param>
    /// <response code="200">The act's record after the change; or, for a key already answered with this body, that first answer.</response>
    /// <response code="400">The body is not a status change, or the Idempotency-Key header is malformed.</response>
    /// <response code="403">The person is not the act's signatory, drafter or the head of its office.</response>
    /// <response code="404">No act has that id, or none the person may read.</response>
    /// <response code="409">The act's status does not allow the change (it is executed or withdrawn, or answered already), or a request with the same Idempotency-Key is still running.</response>
    /// <response code="422">The change is refused: no answer number, a date before the act or in the future, a wrong sum; or the Idempotency-Key was used for another request.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpPost("issued/{id}/status", Name = "changeIssuedActStatus")]
    [WritesRegister]
    [Authorize(Policy = Capability.ActsStatus)]
    [Idempotent]
    [JsonRequestBody(typeof(StatusChangeBody))]
    [ProducesResponseType(typeof(IssuedActDetails), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ActReadProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status403Forbidden, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status409Conflict, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status422UnprocessableEntity, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> ChangeStatus(string id)
    {
        if (!ActIds.TryParse(id, out var actId))
        {
            return new ProblemResult(RegisterProblems.ActNotFound(id));
        }

        var body = await bodies.ReadAsync(Request, HttpContext.RequestAborted);
        var (change, problem) = body.Succeeded ? RegisterBodies.StatusChange(body.Text) : (null, body.Problem);
        if (change is null)
        {
            return new ProblemResult(problem!);
        }

        var principal = caller.Required();
        var register = await host.GetAsync(HttpContext.RequestAborted);
        return await idempotent.RunAsync<StatusOutcome>(
            this,
            principal,
            "status",
            body.Text!,
            remember => register.ChangeStatusAsync(principal, actId, change, remember, HttpContext.RequestAborted),
            outcome => Task.FromResult(StatusAnswer(id, outcome)));
    }

    private IActionResult StatusAnswer(string id, StatusOutcome outcome) => outcome switch
    {
        StatusOutcome.Changed changed => Ok(IssuedActDetails.Of(changed.Act)),
        StatusOutcome.NotFound => new ProblemResult(RegisterProblems.ActNotFound(id)),
        StatusOutcome.Refused { Code: Refusal.Forbidden } refused => new ProblemResult(RegisterProblems.Refused(new Refusal(refused.Code, refused.Message))),
        StatusOutcome.Refused refused => new ProblemResult(RegisterProblems.StatusRefused(refused.Message, refused.Code == Refusal.Conflict)),
        var other => throw new InvalidOperationException($"Unexpected status outcome {other.GetType().Name}."),
    };

    private async Task<IssuedAct?> FindAsync(string id)
    {
        if (!ActIds.TryParse(id, out var actId))
        {
            return null;
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        return await register.GetAsync(caller.Required(), actId, HttpContext.RequestAborted);
    }
}
