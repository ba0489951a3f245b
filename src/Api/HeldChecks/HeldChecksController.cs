using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Access;
using Supervision.Api.Bodies;
using Supervision.Api.Problems;
using Supervision.Api.Register;
using Supervision.Api.Setup;
using Supervision.Register;

namespace Supervision.Api.HeldChecks;

/// <summary>
/// The annual checks offices held of the territorial departments of justice and the private bailiffs (p. 11): recorded
/// by a controller of the office (or an administrator), listed to whoever reads the office's acts. Each check makes its
/// check report owed by the 7th of the month after it, and can be made into the report's draft.
/// </summary>
[ApiController]
[Route("api/register/checks")]
[Tags("Register")]
[RegisterErrors]
public sealed class HeldChecksController(RegisterHost host, ICurrentPrincipal caller, JsonBodyReader bodies) : ControllerBase
{
    /// <summary>A page of the checks the caller reads (his office's and those below it), the latest check first.</summary>
    /// <param name="office">One office and those below it ("2"); every office the caller reads by default.</param>
    /// <param name="limit">At most this many (1 to 500; 100 by default).</param>
    /// <param name="offset">Skip this many (0 by default).</param>
    /// <response code="200">The page, its total and the next page's path.</response>
    /// <response code="400">A value is malformed.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpGet(Name = "listHeldChecks")]
    [Authorize(Policy = Capability.RegisterRead)]
    [ProducesResponseType(typeof(HeldCheckPage), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> List([FromQuery] string? office, [FromQuery] string? limit, [FromQuery] string? offset)
    {
        var values = new QueryValues();
        var query = new HeldCheckQuery
        {
            OfficeCode = values.Office("office", office),
            Limit = values.Number("limit", limit, 1, HeldCheckQuery.MaxLimit, 100),
            Offset = values.Offset("offset", offset),
        };
        if (values.Problem is { } problem)
        {
            return new ProblemResult(problem);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        var principal = caller.Required();
        var items = await register.HeldChecks.ListAsync(principal, query, HttpContext.RequestAborted);
        var total = await register.HeldChecks.CountAsync(principal, query, HttpContext.RequestAborted);
        var names = await register.People.NamesAsync(items.Select(item => item.RecordedBy), HttpContext.RequestAborted);
        return Ok(new HeldCheckPage([.. items.Select(item => HeldCheckView.Of(item, names))], query.Offset, query.Limit, total, PageLinks.Next(Request, "offset", query.Offset, query.Limit, total)));
    }

    /// <summary>Records an annual check the office held of the departments of justice and the private bailiffs.</summary>
    /// <remarks>
    /// The check's first and last days and the objects checked (territorial departments of justice, regional chambers
    /// of private bailiffs), with an optional note. From then on the office owes the check report by the legal frame's
    /// delivery day (the 7th) of the month after the check's last day (<c>GET /api/register/reports-owed</c>), until it
    /// issues a check report whose check period covers these days. A check is recorded once, audited (<c>record-check</c>),
    /// and never changed.
    /// </remarks>
    /// <response code="201">Recorded: the check as stored, with where to make its report's draft.</response>
    /// <response code="400">The body is not a check (a missing or mistyped property, an unknown property such as "recordedBy").</response>
    /// <response code="403">The person holds neither controller in the office nor admin.</response>
    /// <response code="422">A value is refused (a day before 2000 or in the future, an end before the start, no object checked, an unknown office, an office whose level sends no check report): <c>field</c> names it.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpPost(Name = "recordHeldCheck")]
    [WritesRegister]
    [Authorize(Policy = Capability.ProceedingsWrite)]
    [JsonRequestBody(typeof(HeldCheckBody))]
    [ProducesResponseType(typeof(HeldCheckView), StatusCodes.Status201Created, "application/json")]
    [ProducesResponseType(typeof(ActReadProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status403Forbidden, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status422UnprocessableEntity, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Record()
    {
        var (entry, problem) = await bodies.ReadAsync(Request, HeldCheckBodies.Read, HttpContext.RequestAborted);
        if (entry is null)
        {
            return new ProblemResult(problem!);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        var outcome = await register.HeldChecks.RecordAsync(caller.Required(), entry, HttpContext.RequestAborted);
        if (outcome is HeldCheckOutcome.Done done)
        {
            var names = await register.People.NamesAsync([done.Check.RecordedBy], HttpContext.RequestAborted);
            return Created($"/api/register/checks?office={Uri.EscapeDataString(done.Check.Entry.OfficeCode)}", HeldCheckView.Of(done.Check, names));
        }

        return outcome switch
        {
            HeldCheckOutcome.Invalid invalid => new ProblemResult(RegisterProblems.ValueRefused(invalid.Problem.Field, invalid.Problem.Message)),
            HeldCheckOutcome.Refused refused => new ProblemResult(RegisterProblems.Refused(refused.Refusal)),
            var other => throw new InvalidOperationException($"Unexpected check outcome {other.GetType().Name}."),
        };
    }
}
