using System.Data.Common;
using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// A principal as the register finds it now: for a person, the stored person (enabled, with the roles
/// and office held at this moment, whatever the session remembers) and the office. Every decision
/// checks these, and the audit entry records them.
/// </summary>
/// <param name="Principal">The principal as the caller established it.</param>
/// <param name="Person">The stored person, for a person.</param>
/// <param name="Office">The principal's office, where it has one.</param>
internal sealed record Actor(Principal Principal, Person? Person, RegisteredOffice? Office)
{
    public string Name => Principal.Name;

    /// <summary>The principal with the roles the register holds now: what the audit entry records.</summary>
    public Principal Recorded => Person is { } person ? Principal.ForPerson(person.Login, person.OfficeCode, person.Roles) : Principal;

    public bool Has(PersonRole role) => Person?.Roles.Contains(role) == true;

    public bool Has(ClientScope scope) => Principal.Has(scope);

    /// <summary>Whether the actor is the head of the office (or acts for him).</summary>
    public bool IsHeadOf(string officeCode) =>
        Person is { Position: SignatoryPosition.Head or SignatoryPosition.ActingHead } person && person.OfficeCode == officeCode;

    /// <summary>Finds the principal in the register: a person must exist and be enabled; a client or the service is taken as established.</summary>
    public static async Task<(Actor? Actor, Refusal? Refusal)> ResolveAsync(DbConnection connection, DbTransaction? transaction, Principal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Kind != PrincipalKind.Person)
        {
            var office = principal.OfficeCode is { } code ? await OfficeRows.FindAsync(connection, transaction, code, cancellationToken).ConfigureAwait(false) : null;
            return (new Actor(principal, null, office), null);
        }

        var found = await PersonRows.FindAsync(connection, transaction, PersonChecks.Login(principal.Name), withOffice: true, cancellationToken).ConfigureAwait(false);
        if (found is not { Person: var person, Office: var personOffice })
        {
            return (null, Refusal.Forbid($"no person has the login {principal.Name}"));
        }

        if (person.Disabled)
        {
            return (null, Refusal.Forbid($"{person.Login} is disabled"));
        }

        return (new Actor(principal, person, personOffice), null);
    }
}
