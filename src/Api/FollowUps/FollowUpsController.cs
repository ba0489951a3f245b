using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Acts;
using Supervision.Api.Access;
using Supervision.Api.Drafts;
using Supervision.Api.Problems;
using Supervision.Api.Register;
using Supervision.Api.Setup;
using Supervision.Register;

namespace Supervision.Api.FollowUps;

/// <summary>
/// Documents that follow from an issued act (issue 15, point 2): what the seed ties to it — a withdrawal
/// resolution's notice to the regional prosecutor and its hand-over letter — offered as data
/// (follow-ups.json), and made as drafts pre-filled from the act and linked to it in the register.
/// </summary>
[ApiController]
[Authorize(Policy = Capability.RegisterRead)]
[Route("api/acts/issued/{id}/follow-ups")]
[Tags("Register")]
[RegisterErrors]
public sealed class FollowUpsController(RegisterHost host, ICurrentPrincipal caller) : ControllerBase
{
    /// <summary>What may follow an issued act, and the follow-ups made from it.</summary>
    /// <remarks>A kind is offered where follow-ups.json ties it to the act's kind and the policy lets the act's office
    /// level sign it (a notice to the regional prosecutor only from a district office).</remarks>
    /// <param name="id">The act's id in the register.</param>
    /// <response code="200">The kinds offered, each with where to make its draft, and the links the act has.</response>
    /// <response code="404">No act has that id, or none the caller may read.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpGet(Name = "listFollowUps")]
    [ProducesResponseType(typeof(FollowUpsView), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> List(string id)
    {
        var register = await host.GetAsync(HttpContext.RequestAborted);
        var act = ActIds.TryParse(id, out var actId) ? await register.GetAsync(caller.Required(), actId, HttpContext.RequestAborted) : null;
        if (act is null)
        {
            return new ProblemResult(RegisterProblems.ActNotFound(id));
        }

        var links = await register.Drafts.LinksAsync(act.Id, HttpContext.RequestAborted);
        return Ok(new FollowUpsView(
            act.Id,
            EnumNames.Of(act.Kind),
            act.RegistrationNumber,
            [.. register.Drafts.FollowUpsOf(act).Select(rule => FollowUpOffer.Of(act.Id, rule))],
            FollowUpLinksView.Of(links)));
    }

    /// <summary>Makes the draft of a follow-up, pre-filled from the issued act and linked to it.</summary>
    /// <remarks>
    /// By a drafter of the act's own office. The draft takes the fields follow-ups.json names from the act (the
    /// resolution's number and date, the bailiff, the proceeding, ...); its number, date, addressee and
    /// attachments are the drafter's, and the validator speaks when it is signed. The link is audited with the
    /// draft and stays with the act the draft is issued as (<c>GET /api/acts/issued/{id}</c>, <c>followUps</c>).
    /// </remarks>
    /// <param name="id">The issued act's id.</param>
    /// <param name="kind">The kind of the follow-up: one the act offers.</param>
    /// <response code="201">The draft; <c>Location</c> is its address.</response>
    /// <response code="403">The caller may not draft (no role drafter, no registered office).</response>
    /// <response code="404">No act has that id in the caller's office.</response>
    /// <response code="422">The kind does not follow the act at its office's level (<c>invalid-input</c>, naming those that do).</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpPost("{kind}", Name = "createFollowUpDraft")]
    [WritesRegister]
    [Authorize(Policy = Capability.ActsDraft)]
    [ProducesResponseType(typeof(DraftView), StatusCodes.Status201Created, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status403Forbidden, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status422UnprocessableEntity, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Create(string id, string kind)
    {
        if (!ActIds.TryParse(id, out var actId))
        {
            return new ProblemResult(RegisterProblems.ActNotFound(id));
        }

        if (!EnumNames.TryParse<ActKind>(kind, out var followUp))
        {
            var shown = kind.Length > 40 ? kind[..40] + "…" : kind;
            return new ProblemResult(RegisterProblems.Refused(new Refusal(Refusal.InvalidInput, $"'{shown}' is not a kind of act")));
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        var outcome = await register.Drafts.CreateFollowUpAsync(caller.Required(), actId, followUp, HttpContext.RequestAborted);
        return DraftAnswers.Of(this, outcome, created: true);
    }
}
