using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Access;
using Supervision.Api.Acts;
using Supervision.Api.Problems;

namespace Supervision.Api.Pages.Forms;

/// <summary>What the act form page needs beside the schema: labels, help and the words of values in the interface language.</summary>
[ApiController]
[Authorize(Policy = Capability.ActsRender)]
[Route("api/acts")]
[Tags("Pages")]
public sealed class ActFormsController : ControllerBase
{
    /// <summary>How the form shows a kind of act in an interface language.</summary>
    /// <remarks>
    /// The fields themselves come from <c>GET /api/acts/{kind}/schema</c>; this gives, for each field by its
    /// path without indexes ("signatory.position"), the label and help in Kazakh or Russian, the words of
    /// enum values, the parts the policy requires or leaves out for the kind, and the fields' order in sections.
    /// </remarks>
    /// <param name="kind">The kind: "instruction", "order", ... (see <c>GET /api/acts</c>).</param>
    /// <param name="language">The interface language: "kk" or "ru" (not necessarily the act's).</param>
    /// <response code="200">The form's words and order.</response>
    /// <response code="400">The language is missing or wrong.</response>
    /// <response code="404">No act has that kind.</response>
    [HttpGet("{kind}/form", Name = "getActForm")]
    [ProducesResponseType(typeof(ActForm), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, ProblemWriter.MediaType)]
    public IActionResult Form(string kind, [FromQuery] string? language)
    {
        if (ActChoice.Parse(kind, language, null, out var choice) is { } problem)
        {
            return new ProblemResult(problem);
        }

        return Ok(ActForms.For(choice!.Kind, choice.Language));
    }
}
