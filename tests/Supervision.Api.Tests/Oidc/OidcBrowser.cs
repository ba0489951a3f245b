using System.Net;

namespace Supervision.Api.Tests.Oidc;

/// <summary>An HttpClient that keeps cookies for every host, as a browser does, and shows them.</summary>
public sealed class OidcBrowser : HttpClient
{
    /// <summary>A browser addressed to the service.</summary>
    public OidcBrowser(Uri address)
        : this(new CookieContainer(), address)
    {
    }

    private OidcBrowser(CookieContainer jar, Uri address)
        : base(new SocketsHttpHandler { CookieContainer = jar, AllowAutoRedirect = true }, disposeHandler: true)
    {
        Jar = jar;
        BaseAddress = address;
    }

    /// <summary>The cookies.</summary>
    public CookieContainer Jar { get; }
}
