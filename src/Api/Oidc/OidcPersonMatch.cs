namespace Supervision.Api.Oidc;

/// <summary>What the OIDC person claim is matched against (<c>Authentication:Oidc:PersonMatch = login|iin</c>).</summary>
public enum OidcPersonMatch
{
    /// <summary>The person's login.</summary>
    Login,

    /// <summary>The person's IIN.</summary>
    Iin,
}
