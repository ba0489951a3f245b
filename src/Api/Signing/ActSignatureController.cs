using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Access;
using Supervision.Api.Bodies;
using Supervision.Api.Problems;
using Supervision.Api.Register;
using Supervision.Api.Setup;
using Supervision.Register;

namespace Supervision.Api.Signing;

/// <summary>
/// Signing an issued act's PDF with the signatory's own key, which never leaves his machine (the NCALayer
/// way): <c>prepare</c> lays out the final PDF with a PAdES signature placeholder and answers exactly the bytes
/// to sign; the signatory's machine makes a detached CMS over them (NCALayer's <c>createCAdESFromBase64</c>)
/// and hands it back to <c>signature</c>, which checks it and stores the signed PDF as the act's PDF. Only the
/// act's signatory — the person who signed it in the register — may do either.
/// </summary>
[ApiController]
[Authorize(Policy = Capability.ActsSign)]
[Route("api/acts/issued/{id}/signature")]
[Tags("Signing")]
[RegisterErrors]
public sealed class ActSignatureController(RegisterHost host, ICurrentPrincipal caller, JsonBodyReader bodies) : ControllerBase
{
    /// <summary>Lays out the act's signed PDF with a signature placeholder and answers the bytes to sign.</summary>
    /// <remarks>
    /// The PDF carries the e-document note with the signer and this time, an invisible signature field on its
    /// last page and a placeholder (<c>/Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached</c>) for a CMS of
    /// up to 16 KiB. <c>toSign</c> is the PDF but the placeholder — its two byte ranges, concatenated; sign it
    /// as a detached CMS with SHA-256 and an RSA key, and attach the CMS within 30 minutes. Takes no body.
    /// </remarks>
    /// <param name="id">The act's id in the register.</param>
    /// <response code="200">The preparation: its id, the bytes to sign and their SHA-256 (base64), the byte ranges.</response>
    /// <response code="400">A body was sent: this call takes none.</response>
    /// <response code="403">The caller is not the act's signatory.</response>
    /// <response code="404">No act has that id, or none the caller may read.</response>
    /// <response code="409">The act is signed already.</response>
    /// <response code="503">The register's database is not available, or this machine cannot make the act's PDF.</response>
    [HttpPost("prepare", Name = "prepareActSignature")]
    [WritesRegister]
    [ProducesResponseType(typeof(PreparedSignature), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status403Forbidden, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status409Conflict, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Prepare(string id)
    {
        if (!ActIds.TryParse(id, out var actId))
        {
            return new ProblemResult(RegisterProblems.ActNotFound(id));
        }

        if (Request.ContentLength > 0 || Request.Headers.TransferEncoding.Count > 0)
        {
            return new ProblemResult(RegisterProblems.Unreadable("this call takes no body: the signer is the signed-in person, and the register lays out the PDF from the act as issued", null));
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        return await register.Signatures.PrepareAsync(caller.Required(), actId, HttpContext.RequestAborted) switch
        {
            PrepareOutcome.Prepared prepared => Ok(new PreparedSignature(
                prepared.PreparedId, Convert.ToBase64String(prepared.ToSign), Convert.ToBase64String(prepared.Digest), prepared.ByteRange, prepared.ExpiresAt)),
            PrepareOutcome.Refused refused => Refused(id, refused.Refusal),
            var other => throw new InvalidOperationException($"Unexpected prepare outcome {other.GetType().Name}."),
        };
    }

    /// <summary>Attaches the signatory's CMS to a prepared PDF: checked, embedded, and from then on the act's PDF.</summary>
    /// <remarks>
    /// The CMS must be detached and sign exactly <c>toSign</c> (its message digest is compared), with RSA and
    /// SHA-256 (a GOST 34.310 certificate, OID 1.2.398.3.10.1.1.1.1, is refused as such); its certificate must
    /// chain to the trust store (setting <c>Signing:TrustStore</c>), be valid at the CMS's signing time, not be
    /// revoked by a CRL of the trust store, and name the signatory's IIN in its subject
    /// (<c>SERIALNUMBER=IIN…</c>). Each refusal is a 422 with its own type: <c>cms-malformed</c>,
    /// <c>cms-not-detached</c>, <c>cms-wrong-content</c>, <c>cms-too-large</c>, <c>signature-invalid</c>,
    /// <c>certificate-untrusted</c>, <c>certificate-not-valid-at-signing-time</c>, <c>certificate-revoked</c>,
    /// <c>signer-iin-mismatch</c>, <c>gost-unsupported</c>, <c>algorithm-unsupported</c>. Where it holds, the
    /// signed PDF is stored, the preparation forgotten and the file's SHA-256 recorded in the audit, in one
    /// transaction; <c>GET .../document?format=pdf</c> serves it from then on.
    /// </remarks>
    /// <param name="id">The act's id in the register.</param>
    /// <response code="200">The signature: signer, IIN, time, certificate, and the signed PDF's SHA-256.</response>
    /// <response code="400">The body is not <c>{ "preparedId": "…", "cms": "base64" }</c>.</response>
    /// <response code="403">The caller is not the act's signatory.</response>
    /// <response code="404">No act has that id (or none the caller may read), or no preparation has that id for it (never made, or expired).</response>
    /// <response code="409">The act is signed already.</response>
    /// <response code="422">The CMS is refused; the type says why.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpPost(Name = "attachActSignature")]
    [WritesRegister]
    [JsonRequestBody(typeof(SignatureBody))]
    [ProducesResponseType(typeof(SignatureDetails), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ActReadProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status403Forbidden, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status409Conflict, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status422UnprocessableEntity, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Attach(string id)
    {
        if (!ActIds.TryParse(id, out var actId))
        {
            return new ProblemResult(RegisterProblems.ActNotFound(id));
        }

        var (body, problem) = await bodies.ReadAsync(Request, RegisterBodies.Signature, HttpContext.RequestAborted);
        if (body is null)
        {
            return new ProblemResult(problem!);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        return await register.Signatures.AttachAsync(caller.Required(), actId, body.PreparedId, body.Cms, HttpContext.RequestAborted) switch
        {
            AttachOutcome.Attached attached => Ok(SignatureDetails.Of(attached.Signature)),
            AttachOutcome.NotPrepared missing => new ProblemResult(SigningProblems.PreparationNotFound(missing.Message)),
            AttachOutcome.Rejected rejected => new ProblemResult(SigningProblems.Rejected(rejected.Rejection)),
            AttachOutcome.Refused refused => Refused(id, refused.Refusal),
            var other => throw new InvalidOperationException($"Unexpected attach outcome {other.GetType().Name}."),
        };
    }

    private static ProblemResult Refused(string id, Refusal refusal) =>
        new(refusal.Code == Refusal.NotFound ? RegisterProblems.ActNotFound(id) : RegisterProblems.Refused(refusal));
}
