using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Supervision.Api.Tests.Register;
using Supervision.Register;

namespace Supervision.Api.Tests.Operations;

/// <summary>
/// Issue 16, cookie keys shared by replicas: two service processes with data folders of their own (as on two
/// machines) but the same <c>Data__KeysPath</c> share one key ring, so a session begun on one — its cookie and its
/// CSRF token — works on the other; a third process with its own keys refuses the same cookie, which is why the
/// setting exists.
/// </summary>
public sealed class SharedCookieKeysTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASessionBegunOnOneReplicaWorksOnAnotherThatSharesTheKeyRing()
    {
        var register = Path.Combine(Directory.CreateTempSubdirectory("supervision-shared-register-").FullName, "supervision.db");
        await PrepareAsync(register);
        var ring = Path.Combine(Directory.CreateTempSubdirectory("supervision-shared-keys-").FullName, "ring");
        var (first, firstAddress) = await StartAsync(register, ring);
        await using var firstService = first;
        var (second, secondAddress) = await StartAsync(register, ring);
        await using var secondService = second;
        var (own, ownAddress) = await StartAsync(register, keys: null);
        await using var ownService = own;

        // Signed in on the first replica, as a browser would.
        var jar = new CookieContainer();
        using var browser = new HttpClient(new SocketsHttpHandler { CookieContainer = jar }) { BaseAddress = firstAddress };
        using (var signedIn = await Sessions.PostSignInAsync(browser, Staff.Reader, Sessions.Password))
        {
            Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        }

        var token = (await browser.GetFromJsonAsync<JsonElement>("/api/session", Cancellation)).GetProperty("csrfToken").GetString()!;
        var cookies = jar.GetCookieHeader(firstAddress);

        using var onSecond = await SessionAsync(secondAddress, cookies);
        using var onOwn = await SessionAsync(ownAddress, cookies);
        using var signOutOnSecond = await SignOutAsync(secondAddress, cookies, token);

        Assert.True(onSecond.StatusCode == HttpStatusCode.OK, await onSecond.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal(Staff.Reader, (await onSecond.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("login").GetString());
        // The antiforgery token made by the first replica is valid on the second: the state-changing call runs.
        Assert.Equal(HttpStatusCode.Redirect, signOutOnSecond.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, onOwn.StatusCode);
        Assert.NotEmpty(Directory.GetFiles(ring, "key-*.xml"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(ring));
        }
    }

    private static async Task<HttpResponseMessage> SessionAsync(Uri address, string cookies)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/session");
        request.Headers.Add("Cookie", cookies);
        return await client.SendAsync(request, Cancellation);
    }

    private static async Task<HttpResponseMessage> SignOutAsync(Uri address, string cookies, string token)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/signout") { Content = new FormUrlEncodedContent([]) };
        request.Headers.Add("Cookie", cookies);
        request.Headers.Add("X-CSRF-Token", token);
        return await client.SendAsync(request, Cancellation);
    }

    /// <summary>A replica over the shared register file with a data folder of its own, and the key ring <paramref name="keys"/> where given.</summary>
    private static async Task<(ServiceLauncher Service, Uri Address)> StartAsync(string register, string? keys)
    {
        var environment = ServiceAddressTests.Fresh();
        environment["Register__Connection"] = register;
        if (keys is not null)
        {
            environment["Data__KeysPath"] = keys;
        }

        var address = new Uri($"http://127.0.0.1:{ServiceLauncher.FreePort()}");
        environment["Urls"] = address.ToString().TrimEnd('/');
        var service = await ServiceLauncher.StartServiceAsync(address, environment, [], Cancellation);
        using var client = new HttpClient { BaseAddress = address };
        await PdfFontsMissingTests.WaitUntilReadyAsync(client);
        return (service, address);
    }

    /// <summary>The test office and a reader whose password is changed, in the register the replicas share.</summary>
    private static async Task PrepareAsync(string connection)
    {
        const string first = "a long first password 1";
        await using var register = await ActRegister.OpenAsync(new RegisterOptions { Connection = connection }, Cancellation);
        await Sessions.EnsureOfficesAsync(register);
        Assert.IsType<PersonOutcome.Done>(await register.People.AddAsync(Staff.Profile(Staff.Reader) with { Iin = Sessions.Iin(Staff.Reader), Password = first }, "tests", Cancellation));
        Assert.IsType<PersonOutcome.Done>(await register.SignIns.ChangePasswordAsync(Staff.Reader, first, Sessions.Password, Cancellation));
    }
}
