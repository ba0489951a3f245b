using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Access;
using Supervision.Api.Bodies;
using Supervision.Api.Problems;
using Supervision.Api.Register;
using Supervision.Api.Setup;
using Supervision.Register;

namespace Supervision.Api.Proceedings;

/// <summary>
/// The enforcement proceedings under supervision that p. 17's indicators count: listed to whoever reads the
/// office's acts, entered and changed by a controller of the proceeding's office (or an administrator).
/// </summary>
[ApiController]
[Route("api/proceedings")]
[Tags("Proceedings")]
[RegisterErrors]
public sealed class ProceedingsController(RegisterHost host, ICurrentPrincipal caller, JsonBodyReader bodies) : ControllerBase
{
    /// <summary>A page of the tracked proceedings the caller reads (his office's and those below it), ordered by id.</summary>
    /// <param name="office">One office and those below it ("2"); every office the caller reads by default.</param>
    /// <param name="category">"state-revenue", "prosecutor-claim-property" or "prosecutor-claim-non-property".</param>
    /// <param name="from">Only those not ended before this day (YYYY-MM-DD).</param>
    /// <param name="to">Only those opened on or before this day.</param>
    /// <param name="limit">At most this many (1 to 500; 100 by default).</param>
    /// <param name="offset">Skip this many (0 by default).</param>
    /// <response code="200">The page, its total and the next page's path.</response>
    /// <response code="400">A value is malformed.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpGet(Name = "listProceedings")]
    [Authorize(Policy = Capability.RegisterRead)]
    [ProducesResponseType(typeof(ProceedingPage), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> List(
        [FromQuery] string? office,
        [FromQuery] string? category,
        [FromQuery] string? from,
        [FromQuery] string? to,
        [FromQuery] string? limit,
        [FromQuery] string? offset)
    {
        var values = new QueryValues();
        var query = new ProceedingQuery
        {
            OfficeCode = values.Office("office", office),
            Category = values.Name<ProceedingCategory>("category", category),
            From = values.Date("from", from),
            To = values.Date("to", to),
            Limit = values.Number("limit", limit, 1, ProceedingQuery.MaxLimit, 100),
            Offset = values.Offset("offset", offset),
        };
        if (values.Problem is { } problem)
        {
            return new ProblemResult(problem);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        var principal = caller.Required();
        var items = await register.Proceedings.ListAsync(principal, query, HttpContext.RequestAborted);
        var total = await register.Proceedings.CountAsync(principal, query, HttpContext.RequestAborted);
        return Ok(new ProceedingPage([.. items.Select(ProceedingView.Of)], query.Offset, query.Limit, total, PageLinks.Next(Request, "offset", query.Offset, query.Limit, total)));
    }

    /// <summary>Enters an enforcement proceeding to be tracked for p. 17's indicators.</summary>
    /// <remarks>
    /// State revenue and property claims take a sum due (above 0) and a sum recovered (0 by default, not above
    /// the sum due); non-property claims take whether the court act was executed, and no sums. Flags say what
    /// p. 17 leaves out: a property claim's money recovered in the interests of a private-form organisation
    /// (<c>privateInterest</c>), a non-property decision executed without a writ (<c>withoutWrit</c>); and for
    /// state revenue, only proceedings whose execution term set by law was breached (<c>termBreached</c>) count.
    /// Linked acts (<c>actIds</c>) must be issued acts of the same office brought on this proceeding.
    /// </remarks>
    /// <response code="201">Entered: the proceeding as stored.</response>
    /// <response code="400">The body is not a proceeding (a missing or mistyped property, an unknown category, an unknown property such as "enteredBy").</response>
    /// <response code="403">The person holds neither controller in the proceeding's office nor admin.</response>
    /// <response code="422">A value is refused (a negative sum, more recovered than due, a sum for a non-property claim, a date in the future, an act of another office, a number tracked already): <c>field</c> names it.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpPost(Name = "addProceeding")]
    [WritesRegister]
    [Authorize(Policy = Capability.ProceedingsWrite)]
    [JsonRequestBody(typeof(ProceedingBody))]
    [ProducesResponseType(typeof(ProceedingView), StatusCodes.Status201Created, "application/json")]
    [ProducesResponseType(typeof(ActReadProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status403Forbidden, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status422UnprocessableEntity, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Add()
    {
        var (entry, problem) = await bodies.ReadAsync(Request, ProceedingBodies.Read, HttpContext.RequestAborted);
        if (entry is null)
        {
            return new ProblemResult(problem!);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        var outcome = await register.Proceedings.AddAsync(caller.Required(), entry, HttpContext.RequestAborted);
        return outcome is ProceedingOutcome.Done done
            ? Created($"/api/proceedings?office={Uri.EscapeDataString(done.Proceeding.Entry.OfficeCode)}", ProceedingView.Of(done.Proceeding))
            : Refused(outcome);
    }

    /// <summary>Changes a tracked proceeding as a whole: its figures, flags, dates and linked acts (its office stays).</summary>
    /// <param name="id">The proceeding's id.</param>
    /// <response code="200">Changed: the proceeding as stored.</response>
    /// <response code="400">The body is not a proceeding.</response>
    /// <response code="403">The person holds neither controller in the proceeding's office nor admin.</response>
    /// <response code="404">No proceeding has that id, or none the person reads.</response>
    /// <response code="422">A value is refused: <c>field</c> names it.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpPut("{id}", Name = "changeProceeding")]
    [WritesRegister]
    [Authorize(Policy = Capability.ProceedingsWrite)]
    [JsonRequestBody(typeof(ProceedingBody))]
    [ProducesResponseType(typeof(ProceedingView), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ActReadProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status403Forbidden, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status422UnprocessableEntity, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> Change(string id)
    {
        if (!ActIds.TryParse(id, out var proceedingId))
        {
            return new ProblemResult(RegisterProblems.Refused(new Refusal(Refusal.NotFound, $"no tracked proceeding has the id '{(id.Length > 40 ? id[..40] + "…" : id)}'")));
        }

        var (entry, problem) = await bodies.ReadAsync(Request, ProceedingBodies.Read, HttpContext.RequestAborted);
        if (entry is null)
        {
            return new ProblemResult(problem!);
        }

        var register = await host.GetAsync(HttpContext.RequestAborted);
        var outcome = await register.Proceedings.ChangeAsync(caller.Required(), proceedingId, entry, HttpContext.RequestAborted);
        return outcome is ProceedingOutcome.Done done ? Ok(ProceedingView.Of(done.Proceeding)) : Refused(outcome);
    }

    private static ProblemResult Refused(ProceedingOutcome outcome) => outcome switch
    {
        ProceedingOutcome.Invalid invalid => new ProblemResult(RegisterProblems.ValueRefused(invalid.Problem.Field, invalid.Problem.Message)),
        ProceedingOutcome.Refused refused => new ProblemResult(RegisterProblems.Refused(refused.Refusal)),
        var other => throw new InvalidOperationException($"Unexpected proceeding outcome {other.GetType().Name}."),
    };
}
