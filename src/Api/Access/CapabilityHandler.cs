using Microsoft.AspNetCore.Authorization;
using Supervision.Register;

namespace Supervision.Api.Access;

/// <summary>
/// Decides every capability from the principal the request authenticated as (<see cref="PrincipalClaims"/>):
/// the one place that says which roles and scopes open which door. A person who must change the password
/// holds only <see cref="Capability.Session"/> until they do. No scope opens a door that changes an act
/// or a template: those need a person.
/// </summary>
internal sealed class CapabilityHandler(AnonymousAccess anonymous, Microsoft.Extensions.Options.IOptions<AccessSettings> settings) : AuthorizationHandler<CapabilityRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CapabilityRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        var principal = PrincipalClaims.Read(context.User);
        if (Allows(context, requirement.Name, principal, PrincipalClaims.MustChangePassword(context.User)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    /// <summary>Whether the principal (null: nobody signed in, no key accepted) holds the capability.</summary>
    private bool Allows(AuthorizationHandlerContext context, string capability, Principal? principal, bool mustChangePassword)
    {
        if (principal is null)
        {
            // A key that was sent but not accepted is never taken for "no key": it is refused, not served anonymously.
            var http = context.Resource as HttpContext;
            var keySent = http is not null && http.Request.Headers.ContainsKey(ClientKeyHandler.Header);
            return !keySent && capability switch
            {
                Capability.ActsRender => anonymous.AllowedFor(http),
                Capability.Metrics => anonymous.AllowedFor(http) || settings.Value.AnonymousMetrics,
                _ => false,
            };
        }

        if (principal.Kind == PrincipalKind.Person && mustChangePassword)
        {
            return capability == Capability.Session;
        }

        var person = principal.Kind == PrincipalKind.Person;
        return capability switch
        {
            Capability.ActsRender => person || principal.Has(ClientScope.ActsRender),
            Capability.RegisterRead => person || principal.Has(ClientScope.RegisterRead),
            Capability.TemplatesRead => person || principal.Has(ClientScope.TemplatesRead),
            Capability.TemplatesEdit => principal.Has(PersonRole.Editor),
            Capability.Audit => principal.Has(PersonRole.Auditor),
            Capability.Admin => principal.Has(PersonRole.Admin),
            Capability.ActsDraft => principal.Has(PersonRole.Drafter) || principal.Has(ClientScope.ActsDraft),
            Capability.DraftsRead => person || principal.Has(ClientScope.ActsDraft),
            Capability.ProceedingsWrite => principal.Has(PersonRole.Controller) || principal.Has(PersonRole.Admin),
            Capability.Metrics => principal.Has(PersonRole.Admin) || principal.Has(ClientScope.MetricsRead),
            Capability.ActsSign or Capability.ActsApprove or Capability.ActsStatus or Capability.Session => person,
            _ => false,
        };
    }
}
