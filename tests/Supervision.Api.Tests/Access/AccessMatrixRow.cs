using Supervision.Register;

namespace Supervision.Api.Tests.Access;

/// <summary>Who an anonymous caller is to a row of the access matrix.</summary>
internal enum Anonymous
{
    /// <summary>Anyone, signed in or not, person or client ("open").</summary>
    Open,

    /// <summary>Allowed while the service renders for anyone on loopback (the test server is loopback).</summary>
    Loopback,

    /// <summary>401 problem, or for a page a redirect to /signin.</summary>
    Denied,
}

/// <summary>
/// One row of docs/access-matrix.md: an endpoint or page, the capability it names, and who holds it:
/// anonymous callers, persons (any role, or the roles named), client scopes.
/// </summary>
internal sealed record AccessMatrixRow(string Method, string Path, string Capability, Anonymous Anonymous, PersonRole[]? Roles, ClientScope[] Scopes)
{
    /// <summary>A capability the endpoint's controller names besides the row's own (both must be held; a 403 names one the caller lacks).</summary>
    public string? ControllerCapability { get; init; }

    /// <summary>The capability of the rows anyone may call (no policy: AllowAnonymous).</summary>
    public const string Open = "open";

    /// <summary>A page: a GET outside /api, which sends whoever must sign in (or change a password) there instead of answering a problem.</summary>
    public bool IsPage => Method == "GET" && !Path.StartsWith("/api/", StringComparison.Ordinal) && Path != "/api";

    /// <summary>A row open to everyone.</summary>
    public static AccessMatrixRow Everyone(string method, string path) => new(method, path, Open, Anonymous.Open, null, [.. Enum.GetValues<ClientScope>()]);

    public override string ToString() => $"{Method} {Path}";
}
