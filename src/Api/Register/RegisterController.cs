using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Supervision.Api.Access;
using Supervision.Api.Problems;
using Supervision.Api.Setup;
using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>
/// Execution control over issued acts: the due-soon and overdue lists and the indicators of an office and
/// period, over the acts the caller may read (his office's and those below it; a client's office's and
/// below, every office's for a client without one).
/// </summary>
[ApiController]
[Authorize(Policy = Capability.RegisterRead)]
[Route("api/register")]
[EnableRateLimiting(RegisterReadLimit.Policy)]
[Tags("Register")]
[RegisterErrors]
public sealed class RegisterController(RegisterHost host, ICurrentPrincipal caller) : ControllerBase
{
    /// <summary>The largest window of the due-soon list, in days.</summary>
    public const int MaxDays = 366;

    /// <summary>Open acts due soon and overdue, a page of each list, with counts per office and per prosecutor.</summary>
    /// <remarks>
    /// Open acts are those still issued (not executed, answered or withdrawn) whose kind sets a term:
    /// instructions and orders (their deadline), submissions and protests (their consideration term).
    /// "Today" is Kazakhstan's (UTC+5) by the register's clock unless <c>asOf</c> is given. Each list gives
    /// one page (<c>limit</c> acts from its own offset); <c>overduePage</c> and <c>dueSoonPage</c> say how many
    /// the list holds and where its next page is. The counts cover the whole lists.
    /// </remarks>
    /// <param name="office">One office, by its index ("2-11"); every office by default.</param>
    /// <param name="prosecutor">One prosecutor: "Surname Given-name Patronymic", compared in one normal form (case, extra spaces, invisible characters and Ё/Е do not matter); every one by default.</param>
    /// <param name="asOf">The day to look from (YYYY-MM-DD); today by default.</param>
    /// <param name="days">Due soon means due within this many days from <c>asOf</c> (0 to 366; 7 by default).</param>
    /// <param name="limit">At most this many acts of each list (1 to 500; 100 by default).</param>
    /// <param name="overdueOffset">Skip this many overdue acts (0 by default).</param>
    /// <param name="dueSoonOffset">Skip this many acts due soon (0 by default).</param>
    /// <response code="200">A page of the overdue and due-soon acts with days left, each list's total and next page, and counts per office and per prosecutor.</response>
    /// <response code="400">A value is malformed.</response>
    /// <response code="429">As many reads over many acts as may wait are already waiting.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpGet("control", Name = "listControlledActs")]
    [ProducesResponseType(typeof(ControlResponse), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status429TooManyRequests, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Control(
        [FromQuery] string? office,
        [FromQuery] string? prosecutor,
        [FromQuery] string? asOf,
        [FromQuery] string? days,
        [FromQuery] string? limit,
        [FromQuery] string? overdueOffset,
        [FromQuery] string? dueSoonOffset)
    {
        var values = new QueryValues();
        var query = values.Control(office, prosecutor, asOf, days, (limit, overdueOffset, dueSoonOffset));
        if (values.Problem is { } problem)
        {
            return new ProblemResult(problem);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        var report = await register.ControlAsync(caller.Required(), query, HttpContext.RequestAborted);
        return Ok(ControlResponse.Of(report, query.DueSoonDays, Request));
    }

    /// <summary>The indicators of an office (or all) for a period.</summary>
    /// <remarks>
    /// Counts the acts dated in the period: issued per kind; of those with a term, executed or answered
    /// on time, late, overdue and still in term; withdrawn; and p. 17's execution in favour of the state
    /// over the proceedings for the state the acts were brought on. What the register's data does not
    /// allow is listed in <c>notComputable</c> with why.
    /// </remarks>
    /// <param name="office">One office, by its index ("2-11"); every office by default.</param>
    /// <param name="from">The first day of the period (YYYY-MM-DD); 1 January of <c>to</c>'s year by default.</param>
    /// <param name="to">The last day of the period; today by default.</param>
    /// <param name="asOf">The day open acts are judged on; today by default.</param>
    /// <response code="200">The indicators.</response>
    /// <response code="400">A value is malformed, or the period ends before it starts.</response>
    /// <response code="429">As many reads over many acts as may wait are already waiting.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpGet("indicators", Name = "getRegisterIndicators")]
    [ProducesResponseType(typeof(IndicatorsResponse), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status429TooManyRequests, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Indicators([FromQuery] string? office, [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? asOf)
    {
        var values = new QueryValues();
        var officeCode = values.Office("office", office);
        var fromValue = values.Date("from", from);
        var toValue = values.Date("to", to);
        var asOfValue = values.Date("asOf", asOf);
        if (values.Problem is { } problem)
        {
            return new ProblemResult(problem);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        var end = toValue ?? register.Today;
        var start = fromValue ?? new DateOnly(end.Year, 1, 1);
        if (start > end)
        {
            return new ProblemResult(RegisterProblems.BadQuery("from", from ?? QueryValues.Show(start), $"a day on or before the period's end {QueryValues.Show(end)}"));
        }

        var indicators = await register.IndicatorsAsync(caller.Required(), new IndicatorQuery(officeCode, start, end, asOfValue), HttpContext.RequestAborted);
        return Ok(IndicatorsResponse.Of(indicators));
    }
}
