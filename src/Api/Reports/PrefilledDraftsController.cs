using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Acts;
using Supervision.Api.Access;
using Supervision.Api.Drafts;
using Supervision.Api.Problems;
using Supervision.Api.Register;
using Supervision.Api.Setup;
using Supervision.Register;

namespace Supervision.Api.Reports;

/// <summary>
/// Drafts of the regional prosecutor's periodic reports with their tables filled from the register (issue 15,
/// point 3): the quarterly analysis (p. 11) and the annual summary (p. 12) of the caller's office and the offices
/// below it; and the check report (p. 11) of a check recorded as held, naming its days and what was checked. The draft is
/// an ordinary draft: the prosecutor writes its prose and corrects any figure before signing.
/// </summary>
[ApiController]
[Route("api/drafts/prefilled")]
[Tags("Drafts")]
[RegisterErrors]
public sealed class PrefilledDraftsController(RegisterHost host, ICurrentPrincipal caller) : ControllerBase
{
    /// <summary>Makes the draft of a quarterly analysis or an annual summary, its tables filled from the register, or of the check report of a held check.</summary>
    /// <remarks>
    /// The tables: acts of supervision brought in the period by kind (report-tables.json names the kinds), with how
    /// many were considered (answered or executed), executed and overdue today as execution control counts them; and
    /// per office the tracked enforcement proceedings in execution in the period with their sums due and recovered
    /// (the quarterly analysis: every category; the annual summary: for the state's revenue, and on the prosecutor's
    /// claims), each table closed by its total. Dated today; the prose, addressee, signatory and number are the drafter's.
    /// A <c>check-report</c> is made from a check the office recorded as held (<c>check</c>, its id in
    /// <c>GET /api/register/checks</c>): the check's first and last days and the objects checked; no year or quarter.
    /// </remarks>
    /// <param name="kind"><c>quarterly-analysis</c>, <c>annual-summary</c> or <c>check-report</c>.</param>
    /// <param name="year">The year reported on.</param>
    /// <param name="quarter">The quarter (1 to 4): for the quarterly analysis only.</param>
    /// <param name="check">The held check a check report is made from: its id.</param>
    /// <param name="language"><c>kk</c> or <c>ru</c> (<c>ru</c> by default).</param>
    /// <response code="201">The draft; <c>Location</c> is its address.</response>
    /// <response code="400">A value is malformed (with which).</response>
    /// <response code="403">The caller may not draft (no role drafter, no scope acts:draft, no registered office).</response>
    /// <response code="404">No check with that id was recorded by the caller's office.</response>
    /// <response code="422">Another kind, a period that does not suit the kind or has not ended, or an office whose level does not make the report (<c>invalid-input</c>).</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpPost("{kind}", Name = "createPrefilledReportDraft")]
    [WritesRegister]
    [Authorize(Policy = Capability.ActsDraft)]
    [ProducesResponseType(typeof(DraftView), StatusCodes.Status201Created, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status403Forbidden, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status422UnprocessableEntity, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Create(string kind, [FromQuery] string? year, [FromQuery] string? quarter, [FromQuery] string? check, [FromQuery] string? language)
    {
        if (kind == EnumNames.Of(ActKind.CheckReport))
        {
            return await CreateCheckReportAsync(check, language);
        }

        if (QueryValues.Text(year) is null)
        {
            return new ProblemResult(RegisterProblems.BadQuery("year", null, "the year reported on, 2000 to 9998"));
        }

        var values = new QueryValues();
        var reportYear = values.Number("year", year, 2000, 9998, 0);
        int? reportQuarter = QueryValues.Text(quarter) is null ? null : values.Number("quarter", quarter, 1, 4, 1);
        var actLanguage = values.Name<ActLanguage>("language", language) ?? ActLanguage.Ru;
        if (values.Problem is { } problem)
        {
            return new ProblemResult(problem);
        }

        if (!EnumNames.TryParse<ActKind>(kind, out var reportKind))
        {
            var shown = kind.Length > 40 ? kind[..40] + "…" : kind;
            return new ProblemResult(RegisterProblems.Refused(new Refusal(Refusal.InvalidInput, $"'{shown}' is not a kind of act")));
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        var outcome = await register.Drafts.CreatePrefilledAsync(caller.Required(), reportKind, new ReportPeriod(reportYear, reportQuarter), actLanguage, HttpContext.RequestAborted);
        return DraftAnswers.Of(this, outcome, created: true);
    }

    private async Task<IActionResult> CreateCheckReportAsync(string? check, string? language)
    {
        if (QueryValues.Text(check) is null)
        {
            return new ProblemResult(RegisterProblems.BadQuery("check", null, "the id of the held check the report is made from (GET /api/register/checks)"));
        }

        var values = new QueryValues();
        var checkId = values.Number("check", check, 1, int.MaxValue, 1);
        var actLanguage = values.Name<ActLanguage>("language", language) ?? ActLanguage.Ru;
        if (values.Problem is { } problem)
        {
            return new ProblemResult(problem);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        var outcome = await register.Drafts.CreateCheckReportAsync(caller.Required(), checkId, actLanguage, HttpContext.RequestAborted);
        return DraftAnswers.Of(this, outcome, created: true);
    }
}
