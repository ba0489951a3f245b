using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Supervision.Api.Register;

namespace Supervision.Api.Access;

/// <summary>
/// Authenticates a machine client by the key in <c>X-Api-Key</c> (<c>client add</c> prints it): the
/// register finds the client by the key's digest, unless the key was revoked. No header: no result,
/// and the request goes on without a principal. A wrong key fails, and the door answers 401.
/// </summary>
internal sealed class ClientKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, RegisterHost host)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "ClientKey";

    /// <summary>The header a client sends its key in.</summary>
    public const string Header = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[Header];
        if (presented.Count == 0)
        {
            return AuthenticateResult.NoResult();
        }

        if (presented.Count > 1 || string.IsNullOrEmpty(presented[0]))
        {
            return AuthenticateResult.Fail("send one key in X-Api-Key");
        }

        var register = await host.GetAsync(Context.RequestAborted);
        var client = await register.Clients.AuthenticateAsync(presented[0]!, Context.RequestAborted);
        return client is null
            ? AuthenticateResult.Fail("the key is not one this service accepts, or it was revoked")
            : AuthenticateResult.Success(new AuthenticationTicket(PrincipalClaims.ForClient(client, SchemeName), SchemeName));
    }
}
