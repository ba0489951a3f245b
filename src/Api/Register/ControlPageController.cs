using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Supervision.Acts;
using Supervision.Api.Access;
using Supervision.Api.Problems;
using Supervision.Api.Setup;

namespace Supervision.Api.Register;

/// <summary>The execution control page of the web app: the acts due soon and overdue, in Kazakh or Russian.</summary>
[ApiController]
[Authorize(Policy = Capability.RegisterRead)]
[Route("register")]
[Tags("Pages")]
[RegisterErrors]
public sealed class ControlPageController(RegisterHost host, ICurrentPrincipal caller) : ControllerBase
{
    /// <summary>The execution control page (HTML): open acts overdue and due soon, per office and per prosecutor.</summary>
    /// <remarks>
    /// A page for people, with the same data as <c>GET /api/register/control</c>: a form to choose the
    /// office, prosecutor, day and window, the overdue and due-soon acts with links to their documents,
    /// and counts per office and per prosecutor. Self-contained: no script, nothing fetched from
    /// elsewhere. It lists the acts the caller may read (his office's and those below it). The page lists names and numbers of acts, so it needs a signed-in person or a client with the scope register:read;
    /// a browser without a session is sent to the sign-in page.
    /// </remarks>
    /// <param name="lang">"kk" (default) or "ru".</param>
    /// <param name="office">One office, by its index ("2-11"); every office by default.</param>
    /// <param name="prosecutor">One prosecutor: "Surname Given-name Patronymic"; every one by default.</param>
    /// <param name="asOf">The day to look from (YYYY-MM-DD); today by default.</param>
    /// <param name="days">Due soon means due within this many days (0 to 366; 7 by default).</param>
    /// <param name="limit">At most this many acts of each list on the page (1 to 500; 100 by default); links lead to the other pages.</param>
    /// <param name="overdueOffset">Skip this many overdue acts (0 by default).</param>
    /// <param name="dueSoonOffset">Skip this many acts due soon (0 by default).</param>
    /// <response code="200">The page.</response>
    /// <response code="400">A value is malformed.</response>
    /// <response code="401">Nobody is signed in and no accepted key was sent (a browser is sent to /signin instead).</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpGet("control", Name = "showControlPage")]
    [EnableRateLimiting(RegisterReadLimit.Policy)]
    [ProducesResponseType(typeof(string), StatusCodes.Status200OK, "text/html")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status401Unauthorized, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Control(
        [FromQuery] string? lang,
        [FromQuery] string? office,
        [FromQuery] string? prosecutor,
        [FromQuery] string? asOf,
        [FromQuery] string? days,
        [FromQuery] string? limit,
        [FromQuery] string? overdueOffset,
        [FromQuery] string? dueSoonOffset)
    {
        var language = ActLanguage.Kk;
        if (QueryValues.Text(lang) is { } chosen && !EnumNames.TryParse(chosen, out language))
        {
            return new ProblemResult(ApiProblems.BadQueryValue("lang", chosen, EnumNames.All<ActLanguage>()));
        }

        var values = new QueryValues();
        var query = values.Control(office, prosecutor, asOf, days, (limit, overdueOffset, dueSoonOffset));
        if (values.Problem is { } problem)
        {
            return new ProblemResult(problem);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        var principal = caller.Required();
        var report = await register.ControlAsync(principal, query, HttpContext.RequestAborted);
        var owed = await register.ReportsOwedAsync(principal, query.AsOf, HttpContext.RequestAborted);
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
        Response.Headers.CacheControl = "no-store";
        return Content(ControlPage.Render(report, query, ControlPageLabels.For(language), principal.Name, owed), "text/html; charset=utf-8");
    }
}
