using Supervision.Register;

namespace Supervision.Api.Access;

/// <summary>Who makes the present request, as the register's <see cref="Principal"/>: what controllers hand to the register's decisions.</summary>
public interface ICurrentPrincipal
{
    /// <summary>The principal, or null where nobody signed in and no key was sent.</summary>
    Principal? Principal { get; }
}
