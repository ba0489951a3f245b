using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Access;
using Supervision.Api.Problems;
using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>The audit trail of issues, status changes and template publications, each entry chaining the hash of the one before.</summary>
[ApiController]
[Authorize(Policy = Capability.Audit)]
[Route("api/audit")]
[Tags("Register")]
[RegisterErrors]
public sealed class AuditController(RegisterHost host) : ControllerBase
{
    /// <summary>Verifies the audit trail and the stored rows against it.</summary>
    /// <remarks>
    /// Walks the chain from its first entry and re-checks every stored act, status and template version
    /// against its entries, so a record edited or deleted behind the application's back is found. As
    /// the CLI's <c>audit verify</c> exits 1, a trail that does not hold is a 409 problem naming the
    /// first broken entry (<c>broken</c>: seq, subject, reason), so that a monitor can alert on the status alone.
    /// </remarks>
    /// <param name="expectedHead">A head hash kept from an earlier verify (64 hex digits): the chain must still contain it.</param>
    /// <param name="checkpoint">A checkpoint line kept from an earlier verify or <c>audit checkpoint</c>: its MAC must be this
    /// register's, the chain at least as long, and its entry at the checkpoint's count must have the hash signed.</param>
    /// <response code="200">The trail holds: its length, head hash and signed checkpoint.</response>
    /// <response code="400">expectedHead is not 64 hex digits, or checkpoint is not a checkpoint line or not signed with this register's audit key.</response>
    /// <response code="409">The trail does not hold: the first break.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpGet("verify", Name = "verifyAuditTrail")]
    [ProducesResponseType(typeof(AuditResult), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status409Conflict, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Verify([FromQuery] string? expectedHead, [FromQuery] string? checkpoint)
    {
        AuditCheckpoint? signed = null;
        if (checkpoint is not null && !AuditCheckpoint.TryParse(checkpoint, out signed, out var malformed))
        {
            return new ProblemResult(RegisterProblems.BadQuery("checkpoint", checkpoint, malformed!));
        }

        if (expectedHead is not null && (expectedHead.Length != 64 || !expectedHead.All(char.IsAsciiHexDigit)))
        {
            return new ProblemResult(RegisterProblems.BadQuery("expectedHead", expectedHead, "a SHA-256 of 64 hex digits, as headHash gives it"));
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        if (signed is not null && register.CheckpointProblem(signed) is { } refused)
        {
            return new ProblemResult(RegisterProblems.BadQuery("checkpoint", checkpoint, refused));
        }

        var report = signed is not null
            ? await register.VerifyAuditAsync(signed, HttpContext.RequestAborted)
            : await register.VerifyAuditAsync(expectedHead is null ? null : Convert.ToHexStringLower(Convert.FromHexString(expectedHead)), HttpContext.RequestAborted);
        return report.Holds
            ? Ok(new AuditResult(true, report.Entries, report.HeadHash, report.Checkpoint!.Line))
            : new ProblemResult(RegisterProblems.AuditBroken(report));
    }
}
