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
    public static Task<(Actor? Actor, Refusal? Refusal)> ResolveAsync(DbConnection connection, DbTransaction? transaction, Principal principal, CancellationToken cancellationToken) =>
        Resolve(principal).RunAsync(connection, transaction, cancellationToken);

    /// <summary>The read of <see cref="ResolveAsync"/>, to send with others (with the lock of the audit head).</summary>
    public static SqlRead<(Actor? Actor, Refusal? Refusal)> Resolve(Principal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Kind != PrincipalKind.Person)
        {
            return principal.OfficeCode is { } code
                ? OfficeRows.Find(code).Then<(Actor?, Refusal?)>(office => (new Actor(principal, null, office), null))
                : SqlRead.None.Then<(Actor?, Refusal?)>(_ => (new Actor(principal, null, null), null));
        }

        return PersonRows.Find(PersonChecks.Login(principal.Name), withOffice: true).Then<(Actor?, Refusal?)>(found =>
            found is not { Person: var person, Office: var personOffice } ? (null, Refusal.Forbid($"no person has the login {principal.Name}"))
            : person.Disabled ? (null, Refusal.Forbid($"{person.Login} is disabled"))
            : (new Actor(principal, person, personOffice), null));
    }
}
