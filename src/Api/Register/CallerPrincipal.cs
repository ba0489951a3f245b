using Supervision.Api.Access;
using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>The principal of a request that a capability policy already let through.</summary>
internal static class CallerPrincipal
{
    /// <summary>
    /// The caller as the register's principal. Every endpoint that calls this names a policy that
    /// nobody unauthenticated passes, so a missing principal is a wiring fault, never a request to
    /// serve as someone else.
    /// </summary>
    public static Principal Required(this ICurrentPrincipal caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Principal ?? throw new InvalidOperationException("An endpoint that needs a principal was reached without one: its policy must require sign-in or a key.");
    }
}
