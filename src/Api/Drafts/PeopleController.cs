using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Acts;
using Supervision.Api.Access;
using Supervision.Api.Problems;
using Supervision.Api.Register;
using Supervision.Register;

namespace Supervision.Api.Drafts;

/// <summary>The people of the caller's office who may be chosen to sign (or approve) a draft.</summary>
[ApiController]
[Route("api/people")]
[Tags("Drafts")]
[RegisterErrors]
public sealed class PeopleController(RegisterHost host, ICurrentPrincipal caller) : ControllerBase
{
    /// <summary>The enabled people of the caller's office holding a role: the signatories to submit a draft to, or the approvers.</summary>
    /// <param name="role">"signatory" or "approver".</param>
    /// <response code="200">The people, by login; none for a caller without an office.</response>
    /// <response code="400">The role is missing or not one of signatory, approver.</response>
    /// <response code="503">The register's database is not available.</response>
    [HttpGet(Name = "listPeople")]
    [Authorize(Policy = Capability.DraftsRead)]
    [ProducesResponseType(typeof(ItemList<PersonChoice>), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, ProblemWriter.MediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status503ServiceUnavailable, ProblemWriter.MediaType)]
    public async Task<IActionResult> List([FromQuery] string? role)
    {
        string[] roles = [EnumNames.Of(PersonRole.Signatory), EnumNames.Of(PersonRole.Approver)];
        if (QueryValues.Text(role) is not { } chosen || !roles.Contains(chosen, StringComparer.Ordinal) || !EnumNames.TryParse<PersonRole>(chosen, out var wanted))
        {
            return new ProblemResult(ApiProblems.BadQueryValue("role", role, roles));
        }

        var principal = caller.Required();
        var register = await host.GetAsync(HttpContext.RequestAborted);

        // A person's office is the one the register holds now, not the one his session remembers.
        var office = principal.Kind == PrincipalKind.Person
            ? (await register.People.FindAsync(principal.Name, HttpContext.RequestAborted))?.OfficeCode
            : principal.OfficeCode;
        var people = office is null ? [] : await register.People.ListAsync(office, HttpContext.RequestAborted);
        return Ok(new ItemList<PersonChoice>([.. people
            .Where(person => !person.Disabled && person.Roles.Contains(wanted))
            .OrderBy(person => person.Login, StringComparer.Ordinal)
            .Select(person => new PersonChoice(person.Login, person.FullName, person.Position is { } position ? EnumNames.Of(position) : null, person.TitleKk, person.TitleRu))]));
    }
}
