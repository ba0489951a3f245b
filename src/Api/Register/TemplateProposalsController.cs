using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Access;
using Supervision.Api.Bodies;
using Supervision.Api.Problems;
using Supervision.Api.Setup;
using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>
/// The wording of acts by four eyes: an editor proposes an edited template file as its next version,
/// pending and out of the live set; another editor approves it and it is live. The proposer and the
/// approver are the signed-in people, never fields of a body.
/// </summary>
[ApiController]
[Route("api/templates/proposals")]
[Tags("Templates")]
[RegisterErrors]
public sealed class TemplateProposalsController(RegisterHost host, ICurrentPrincipal caller, JsonBodyReader bodies) : ControllerBase
{
    /// <summary>Proposes an edited template file as its next version, pending another editor's approval.</summary>
    /// <remarks>
    /// The whole live set with the edit must pass the linter (every file parses, the kk/ru twins agree,
    /// every example renders); otherwise nothing is stored and the answer lists every problem with file,
    /// line and column. One proposal per file awaits approval at a time. The proposal is chained into the
    /// audit trail with the editor who made it.
    /// </remarks>
    /// <response code="201">Proposed: the version, state "proposed"; <c>Location</c> is its text.</response>
    /// <response code="400">The body is not a proposal (a missing path or text, an unknown property such as "proposedBy").</response>
    /// <response code="403">The person does not hold the role editor.</response>
    /// <response code="409">Another proposal of the file awaits approval.</response>
    /// <response code="422">The edit did not pass the linter, is not a template's path, or is the live text already: every problem with file, line and column.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpPost(Name = "proposeTemplateVersion")]
    [WritesRegister]
    [Authorize(Policy = Capability.TemplatesEdit)]
    [JsonRequestBody(typeof(ProposalBody))]
    [ProducesResponseType(typeof(TemplateProposalView), StatusCodes.Status201Created, "application/json")]
    [ProducesResponseType(typeof(ActReadProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status403Forbidden, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status409Conflict, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(TemplateProblemDetails), StatusCodes.Status422UnprocessableEntity, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Propose()
    {
        var (proposal, problem) = await bodies.ReadAsync(Request, RegisterBodies.Proposal, HttpContext.RequestAborted);
        if (proposal is null)
        {
            return new ProblemResult(problem!);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        return await AnswerAsync(register, await register.ProposeTemplateAsync(caller.Required(), proposal.Path, proposal.Text, HttpContext.RequestAborted));
    }

    /// <summary>The proposals awaiting approval.</summary>
    /// <response code="200">Every pending proposal, by file.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpGet(Name = "listTemplateProposals")]
    [Authorize(Policy = Capability.TemplatesRead)]
    [ProducesResponseType(typeof(ItemList<TemplateProposalView>), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Pending()
    {
        var register = await host.GetAsync(HttpContext.RequestAborted);
        var pending = (await register.TemplatesAsync(cancellationToken: HttpContext.RequestAborted)).Where(version => version.IsPending).ToList();
        var names = await register.People.NamesAsync(TemplateVersionView.Editors(pending), HttpContext.RequestAborted);
        return Ok(new ItemList<TemplateProposalView>([.. pending.Select(version => TemplateProposalView.Of(version, names))]));
    }

    /// <summary>Approves another editor's proposal: it becomes the live version of its file.</summary>
    /// <remarks>
    /// The proposal is linted again over the live set of this moment, so a proposal that no longer fits
    /// what went live since is not approved. Its proposer may not approve it (403 <c>forbidden</c>). The
    /// approval is chained into the audit trail with the editor who gave it.
    /// </remarks>
    /// <response code="200">Approved: the version, state "live", with who approved it.</response>
    /// <response code="400">The body is not an approval (a missing path or version, an unknown property).</response>
    /// <response code="403">The person does not hold the role editor, or proposed the version himself.</response>
    /// <response code="404">No such proposed version.</response>
    /// <response code="409">The version is not awaiting approval.</response>
    /// <response code="422">The proposal no longer passes the linter over the live set.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpPost("approve", Name = "approveTemplateProposal")]
    [WritesRegister]
    [Authorize(Policy = Capability.TemplatesEdit)]
    [JsonRequestBody(typeof(ApprovalBody))]
    [ProducesResponseType(typeof(TemplateProposalView), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ActReadProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status403Forbidden, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status409Conflict, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(TemplateProblemDetails), StatusCodes.Status422UnprocessableEntity, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Approve()
    {
        var (approval, problem) = await bodies.ReadAsync(Request, RegisterBodies.Approval, HttpContext.RequestAborted);
        if (approval is null)
        {
            return new ProblemResult(problem!);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        return await AnswerAsync(register, await register.ApproveTemplateAsync(caller.Required(), approval.Path, approval.Version, HttpContext.RequestAborted));
    }

    private async Task<IActionResult> AnswerAsync(ActRegister register, PublishOutcome outcome)
    {
        async Task<TemplateProposalView> ViewAsync(TemplateVersion version) =>
            TemplateProposalView.Of(version, await register.People.NamesAsync(TemplateVersionView.Editors([version]), HttpContext.RequestAborted));

        return outcome switch
        {
            PublishOutcome.Proposed proposed => Created(TextLink(proposed.Version), await ViewAsync(proposed.Version)),
            PublishOutcome.Published published => Ok(await ViewAsync(published.Version)),
            PublishOutcome.Rejected rejected => new ProblemResult(RegisterProblems.NotPublished(rejected.Problems)),
            PublishOutcome.Refused refused => new ProblemResult(RegisterProblems.Refused(refused.Refusal)),
            var other => throw new InvalidOperationException($"Unexpected template outcome {other.GetType().Name}."),
        };
    }

    private static string TextLink(TemplateVersion version) =>
        string.Create(CultureInfo.InvariantCulture, $"/api/templates/versions/text?path={Uri.EscapeDataString(version.Path)}&version={version.Version}");
}
