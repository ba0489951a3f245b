using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Supervision.Api.Access;
using Supervision.Api.Problems;

namespace Supervision.Api.Signing;

/// <summary>
/// What the inbox page needs to sign an issued act with the signatory's own key: where NCALayer listens on
/// his machine. The page then prepares the signature here, has NCALayer sign its bytes and hands the CMS back.
/// </summary>
[ApiController]
[Route("api/signing/ncalayer")]
[Tags("Signing")]
[Authorize(Policy = Capability.Session)]
public sealed class NcaLayerController(IOptions<NcaLayerSettings> settings) : ControllerBase
{
    /// <summary>NCALayer's WebSocket address, as the service is configured (<c>Signing:NcaLayerUrl</c>).</summary>
    /// <response code="200">The address the page connects to.</response>
    /// <response code="401">Nobody is signed in.</response>
    /// <response code="403">The caller is a client, not a person.</response>
    [HttpGet(Name = "getNcaLayerAddress")]
    [ProducesResponseType(typeof(NcaLayerAddress), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status401Unauthorized, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status403Forbidden, ProblemWriter.MediaType)]
    public IActionResult Get() => Ok(new NcaLayerAddress(settings.Value.NcaLayerUrl));
}
