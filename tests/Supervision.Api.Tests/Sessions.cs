using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Acts;
using Supervision.Api.Register;
using Supervision.Register;
using Supervision.Validation.Rules;

namespace Supervision.Api.Tests;

/// <summary>
/// Signing in through HTTP as the browser does — the token taken from the sign-in page, a real form
/// post, the session's CSRF token sent with every call after — and clients with keys, for any test of
/// the real service. People and clients are made in the register behind the pages.
/// </summary>
public static partial class Sessions
{
    /// <summary>The password of every test person after the first change.</summary>
    public const string Password = "a long test password 2";

    private const string FirstPassword = "a long first password 1";

    private static readonly SemaphoreSlim Lock = new(1, 1);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>The register of the running service.</summary>
    public static Task<ActRegister> RegisterAsync(WebApplicationFactory<Program> api) =>
        api.Services.GetRequiredService<RegisterHost>().GetAsync(Cancellation);

    /// <summary>A client signed in as a person with the roles (by default every role but signatory and approver), the CSRF token in its headers.</summary>
    public static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> api, string login = "tester", params PersonRole[] roles)
    {
        await EnsurePersonAsync(api, login, roles.Length > 0 ? roles : [PersonRole.Drafter, PersonRole.Editor, PersonRole.Controller, PersonRole.Auditor, PersonRole.Admin]);
        return await SignedInClientAsync(api, login);
    }

    /// <summary>Opens the sign-in page, takes its antiforgery token and posts the form (redirects followed).</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string login, string password, string language = "kk")
    {
        var token = await FormTokenAsync(client, $"/signin?lang={language}");
        return await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["login"] = login,
            ["password"] = password,
            ["lang"] = language,
            ["__RequestVerificationToken"] = token,
        }), Cancellation);
    }

    /// <summary>The antiforgery field of the form a page holds.</summary>
    public static async Task<string> FormTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page, Cancellation);
        return TokenField().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"{page} has no antiforgery field: {html}");
    }

    /// <summary>A person of a test office with a first password that must be changed (not yet changed), or with none (null: one who signs in through OIDC).</summary>
    public static async Task<Person> AddPersonAsync(WebApplicationFactory<Program> api, string login, IReadOnlyList<PersonRole> roles, string? password = FirstPassword)
    {
        var register = await RegisterAsync(api);
        await EnsureOfficesAsync(register);
        var outcome = await register.People.AddAsync(
            new NewPerson(login, "91-1", "Тестов", "Тест", null, "Тест прокурорының көмекшісі", "Помощник прокурора теста", SignatoryPosition.Assistant,
                Enum.GetValues<ClassRank>()[0], Iin(login), null, roles, password),
            "tests",
            Cancellation);
        return Assert.IsType<PersonOutcome.Done>(outcome).Person;
    }

    /// <summary>A client with the scopes; its key.</summary>
    public static Task<string> AddClientAsync(WebApplicationFactory<Program> api, string name, params ClientScope[] scopes) =>
        AddClientAsync(api, name, null, scopes);

    /// <summary>An HTTP client calling as a machine client of an office with the scopes: its key in <c>X-Api-Key</c>.</summary>
    public static async Task<HttpClient> ClientOfOfficeAsync(WebApplicationFactory<Program> api, string name, string office, params ClientScope[] scopes)
    {
        ArgumentNullException.ThrowIfNull(api);
        var key = await AddClientAsync(api, name, office, scopes);
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static async Task<string> AddClientAsync(WebApplicationFactory<Program> api, string name, string? office, ClientScope[] scopes)
    {
        var register = await RegisterAsync(api);
        return Assert.IsType<ClientOutcome.Done>(await register.Clients.AddAsync(name, office, scopes, "tests", Cancellation)).Key!;
    }

    /// <summary>A client signed in as a person of any profile (made once, the first password changed), the CSRF token in its headers.</summary>
    public static async Task<HttpClient> SignInAsAsync(WebApplicationFactory<Program> api, NewPerson profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        await Lock.WaitAsync(Cancellation);
        try
        {
            var register = await RegisterAsync(api);
            await EnsureOfficesAsync(register);
            if (await register.People.FindAsync(profile.Login, Cancellation) is null)
            {
                Assert.IsType<PersonOutcome.Done>(await register.People.AddAsync(profile with { Iin = Iin(profile.Login), Password = FirstPassword }, "tests", Cancellation));
                Assert.IsType<PersonOutcome.Done>(await register.SignIns.ChangePasswordAsync(profile.Login, FirstPassword, Password, Cancellation));
            }
        }
        finally
        {
            Lock.Release();
        }

        return await SignedInClientAsync(api, profile.Login);
    }

    private static async Task<HttpClient> SignedInClientAsync(WebApplicationFactory<Program> api, string login)
    {
        var client = api.CreateClient();
        using var response = await PostSignInAsync(client, login, Password);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"sign-in as {login}: {(int)response.StatusCode}");
        var session = await client.GetFromJsonAsync<JsonElement>("/api/session", Cancellation);
        client.DefaultRequestHeaders.Add("X-CSRF-Token", session.GetProperty("csrfToken").GetString());
        return client;
    }

    private static async Task EnsurePersonAsync(WebApplicationFactory<Program> api, string login, IReadOnlyList<PersonRole> roles)
    {
        await Lock.WaitAsync(Cancellation);
        try
        {
            var register = await RegisterAsync(api);
            if (await register.People.FindAsync(login, Cancellation) is null)
            {
                await AddPersonAsync(api, login, roles);
                Assert.IsType<PersonOutcome.Done>(await register.SignIns.ChangePasswordAsync(login, FirstPassword, Password, Cancellation));
            }
        }
        finally
        {
            Lock.Release();
        }
    }

    /// <summary>The test offices: a general office 90, a regional 91 under it, a district 91-1 under that.</summary>
    public static async Task EnsureOfficesAsync(ActRegister register)
    {
        if (await register.Offices.FindAsync("91-1", Cancellation) is { IsRegistered: true })
        {
            return;
        }

        await register.Offices.AddAsync(new OfficeRegistration("90", OfficeLevel.General, "Сынақ бас прокуратурасы", "Тестовая генеральная прокуратура", null), "tests", Cancellation);
        await register.Offices.AddAsync(new OfficeRegistration("91", OfficeLevel.Regional, "Сынақ облыс прокуратурасы", "Тестовая областная прокуратура", "90"), "tests", Cancellation);
        await register.Offices.AddAsync(new OfficeRegistration("91-1", OfficeLevel.District, "Сынақ аудан прокуратурасы", "Тестовая районная прокуратура", "91"), "tests", Cancellation);
    }

    /// <summary>A valid IIN made from the login (born 1990-07-15), the first with a check digit the validator accepts.</summary>
    public static string Iin(string login)
    {
        for (var salt = 0; ; salt++)
        {
            var body = $"900715{(uint)HashCode.Combine(StringComparer.Ordinal.GetHashCode(login), salt) % 100_000:D5}";
            foreach (var check in "0123456789")
            {
                if (Identifier.IsValid(body + check))
                {
                    return body + check;
                }
            }
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
