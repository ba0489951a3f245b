using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Api.Tests.Access;

/// <summary>
/// Every endpoint × every kind of principal (anonymous, a person of each role, a client of each scope):
/// allowed, 401 or 403, as docs/access-matrix.md says. "Allowed" means the door let the call through:
/// whatever the endpoint then answers (200, 404, 422), it is neither 401 nor 403.
/// </summary>
public sealed partial class AccessMatrixTests : IDisposable
{
    private const string Allowed = "ok";

    private readonly ApiFactory _api = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose() => _api.Dispose();

    /// <summary>The principals, in the columns' order.</summary>
    private static readonly string[] Principals =
    [
        "anonymous", "drafter", "editor", "controller", "auditor", "admin",
        "acts:render", "register:read", "templates:read", "acts:draft",
    ];

    /// <summary>Method, path, then one cell per principal.</summary>
    private static readonly (string Method, string Path, string[] Cells)[] Rows =
    [
        ("POST", "/api/acts/validate", [Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, "403", "403", "403"]),
        ("POST", "/api/acts/render?format=html", [Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, "403", "403", "403"]),
        ("GET", "/api/acts", [Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, "403", "403", "403"]),
        ("GET", "/api/acts/order/schema", [Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, "403", "403", "403"]),
        ("GET", "/api/acts/order/example?language=kk", [Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, "403", "403", "403"]),
        ("GET", "/api/acts/order/form?language=kk", [Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, "403", "403", "403"]),
        ("GET", "/api/amount?value=10&language=kk", [Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, "403", "403", "403"]),
        ("POST", "/api/templates/preview", [Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, "403", "403", "403"]),
        ("GET", "/api/templates/order?language=kk", ["401", Allowed, Allowed, Allowed, Allowed, Allowed, "403", "403", Allowed, "403"]),
        ("GET", "/api/templates/versions", ["401", Allowed, Allowed, Allowed, Allowed, Allowed, "403", "403", Allowed, "403"]),
        ("GET", "/api/templates/versions/text?path=templates-kk/order.sbn", ["401", Allowed, Allowed, Allowed, Allowed, Allowed, "403", "403", Allowed, "403"]),
        ("GET", "/api/templates/proposals", ["401", Allowed, Allowed, Allowed, Allowed, Allowed, "403", "403", Allowed, "403"]),
        ("POST", "/api/templates/proposals", ["401", "403", Allowed, "403", "403", "403", "403", "403", "403", "403"]),
        ("POST", "/api/templates/proposals/approve", ["401", "403", Allowed, "403", "403", "403", "403", "403", "403", "403"]),
        ("POST", "/api/drafts", ["401", Allowed, "403", "403", "403", "403", "403", "403", "403", Allowed]),
        ("PUT", "/api/drafts/1", ["401", Allowed, "403", "403", "403", "403", "403", "403", "403", Allowed]),
        ("POST", "/api/drafts/1/submit", ["401", Allowed, "403", "403", "403", "403", "403", "403", "403", Allowed]),
        ("GET", "/api/drafts/1", ["401", Allowed, Allowed, Allowed, Allowed, Allowed, "403", "403", "403", Allowed]),
        ("GET", "/api/drafts?box=mine", ["401", Allowed, Allowed, Allowed, Allowed, Allowed, "403", "403", "403", Allowed]),
        ("GET", "/api/people?role=signatory", ["401", Allowed, Allowed, Allowed, Allowed, Allowed, "403", "403", "403", Allowed]),
        ("POST", "/api/drafts/1/return", ["401", Allowed, Allowed, Allowed, Allowed, Allowed, "403", "403", "403", "403"]),
        ("POST", "/api/drafts/1/sign", ["401", Allowed, Allowed, Allowed, Allowed, Allowed, "403", "403", "403", "403"]),
        ("POST", "/api/drafts/1/approve", ["401", Allowed, Allowed, Allowed, Allowed, Allowed, "403", "403", "403", "403"]),
        ("GET", "/api/acts/issued", ["401", Allowed, Allowed, Allowed, Allowed, Allowed, "403", Allowed, "403", "403"]),
        ("GET", "/api/acts/issued/1", ["401", Allowed, Allowed, Allowed, Allowed, Allowed, "403", Allowed, "403", "403"]),
        ("GET", "/api/acts/issued/1/document?format=html", ["401", Allowed, Allowed, Allowed, Allowed, Allowed, "403", Allowed, "403", "403"]),
        ("POST", "/api/acts/issued/1/status", ["401", Allowed, Allowed, Allowed, Allowed, Allowed, "403", "403", "403", "403"]),
        ("GET", "/api/register/control", ["401", Allowed, Allowed, Allowed, Allowed, Allowed, "403", Allowed, "403", "403"]),
        ("GET", "/api/register/indicators", ["401", Allowed, Allowed, Allowed, Allowed, Allowed, "403", Allowed, "403", "403"]),
        ("GET", "/api/audit/verify", ["401", "403", "403", "403", Allowed, "403", "403", "403", "403", "403"]),
        ("GET", "/api/session", ["401", Allowed, Allowed, Allowed, Allowed, Allowed, "403", "403", "403", "403"]),
        ("GET", "/register/control", ["302", Allowed, Allowed, Allowed, Allowed, Allowed, "403", Allowed, "403", "403"]),
        ("GET", "/", [Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, "403", "403", "403"]),
        ("GET", "/templates", ["302", Allowed, Allowed, Allowed, Allowed, Allowed, "403", "403", Allowed, "403"]),
        ("GET", "/health", [Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed]),
        ("GET", "/openapi/v1.json", [Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed]),
    ];

    [Fact]
    public async Task EveryEndpointAnswersEachPrincipalAsTheAccessMatrixSays()
    {
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        foreach (var principal in Principals)
        {
            clients[principal] = await ClientAsync(principal);
        }

        var wrong = new List<string>();
        foreach (var (method, path, cells) in Rows)
        {
            for (var column = 0; column < Principals.Length; column++)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is "POST" or "PUT")
                {
                    request.Content = Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Kk));
                }

                using var response = await clients[Principals[column]].SendAsync(request, Cancellation);
                var status = (int)response.StatusCode;
                var got = status is 401 or 403 or 302 ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : Allowed;
                if (got != cells[column])
                {
                    wrong.Add($"{method} {path} as {Principals[column]}: expected {cells[column]}, got {status}");
                }
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void EveryEndpointNamesWhoMayCallIt()
    {
        var sources = _api.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>();

        var unnamed = sources.Endpoints
            .Where(endpoint => endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null
                && !endpoint.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any(data => data.Policy is not null))
            .Select(endpoint => endpoint.DisplayName)
            .ToList();

        Assert.NotEmpty(sources.Endpoints);
        Assert.True(unnamed.Count == 0, $"endpoints without a capability policy or AllowAnonymous: {string.Join(", ", unnamed)}");
    }

    [Fact]
    public async Task ARevokedOrUnknownKeyIs401()
    {
        var key = await Sessions.AddClientAsync(_api, "revoked-client", ClientScope.ActsRender);
        var register = await Sessions.RegisterAsync(_api);
        Assert.IsType<ClientOutcome.Done>(await register.Clients.RevokeAsync("revoked-client", "tests", Cancellation));
        using var client = _api.CreateClient();

        foreach (var presented in new[] { key, "sv_not-a-key-this-service-ever-made-0000000000000", "nonsense" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/acts");
            request.Headers.Add("X-Api-Key", presented);
            using var response = await client.SendAsync(request, Cancellation);
            await Problems.AssertProblem(response, HttpStatusCode.Unauthorized, Supervision.Api.Problems.ProblemTypes.SignInRequired);
        }
    }

    [Fact]
    public async Task TheFirstAdministratorGetsAOneTimePasswordOnTheConsoleThatMustBeChanged()
    {
        using var client = _api.CreateClient();
        var printed = await WaitForAsync(() => _api.Console.Lines.FirstOrDefault(entry => entry.Contains("one-time password", StringComparison.Ordinal)));
        var password = OneTimePassword().Match(printed).Groups[1].Value;
        var line = Assert.Single(_api.Logs.Lines, entry => entry.Message.Contains("administrator account admin was created", StringComparison.Ordinal));

        using var signedIn = await Sessions.PostSignInAsync(client, "admin", password);

        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Equal("/signin/password", signedIn.RequestMessage?.RequestUri?.AbsolutePath);
        var register = await Sessions.RegisterAsync(_api);
        var admin = await register.People.FindAsync("admin", Cancellation);
        Assert.Equal([PersonRole.Admin], admin!.Roles);
        Assert.Null(admin.OfficeCode);
        Assert.True(admin.MustChangePassword);
        Assert.NotEmpty(password);
        Assert.DoesNotContain(_api.Logs.Lines, entry => entry.Message.Contains(password, StringComparison.Ordinal)); // secrets never in logs
        Assert.Null((await register.VerifyAuditAsync(cancellationToken: Cancellation)).Broken);
    }

    private async Task<HttpClient> ClientAsync(string principal)
    {
        if (principal == "anonymous")
        {
            return _api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        }

        if (EnumNames.TryParse<PersonRole>(principal, out var role))
        {
            return await Sessions.SignInAsync(_api, $"matrix.{principal}", role);
        }

        Assert.True(EnumNames.TryParse<ClientScope>(principal, out var scope), principal);
        // A drafting client drafts in its office's name: the register refuses one without an office (403 too, but not the door's).
        var key = scope == ClientScope.ActsDraft
            ? await DraftingClientKeyAsync()
            : await Sessions.AddClientAsync(_api, $"matrix-{principal.Replace(':', '-')}", scope);
        var client = _api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private async Task<string> DraftingClientKeyAsync()
    {
        var register = await Sessions.RegisterAsync(_api);
        await Sessions.EnsureOfficesAsync(register);
        return Assert.IsType<ClientOutcome.Done>(await register.Clients.AddAsync("matrix-acts-draft", "91-1", [ClientScope.ActsDraft], "tests", Cancellation)).Key!;
    }

    private static async Task<T> WaitForAsync<T>(Func<T?> probe) where T : class
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (probe() is { } found)
            {
                return found;
            }

            await Task.Delay(50, Cancellation);
        }

        throw new TimeoutException("the awaited log line never came");
    }

    [GeneratedRegex("one-time password ([a-z0-9-]+)")]
    private static partial Regex OneTimePassword();
}
