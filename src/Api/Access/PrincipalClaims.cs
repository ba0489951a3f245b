using System.Security.Claims;
using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Api.Access;

/// <summary>
/// The register's <see cref="Principal"/> written as claims (into the session cookie, or by the key
/// handler) and read back: kind, name, office, roles or scopes, and the must-change-password mark.
/// </summary>
public static class PrincipalClaims
{
    private const string KindClaim = "sv:kind";
    private const string OfficeClaim = "sv:office";
    private const string ScopeClaim = "sv:scope";
    private const string MustChangeClaim = "sv:must-change-password";

    /// <summary>The claims of a person, for the session cookie.</summary>
    public static ClaimsPrincipal ForPerson(Person person, string scheme)
    {
        ArgumentNullException.ThrowIfNull(person);
        var claims = new List<Claim> { new(KindClaim, "person"), new(ClaimTypes.Name, person.Login) };
        if (person.OfficeCode is { } office)
        {
            claims.Add(new Claim(OfficeClaim, office));
        }

        claims.AddRange(person.Roles.Select(role => new Claim(ClaimTypes.Role, EnumNames.Of(role))));
        if (person.MustChangePassword)
        {
            claims.Add(new Claim(MustChangeClaim, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The claims of a client, for the key handler.</summary>
    public static ClaimsPrincipal ForClient(Client client, string scheme)
    {
        ArgumentNullException.ThrowIfNull(client);
        var claims = new List<Claim> { new(KindClaim, "client"), new(ClaimTypes.Name, client.Name) };
        if (client.OfficeCode is { } office)
        {
            claims.Add(new Claim(OfficeClaim, office));
        }

        claims.AddRange(client.Scopes.Select(scope => new Claim(ScopeClaim, EnumNames.Of(scope))));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The principal the claims describe; null where the request is not authenticated.</summary>
    public static Principal? Read(ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true } || user.FindFirstValue(ClaimTypes.Name) is not { } name)
        {
            return null;
        }

        var office = user.FindFirstValue(OfficeClaim);
        return user.FindFirstValue(KindClaim) switch
        {
            "person" => new Principal(PrincipalKind.Person, name, office, [.. Parse<PersonRole>(user, ClaimTypes.Role)], []),
            "client" => Principal.ForClient(name, office, [.. Parse<ClientScope>(user, ScopeClaim)]),
            _ => null,
        };
    }

    /// <summary>Whether the person must change the password before doing anything else.</summary>
    public static bool MustChangePassword(ClaimsPrincipal? user) => user?.HasClaim(MustChangeClaim, "true") == true;

    private static IEnumerable<T> Parse<T>(ClaimsPrincipal user, string type) where T : struct, Enum =>
        user.FindAll(type).Select(claim => EnumNames.TryParse<T>(claim.Value, out var value) ? (T?)value : null).OfType<T>();
}
