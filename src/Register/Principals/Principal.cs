namespace Supervision.Register;

/// <summary>
/// Who acts, as the service established it — never as a request claims it: a person by the session
/// (or the identity provider's assertion), a client by its key. The register records this name and
/// these roles (or scopes) with everything the principal does, and checks every decision against them.
/// </summary>
/// <param name="Kind">A person, a client or the service itself.</param>
/// <param name="Name">The person's login, the client's name, or "system".</param>
/// <param name="OfficeCode">The office the principal belongs to (a client's office, where it has one); null for the service.</param>
/// <param name="Roles">A person's roles.</param>
/// <param name="Scopes">A client's scopes.</param>
public sealed record Principal(
    PrincipalKind Kind,
    string Name,
    string? OfficeCode,
    IReadOnlyList<PersonRole> Roles,
    IReadOnlyList<ClientScope> Scopes)
{
    /// <summary>The service itself, for what no request asked for.</summary>
    public static Principal System { get; } = new(PrincipalKind.System, "system", null, [], []);

    /// <summary>A person with roles, of an office (the first administrator has none).</summary>
    public static Principal ForPerson(string login, string? officeCode, IReadOnlyList<PersonRole> roles) =>
        new(PrincipalKind.Person, login, officeCode, roles, []);

    /// <summary>A machine client with scopes.</summary>
    public static Principal ForClient(string name, string? officeCode, IReadOnlyList<ClientScope> scopes) =>
        new(PrincipalKind.Client, name, officeCode, [], scopes);

    /// <summary>Whether the principal is a person holding the role.</summary>
    public bool Has(PersonRole role) => Kind == PrincipalKind.Person && Roles.Contains(role);

    /// <summary>Whether the principal is a client holding the scope.</summary>
    public bool Has(ClientScope scope) => Kind == PrincipalKind.Client && Scopes.Contains(scope);
}
