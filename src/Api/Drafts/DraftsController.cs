using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Access;
using Supervision.Api.Bodies;
using Supervision.Api.Problems;
using Supervision.Api.Register;
using Supervision.Api.Setup;
using Supervision.Register;

namespace Supervision.Api.Drafts;

/// <summary>
/// Drafts on their way to the register: a drafter (a person holding drafter, or a client with the scope
/// acts:draft) writes an act in his office's name, changes it while it is his, and submits it to a
/// signatory of his office; the lists each person works from. Who drafted is the caller, never a field.
/// Signing, returning and approving are <see cref="SigningController"/>'s.
/// </summary>
[ApiController]
[Route("api/drafts")]
[Tags("Drafts")]
[RegisterErrors]
public sealed class DraftsController(RegisterHost host, ICurrentPrincipal caller, ActBodyReader acts, JsonBodyReader bodies) : ControllerBase
{
    /// <summary>Stores an act as a new draft of the caller's office.</summary>
    /// <remarks>
    /// The body is an act, as <c>POST /api/acts/render</c> takes it; it need not be complete yet (the
    /// validator speaks when it is signed). It must print the caller's office's registered name in its
    /// language. The signature and the office's level are filled from the signatory's profile when he signs.
    /// </remarks>
    /// <response code="201">The draft; <c>Location</c> is its address.</response>
    /// <response code="400">The body is not an act (with where).</response>
    /// <response code="403">The caller may not draft (no role drafter, no scope acts:draft, no registered office).</response>
    /// <response code="422">The act prints another office's name (<c>invalid-input</c>).</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpPost(Name = "createDraft")]
    [WritesRegister]
    [Authorize(Policy = Capability.ActsDraft)]
    [ActRequestBody]
    [ProducesResponseType(typeof(DraftView), StatusCodes.Status201Created, "application/json")]
    [ProducesResponseType(typeof(ActReadProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status403Forbidden, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status422UnprocessableEntity, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Create()
    {
        var body = await acts.ReadAsync(HttpContext);
        if (!body.Succeeded)
        {
            return new ProblemResult(body.Problem);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        return DraftAnswers.Of(this, await register.Drafts.CreateAsync(caller.Required(), body.Act, HttpContext.RequestAborted), created: true);
    }

    /// <summary>Replaces the act of a draft: by its drafter, while it is a draft or returned (it becomes a draft again).</summary>
    /// <param name="id">The draft's id.</param>
    /// <response code="200">The draft as it now stands.</response>
    /// <response code="400">The body is not an act.</response>
    /// <response code="403">The caller is not its drafter.</response>
    /// <response code="404">No draft has that id, or none the caller may see.</response>
    /// <response code="409">The draft is with its signatory, awaiting approval or issued.</response>
    /// <response code="422">A new kind or language, or another office's name.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpPut("{id}", Name = "updateDraft")]
    [WritesRegister]
    [Authorize(Policy = Capability.ActsDraft)]
    [ActRequestBody]
    [ProducesResponseType(typeof(DraftView), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ActReadProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status403Forbidden, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status409Conflict, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status422UnprocessableEntity, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Update(string id)
    {
        if (DraftAnswers.Id(id) is not { } draftId)
        {
            return DraftAnswers.NotFound(id);
        }

        var body = await acts.ReadAsync(HttpContext);
        if (!body.Succeeded)
        {
            return new ProblemResult(body.Problem);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        return DraftAnswers.Of(this, await register.Drafts.UpdateAsync(caller.Required(), draftId, body.Act, HttpContext.RequestAborted));
    }

    /// <summary>One draft: to its drafter, its signatory, an approver of its office or the office's head.</summary>
    /// <param name="id">The draft's id.</param>
    /// <response code="200">The draft with its act.</response>
    /// <response code="404">No draft has that id, or none the caller may see.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpGet("{id}", Name = "getDraft")]
    [Authorize(Policy = Capability.DraftsRead)]
    [ProducesResponseType(typeof(DraftView), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Get(string id)
    {
        if (DraftAnswers.Id(id) is not { } draftId)
        {
            return DraftAnswers.NotFound(id);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        return await register.Drafts.GetAsync(caller.Required(), draftId, HttpContext.RequestAborted) is { } draft
            ? Ok(DraftView.Of(draft))
            : DraftAnswers.NotFound(id);
    }

    /// <summary>The caller's box: his drafts, those for his signature, for his approval, returned to him, or issued.</summary>
    /// <param name="box">"mine" (default: my drafts not yet issued), "for-signature", "for-approval" (signed acts of my office the policy lets me approve),
    /// "returned", or "issued" (the drafts I drafted or signed that were issued, newest first, at most 200: each names its act, <c>issuedActId</c>).</param>
    /// <response code="200">The drafts, by id, without their acts, their drafters and signatories named.</response>
    /// <response code="400">An unknown box.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpGet(Name = "listDrafts")]
    [Authorize(Policy = Capability.DraftsRead)]
    [ProducesResponseType(typeof(ItemList<DraftSummary>), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> List([FromQuery] string? box)
    {
        var principal = caller.Required();
        var register = await host.GetAsync(HttpContext.RequestAborted);
        var cancellation = HttpContext.RequestAborted;
        Task<IReadOnlyList<Draft>>? found = (QueryValues.Text(box) ?? "mine") switch
        {
            "mine" => register.Drafts.MineAsync(principal, null, cancellation),
            "for-signature" => register.Drafts.ForSignatureAsync(principal, cancellation),
            "for-approval" => register.Drafts.ForApprovalAsync(principal, cancellation),
            "returned" => register.Drafts.MineAsync(principal, DraftState.Returned, cancellation),
            "issued" => register.Drafts.MineIssuedAsync(principal, cancellation),
            _ => null,
        };
        if (found is null)
        {
            return new ProblemResult(ApiProblems.BadQueryValue("box", box, ["mine", "for-signature", "for-approval", "returned", "issued"]));
        }

        var drafts = await found;
        var names = await register.People.NamesAsync(drafts.SelectMany(draft => new[] { draft.DraftedBy, draft.Signatory }), cancellation);
        return Ok(new ItemList<DraftSummary>([.. drafts.Select(draft => DraftSummary.Of(draft, names))]));
    }

    /// <summary>Submits a draft to a signatory of its office: by its drafter, while it is a draft or returned.</summary>
    /// <param name="id">The draft's id.</param>
    /// <response code="200">The draft, submitted.</response>
    /// <response code="400">The body is not <c>{ "signatory": "login" }</c>.</response>
    /// <response code="403">The caller is not its drafter.</response>
    /// <response code="404">No draft has that id, or none the caller may see.</response>
    /// <response code="409">The draft is with its signatory already, awaiting approval or issued.</response>
    /// <response code="422">The login is not a signatory of the draft's office; or the act, as that signatory would sign it, breaks the rules: every error with path, code and message in the act's language, and its warnings.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpPost("{id}/submit", Name = "submitDraft")]
    [WritesRegister]
    [Authorize(Policy = Capability.ActsDraft)]
    [JsonRequestBody(typeof(SubmitBody))]
    [ProducesResponseType(typeof(DraftView), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ActReadProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status403Forbidden, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status409Conflict, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ActValidationProblemDetails), StatusCodes.Status422UnprocessableEntity, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Submit(string id)
    {
        if (DraftAnswers.Id(id) is not { } draftId)
        {
            return DraftAnswers.NotFound(id);
        }

        var (submit, problem) = await bodies.ReadAsync(Request, RegisterBodies.Submit, HttpContext.RequestAborted);
        if (submit is null)
        {
            return new ProblemResult(problem!);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        return DraftAnswers.Of(this, await register.Drafts.SubmitAsync(caller.Required(), draftId, submit.Signatory, HttpContext.RequestAborted));
    }
}
