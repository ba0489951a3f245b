using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Supervision.Acts;
using Supervision.Api.Access;
using Supervision.Api.Tests.Register;
using Supervision.Register;

namespace Supervision.Api.Tests.Access;

/// <summary>
/// docs/access-matrix.md walked cell by cell over HTTP, on SQLite and on PostgreSQL: every endpoint and
/// page × anonymous, a person of each role, a person who has not yet changed the first password, a client
/// of each scope. "Allowed" means the door let the call through: whatever the endpoint then answers (200,
/// 400, 404, 422, a register's own 403), it is not the door's 401, 403 or redirect. A denied cell answers
/// the door's problem (or, for a page, its redirect) naming the row's capability, and changes no row of
/// the register.
/// </summary>
public abstract partial class AccessMatrixTests : RegisterApiTestBase
{
    private const string Anonymous = "anonymous";

    /// <summary>A person of every role whose first password is still to be changed: holds only session.</summary>
    private const string PasswordUnchanged = "password-unchanged";

    private const string UnchangedPassword = "a long first matrix password 1";

    /// <summary>The columns: anonymous, a person per role, the person with the password unchanged, a client per scope.</summary>
    private static readonly string[] Principals =
    [
        Anonymous,
        .. EnumNames.All<PersonRole>(),
        PasswordUnchanged,
        .. EnumNames.All<ClientScope>(),
    ];

    [Fact]
    public async Task EveryEndpointAnswersEachPrincipalAsTheAccessMatrixSaysAndADeniedCallChangesNothing()
    {
        await using var api = await CreateAsync();
        var service = Service.Start(api);
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        foreach (var principal in Principals)
        {
            clients[principal] = await ClientAsync(service.Factory, principal);
        }

        var wrong = new List<string>();
        var snapshot = await RegisterSnapshot.TakeAsync(api.Provider, api.Connection);
        Assert.All(["audit_log", "people", "person_roles", "clients", "offices"], table => Assert.NotEmpty(snapshot.Tables[table])); // something to keep
        var deniedCells = 0;
        foreach (var row in AccessMatrixRows.All)
        {
            foreach (var principal in Principals)
            {
                var expected = Expected(row, principal);
                using var response = await SendAsync(clients[principal], row);
                var cell = $"{row} as {principal}";
                if (await Mismatch(response, row, expected) is { } mismatch)
                {
                    wrong.Add($"{cell}: expected {expected}, {mismatch}");
                }

                if (expected == Door.Allowed)
                {
                    snapshot = await RegisterSnapshot.TakeAsync(api.Provider, api.Connection); // an allowed call may write: the next denied one is measured from here
                    continue;
                }

                deniedCells++;
                var after = await RegisterSnapshot.TakeAsync(api.Provider, api.Connection);
                if (snapshot.Differences(after) is { Count: > 0 } changed)
                {
                    wrong.Add($"{cell}: denied, yet changed {string.Join(", ", changed)}");
                }

                snapshot = after;
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        var unwalked = service.Endpoints().Except(service.Recorder.Reached, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.True(unwalked.Count == 0, $"endpoints no row of the matrix reaches (add them to docs/access-matrix.md and AccessMatrixRows): {string.Join(", ", unwalked)}");
        Assert.True(deniedCells > 100, $"only {deniedCells} denied cells were walked");
    }

    [Fact]
    public async Task TheSnapshotADeniedCellIsCheckedAgainstSeesAnUpdateThatAddsNoRow()
    {
        await using var api = await CreateAsync();
        await Sessions.RegisterAsync(api); // starts the service: the first administrator is in the register
        var before = await RegisterSnapshot.TakeAsync(api.Provider, api.Connection);

        Assert.Equal(1, await api.ExecuteAsync("UPDATE people SET failed_sign_ins = failed_sign_ins + 1 WHERE login = 'admin'"));

        Assert.Equal(["people (1 rows before, 1 after)"], before.Differences(await RegisterSnapshot.TakeAsync(api.Provider, api.Connection)));
    }

    [Fact]
    public async Task EveryEndpointNamesWhoMayCallIt()
    {
        await using var api = await CreateAsync();
        var sources = api.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>();

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
        await using var api = await CreateAsync();
        var key = await Sessions.AddClientAsync(api, "revoked-client", ClientScope.ActsRender);
        var register = await Sessions.RegisterAsync(api);
        Assert.IsType<ClientOutcome.Done>(await register.Clients.RevokeAsync("revoked-client", "tests", Cancellation));
        using var client = api.CreateClient();

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
        await using var api = await CreateAsync();
        var service = Service.Start(api);
        using var client = service.Factory.CreateClient();
        var printed = await WaitForAsync(() => service.Console.Lines.FirstOrDefault(entry => entry.Contains("one-time password", StringComparison.Ordinal)));
        var password = OneTimePassword().Match(printed).Groups[1].Value;
        var line = Assert.Single(api.Logs.Lines, entry => entry.Message.Contains("administrator account admin was created", StringComparison.Ordinal));

        using var signedIn = await Sessions.PostSignInAsync(client, "admin", password);

        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Equal("/signin/password", signedIn.RequestMessage?.RequestUri?.AbsolutePath);
        var register = await Sessions.RegisterAsync(service.Factory);
        var admin = await register.People.FindAsync("admin", Cancellation);
        Assert.Equal([PersonRole.Admin], admin!.Roles);
        Assert.Null(admin.OfficeCode);
        Assert.True(admin.MustChangePassword);
        Assert.NotEmpty(password);
        Assert.DoesNotContain(api.Logs.Lines, entry => entry.Message.Contains(password, StringComparison.Ordinal)); // secrets never in logs
        Assert.Null((await register.VerifyAuditAsync(cancellationToken: Cancellation)).Broken);
    }

    /// <summary>What the door does with one cell, as the document says.</summary>
    private static Door Expected(AccessMatrixRow row, string principal)
    {
        if (row.Capability == AccessMatrixRow.Open)
        {
            return Door.Allowed;
        }

        if (principal == Anonymous)
        {
            return row.Anonymous == Access.Anonymous.Loopback ? Door.Allowed : row.IsPage ? Door.ToSignIn : Door.Unauthorized;
        }

        if (principal == PasswordUnchanged)
        {
            return row.Capability == Capability.Session ? Door.Allowed : row.IsPage ? Door.ToPasswordChange : Door.ForbiddenUntilPasswordChanged;
        }

        if (EnumNames.TryParse<PersonRole>(principal, out var role))
        {
            return row.Roles is null || row.Roles.Contains(role) ? Door.Allowed : Door.Forbidden;
        }

        return EnumNames.TryParse<ClientScope>(principal, out var scope) && row.Scopes.Contains(scope) ? Door.Allowed : Door.Forbidden;
    }

    /// <summary>Null when the answer is what the door should do; else what it did instead.</summary>
    private static async Task<string?> Mismatch(HttpResponseMessage response, AccessMatrixRow row, Door expected)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString;
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        var got = $"got {status}{(location is null ? string.Empty : $" to {location}")}: {(text.Length > 300 ? text[..300] : text)}";
        var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
        var ok = expected switch
        {
            Door.Allowed => !IsDoorAnswer(status, problem, text, location),
            Door.Unauthorized => status == 401 && problem && text.Contains(DoorProblems.Unauthenticated(keyGiven: false).Detail!, StringComparison.Ordinal),
            Door.Forbidden => status == 403 && problem && Named(row).Any(capability => text.Contains(DoorProblems.Forbidden(capability, mustChangePassword: false).Detail!, StringComparison.Ordinal)),
            Door.ForbiddenUntilPasswordChanged => status == 403 && problem && text.Contains(DoorProblems.Forbidden(row.Capability, mustChangePassword: true).Detail!, StringComparison.Ordinal),
            Door.ToSignIn => status == 302 && location == $"{SignInPaths.SignIn}?returnUrl={Uri.EscapeDataString(row.Path)}",
            Door.ToPasswordChange => status == 302 && location == SignInPaths.ChangePassword,
            _ => false,
        };
        return ok ? null : got;
    }

    /// <summary>The capabilities a 403 of the row may name: its own, and its controller's where it has one.</summary>
    private static IEnumerable<string> Named(AccessMatrixRow row) => row.ControllerCapability is { } controller ? [row.Capability, controller] : [row.Capability];

    /// <summary>
    /// Whether an answer is the door's, not the endpoint's: its 401 or 403 problem (an endpoint's own 401 or
    /// 403 — the sign-in form's wrong password, the register's refusal of a draft — says something else), or
    /// its redirect of a page to the sign-in form or to the password change.
    /// </summary>
    private static bool IsDoorAnswer(int status, bool problem, string text, string? location) =>
        (status == 401 && problem && text.Contains(DoorProblems.Unauthenticated(keyGiven: false).Detail!, StringComparison.Ordinal))
        || (status == 403 && problem && Capability.All.Any(capability =>
            text.Contains(DoorProblems.Forbidden(capability, mustChangePassword: false).Detail!, StringComparison.Ordinal)
            || text.Contains(DoorProblems.Forbidden(capability, mustChangePassword: true).Detail!, StringComparison.Ordinal)))
        || (status == 302 && (location == SignInPaths.ChangePassword || location?.StartsWith($"{SignInPaths.SignIn}?returnUrl=", StringComparison.Ordinal) == true));

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, AccessMatrixRow row)
    {
        var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Path);
        if (row.Method is "POST" or "PUT")
        {
            request.Content = Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Kk));
        }

        return client.SendAsync(request, Cancellation);
    }

    /// <summary>A client that follows no redirect (a page's redirect is the door's answer), signed in or holding a key as the principal is.</summary>
    private static async Task<HttpClient> ClientAsync(WebApplicationFactory<Program> api, string principal)
    {
        var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (principal == Anonymous)
        {
            return client;
        }

        if (principal == PasswordUnchanged || EnumNames.TryParse<PersonRole>(principal, out _))
        {
            await SignInAsync(api, client, principal);
            return client;
        }

        Assert.True(EnumNames.TryParse<ClientScope>(principal, out var scope), principal);
        // A drafting client drafts in its office's name: the register refuses one without an office (403 too, but not the door's).
        var register = await Sessions.RegisterAsync(api);
        await Sessions.EnsureOfficesAsync(register);
        var office = scope == ClientScope.ActsDraft ? "91-1" : null;
        var key = Assert.IsType<ClientOutcome.Done>(await register.Clients.AddAsync($"matrix-{principal.Replace(':', '-')}", office, [scope], "tests", Cancellation)).Key!;
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>Signs a person in through the sign-in form: one role, or every role with the first password kept.</summary>
    private static async Task SignInAsync(WebApplicationFactory<Program> api, HttpClient client, string principal)
    {
        var login = $"matrix.{principal}";
        if (principal == PasswordUnchanged)
        {
            var register = await Sessions.RegisterAsync(api);
            await Sessions.EnsureOfficesAsync(register);
            Assert.IsType<PersonOutcome.Done>(await register.People.AddAsync(Head(login, Enum.GetValues<PersonRole>()) with { Password = UnchangedPassword }, "tests", Cancellation));
            using var unchanged = await Sessions.PostSignInAsync(client, login, UnchangedPassword);
            Assert.StartsWith("/signin/password?", unchanged.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(EnumNames.TryParse<PersonRole>(principal, out var role), principal);
            using var signedIn = await Sessions.SignInAsAsync(api, Head(login, [role])); // makes the person and changes the first password
            using var signedInHere = await Sessions.PostSignInAsync(client, login, Sessions.Password);
            Assert.Equal(HttpStatusCode.Redirect, signedInHere.StatusCode);
        }

        using var session = await client.GetAsync("/api/session", Cancellation);
        var json = System.Text.Json.JsonDocument.Parse(await session.Content.ReadAsStringAsync(Cancellation));
        client.DefaultRequestHeaders.Add("X-CSRF-Token", json.RootElement.GetProperty("csrfToken").GetString());
    }

    /// <summary>A district prosecutor of the test office 91-1: the one position the register lets hold every role, signatory and approver too.</summary>
    private static NewPerson Head(string login, PersonRole[] roles) =>
        new(login, "91-1", "Матрицаев", "Тест", null, "Сынақ ауданының прокуроры", "Прокурор тестового района", SignatoryPosition.Head,
            ClassRank.SeniorCounsellorOfJustice, Sessions.Iin(login), null, roles, null);

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

    /// <summary>What the door does with a call.</summary>
    private enum Door
    {
        Allowed,
        Unauthorized,
        Forbidden,
        ForbiddenUntilPasswordChanged,
        ToSignIn,
        ToPasswordChange,
    }

    /// <summary>The service over the test's register, with its endpoints recorded and its console captured.</summary>
    private sealed record Service(WebApplicationFactory<Program> Factory, EndpointRecorder Recorder, CapturedConsole Console)
    {
        public static Service Start(RegisterApi api)
        {
            var recorder = new EndpointRecorder();
            var console = new CapturedConsole();
            var factory = api.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<IStartupFilter>(recorder);
                services.AddSingleton<Supervision.Api.Register.ConsoleNotice>(console);
            }));
            return new Service(factory, recorder, console);
        }

        /// <summary>Every endpoint the service maps, by <see cref="EndpointRecorder.Key"/>.</summary>
        public IReadOnlyList<string> Endpoints() =>
            [.. Factory.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints.Select(EndpointRecorder.Key)];
    }
}

public sealed class SqliteAccessMatrixTests : AccessMatrixTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresAccessMatrixTests : AccessMatrixTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
