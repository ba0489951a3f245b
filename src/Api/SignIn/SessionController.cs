using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Acts;
using Supervision.Api.Access;
using Supervision.Api.Problems;
using Supervision.Api.Register;

namespace Supervision.Api.SignIn;

/// <summary>The session of the signed-in person.</summary>
[ApiController]
[Route("api/session")]
[Tags("Session")]
[Authorize(Policy = Capability.Session)]
public sealed class SessionController(RegisterHost host, IAntiforgery antiforgery) : ControllerBase
{
    /// <summary>Who is signed in, and the CSRF token for state-changing calls.</summary>
    /// <response code="200">The person and the token to send in <c>X-CSRF-Token</c>.</response>
    /// <response code="401">Nobody is signed in.</response>
    /// <response code="403">The caller is a client, not a person.</response>
    [HttpGet(Name = "getSession")]
    [ProducesResponseType(typeof(SessionResponse), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status401Unauthorized, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status403Forbidden, ProblemWriter.MediaType)]
    public async Task<IActionResult> Get()
    {
        var register = await host.GetAsync(HttpContext.RequestAborted);
        var person = await register.People.FindAsync(PrincipalClaims.Read(User)!.Name, HttpContext.RequestAborted);
        if (person is null)
        {
            return new ProblemResult(DoorProblems.Unauthenticated(keyGiven: false));
        }

        Response.Headers.CacheControl = "no-store";
        return Ok(new SessionResponse(
            person.Login,
            person.FullName,
            person.OfficeCode,
            person.Position is { } position ? EnumNames.Of(position) : null,
            [.. person.Roles.Select(EnumNames.Of)],
            person.MustChangePassword,
            antiforgery.GetAndStoreTokens(HttpContext).RequestToken!));
    }
}
