using Supervision.Register;

namespace Supervision.Api.Access;

/// <summary>The request's user (cookie or key, already authenticated) turned into the register's principal.</summary>
internal sealed class CurrentPrincipal(IHttpContextAccessor accessor) : ICurrentPrincipal
{
    public Principal? Principal => PrincipalClaims.Read(accessor.HttpContext?.User);
}
