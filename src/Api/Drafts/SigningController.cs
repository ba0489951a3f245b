using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Access;
using Supervision.Api.Bodies;
using Supervision.Api.Idempotency;
using Supervision.Api.Problems;
using Supervision.Api.Register;
using Supervision.Api.Setup;
using Supervision.Register;

namespace Supervision.Api.Drafts;

/// <summary>
/// The signatory's and the approver's decisions on a draft. The register fills the signature and the
/// office from the signer's profile, and the approval from the approver's, checks the whole act with the
/// validator at their real positions and office level, and issues it. Who signed and approved is the
/// signed-in person: these calls take no body.
/// </summary>
[ApiController]
[Route("api/drafts/{id}")]
[Tags("Drafts")]
[RegisterErrors]
public sealed class SigningController(RegisterHost host, ICurrentPrincipal caller, JsonBodyReader bodies, IdempotentWrites idempotent) : ControllerBase
{
    /// <summary>Returns a submitted draft to its drafter with remarks: by the signatory it was submitted to.</summary>
    /// <param name="id">The draft's id.</param>
    /// <response code="200">The draft, returned.</response>
    /// <response code="400">The body is not <c>{ "remarks": "…" }</c>.</response>
    /// <response code="403">The caller is not the signatory it was submitted to.</response>
    /// <response code="404">No draft has that id, or none the caller may see.</response>
    /// <response code="409">The draft is not submitted.</response>
    /// <response code="422">The remarks are blank or longer than 2000 characters.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpPost("return", Name = "returnDraft")]
    [WritesRegister]
    [Authorize(Policy = Capability.ActsSign)]
    [JsonRequestBody(typeof(ReturnBody))]
    [ProducesResponseType(typeof(DraftView), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ActReadProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status403Forbidden, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status409Conflict, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status422UnprocessableEntity, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Return(string id)
    {
        if (DraftAnswers.Id(id) is not { } draftId)
        {
            return DraftAnswers.NotFound(id);
        }

        var (returned, problem) = await bodies.ReadAsync(Request, RegisterBodies.Return, HttpContext.RequestAborted);
        if (returned is null)
        {
            return new ProblemResult(problem!);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        return DraftAnswers.Of(this, await register.Drafts.ReturnAsync(caller.Required(), draftId, returned.Remarks, HttpContext.RequestAborted));
    }

    /// <summary>Signs a submitted draft: by the signatory it was submitted to. Any act but a conclusion is then issued.</summary>
    /// <remarks>
    /// The signature (name, printed title in the act's language, class rank, position) and the office
    /// (level, name) are filled from the signer's profile and office, and the act is validated: a position
    /// the policy does not let sign the kind at the office's level is <c>signatory-not-authorized</c>. A
    /// conclusion or review conclusion then awaits approval (state <c>awaiting-approval</c>, nothing in the
    /// register yet); any other act is issued (state <c>issued</c>, with <c>issuedActId</c> and <c>registrationNumber</c>).
    /// With an <c>Idempotency-Key</c>, a retry gets the first answer again (<c>Idempotency-Replayed: true</c>) and signs nothing twice.
    /// </remarks>
    /// <param name="id">The draft's id.</param>
    /// <response code="200">The draft, issued or awaiting approval; or, for a key already answered, that first answer.</response>
    /// <response code="400">A body was sent: the signer is the signed-in person, nothing else; or the Idempotency-Key header is malformed.</response>
    /// <response code="403">The caller is not the signatory it was submitted to, or no longer holds signatory.</response>
    /// <response code="404">No draft has that id, or none the caller may see.</response>
    /// <response code="409">The draft is not submitted, or a request with the same Idempotency-Key is still running.</response>
    /// <response code="422">The signed act breaks the rules: every error with path, code and message in the act's language, and its warnings; or the Idempotency-Key was used for another request.</response>
    /// <response code="503">The register's database is not available, or this machine cannot make the act's PDF.</response>
    [HttpPost("sign", Name = "signDraft")]
    [WritesRegister]
    [Authorize(Policy = Capability.ActsSign)]
    [Idempotent]
    [ProducesResponseType(typeof(DraftView), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status403Forbidden, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status409Conflict, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ActValidationProblemDetails), StatusCodes.Status422UnprocessableEntity, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public Task<IActionResult> Sign(string id) => DecideAsync(id, "sign", (drafts, principal, draftId, remember, cancellation) => drafts.SignAsync(principal, draftId, remember, cancellation));

    /// <summary>Approves a signed conclusion and issues it: by a person of its office holding approver, not its signer.</summary>
    /// <remarks>
    /// The approval is filled from the approver's profile and the whole act validated: a position the policy
    /// does not let approve the kind, instance and level is <c>approver-not-authorized</c>.
    /// With an <c>Idempotency-Key</c>, a retry gets the first answer again (<c>Idempotency-Replayed: true</c>) and issues nothing twice.
    /// </remarks>
    /// <param name="id">The draft's id.</param>
    /// <response code="200">The draft, issued, with <c>issuedActId</c> and <c>registrationNumber</c>; or, for a key already answered, that first answer.</response>
    /// <response code="400">A body was sent: the approver is the signed-in person, nothing else; or the Idempotency-Key header is malformed.</response>
    /// <response code="403">The caller holds no approver role, or signed the act himself.</response>
    /// <response code="404">No draft has that id, or none the caller may see.</response>
    /// <response code="409">The draft is not awaiting approval, or a request with the same Idempotency-Key is still running.</response>
    /// <response code="422">The approved act breaks the rules (every error, and its warnings), or the Idempotency-Key was used for another request.</response>
    /// <response code="503">The register's database is not available, or this machine cannot make the act's PDF.</response>
    [HttpPost("approve", Name = "approveDraft")]
    [WritesRegister]
    [Authorize(Policy = Capability.ActsApprove)]
    [Idempotent]
    [ProducesResponseType(typeof(DraftView), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status403Forbidden, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status409Conflict, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ActValidationProblemDetails), StatusCodes.Status422UnprocessableEntity, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public Task<IActionResult> Approve(string id) => DecideAsync(id, "approve", (drafts, principal, draftId, remember, cancellation) => drafts.ApproveAsync(principal, draftId, remember, cancellation));

    /// <summary>A decision without a body, idempotent under an Idempotency-Key; an invalid act's warnings are read from the draft to stand beside its errors.</summary>
    private async Task<IActionResult> DecideAsync(
        string id,
        string operation,
        Func<Supervision.Register.Drafts, Principal, long, IdempotentRequest<DraftOutcome>?, CancellationToken, Task<Remembered<DraftOutcome>>> decide)
    {
        if (DraftAnswers.Id(id) is not { } draftId)
        {
            return DraftAnswers.NotFound(id);
        }

        if (Request.ContentLength > 0 || Request.Headers.TransferEncoding.Count > 0)
        {
            return new ProblemResult(RegisterProblems.Unreadable("this call takes no body: who signs or approves is the signed-in person, and the register fills the act's signature and approval from his profile", null));
        }

        var principal = caller.Required();
        var register = await host.GetAsync(HttpContext.RequestAborted);
        return await idempotent.RunAsync<DraftOutcome>(
            this,
            principal,
            operation,
            string.Empty,
            remember => decide(register.Drafts, principal, draftId, remember, HttpContext.RequestAborted),
            async outcome =>
            {
                var warnings = outcome is DraftOutcome.Invalid ? DraftAnswers.Warnings(await register.Drafts.GetAsync(principal, draftId, HttpContext.RequestAborted)) : null;
                return DraftAnswers.Of(this, outcome, warnings: warnings);
            });
    }
}
