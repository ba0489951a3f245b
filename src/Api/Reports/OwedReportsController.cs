using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Access;
using Supervision.Api.Problems;
using Supervision.Api.Register;

namespace Supervision.Api.Reports;

/// <summary>
/// The periodic reports the caller's office owes the General Prosecutor's Office (p. 11, 12), for execution
/// control: each quarterly analysis, annual summary and check report not yet issued, with its due day and
/// whether it is overdue.
/// </summary>
[ApiController]
[Authorize(Policy = Capability.RegisterRead)]
[Route("api/register/reports-owed")]
[Tags("Register")]
[RegisterErrors]
public sealed class OwedReportsController(RegisterHost host, ICurrentPrincipal caller) : ControllerBase
{
    /// <summary>The reports the caller's office owes and has not issued, soonest due first.</summary>
    /// <remarks>
    /// For an office whose level the policy lets sign them (a regional office): every quarter and year that ended
    /// within the look-back of report-tables.json (12 months) before <c>asOf</c>, due by the legal frame's delivery
    /// day of the month after it (the 7th; 7 January for the year), unless the office issued a report of that kind
    /// naming that period (a withdrawn one does not count). Overdue once the due day has passed. A caller without an
    /// office owes none. The check report (p. 11): one per check recorded as held (<c>POST /api/register/checks</c>), due by
    /// the delivery day of the month after the check's last day until the office issues a check report whose check
    /// covers those days (<c>from</c>, <c>to</c>: the check's days; <c>check</c>: its id; <c>draft</c>: its pre-filled draft);
    /// and for a year with no recorded check (the current one included), one until the office issues a check report
    /// whose check ended in that year, due on the latest day it can be, the delivery day of January after the year
    /// (7 January), its <c>check</c> and <c>draft</c> null.
    /// </remarks>
    /// <param name="asOf">The day to look from (YYYY-MM-DD); today by default.</param>
    /// <response code="200">The reports owed.</response>
    /// <response code="400">A value is malformed.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpGet(Name = "listOwedReports")]
    [ProducesResponseType(typeof(IReadOnlyList<OwedReportView>), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> List([FromQuery] string? asOf)
    {
        var values = new QueryValues();
        var day = values.Date("asOf", asOf);
        if (values.Problem is { } problem)
        {
            return new ProblemResult(problem);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        var owed = await register.ReportsOwedAsync(caller.Required(), day, HttpContext.RequestAborted);
        return Ok(owed.Select(OwedReportView.Of).ToList());
    }
}
