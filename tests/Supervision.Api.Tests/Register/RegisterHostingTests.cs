using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Supervision.Acts;
using Supervision.Api.Problems;
using Supervision.Api.Register;
using Supervision.Register;

namespace Supervision.Api.Tests.Register;

/// <summary>The register in the service: where its database is, when it opens, what a failure to open looks like, keys and OpenAPI.</summary>
public sealed class RegisterHostingTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheDatabaseIsCreatedAsTheServiceStarts()
    {
        await using var api = await RegisterApi.CreateAsync(RegisterProvider.Sqlite);
        using var client = api.CreateClient();

        var health = await WaitForRegisterAsync(client);

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.True(File.Exists(api.Connection), "the SQLite file (and its folder) is created on start");
        using var signedIn = await Sessions.SignInAsync(api);
        var versions = await signedIn.GetFromJsonAsync<JsonElement>("/api/templates/versions", Cancellation);
        Assert.All(versions.EnumerateArray(), version => Assert.Equal(1, version.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task WithoutOpeningOnStartTheDatabaseIsCreatedByTheFirstRequestThatNeedsIt()
    {
        await using var api = await RegisterApi.CreateAsync(RegisterProvider.Sqlite, ("Register:OpenOnStart", "false"));
        using var client = api.CreateClient();

        var before = await client.GetFromJsonAsync<JsonElement>("/health", Cancellation);
        using var validated = await client.PostAsync("/api/acts/validate", Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Kk)), Cancellation);
        var existedBefore = File.Exists(api.Connection);
        using var signedIn = await Sessions.SignInAsync(api);
        var list = await signedIn.GetFromJsonAsync<JsonElement>("/api/acts/issued", Cancellation);

        Assert.Contains("opens on first use", before.GetProperty("checks").GetProperty("register").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, validated.StatusCode);
        Assert.False(existedBefore);
        Assert.Empty(list.GetProperty("items").EnumerateArray());
        Assert.True(File.Exists(api.Connection));
    }

    [Fact]
    public async Task ADatabaseThatCannotBeReachedIs503EvenForRendersWhoseLiveTemplatesItHoldsWhileValidationWorks()
    {
        await using var api = await RegisterApi.CreateAsync(
            RegisterProvider.Sqlite,
            ("Register:Connection", "Host=127.0.0.1;Port=1;Database=register;Username=register;Password=secret-password;Timeout=3"));
        using var client = api.CreateClient();

        using var list = await client.GetAsync("/api/acts/issued", Cancellation);
        using var issue = await client.PostAsync("/api/drafts", Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Kk)), Cancellation);
        using var page = await client.GetAsync("/register/control", Cancellation);
        using var render = await client.PostAsync("/api/acts/render?format=html", Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Kk)), Cancellation);
        using var validate = await client.PostAsync("/api/acts/validate", Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Kk)), Cancellation);
        using var template = await client.GetAsync("/api/templates/order?language=kk", Cancellation);
        using var healthAnswer = await client.GetAsync("/health", Cancellation);
        var health = await healthAnswer.Content.ReadFromJsonAsync<JsonElement>(Cancellation);

        // Nobody can sign in while the database is down: the register's doors refuse without asking it.
        await Problems.AssertProblem(list, HttpStatusCode.Unauthorized, ProblemTypes.SignInRequired);
        await Problems.AssertProblem(issue, HttpStatusCode.Unauthorized, ProblemTypes.SignInRequired);
        Assert.Equal("/signin", page.RequestMessage?.RequestUri?.AbsolutePath);
        // The service never read the live templates: it does not guess a wording that may have been replaced.
        var renderProblem = await Problems.AssertProblem(render, HttpStatusCode.ServiceUnavailable, RegisterProblemTypes.RegisterUnavailable);
        Assert.Contains("template versions", renderProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Problems.AssertProblem(template, HttpStatusCode.Unauthorized, ProblemTypes.SignInRequired);
        Assert.Equal(HttpStatusCode.OK, validate.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, healthAnswer.StatusCode);
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        Assert.Equal("Degraded", health.GetProperty("checks").GetProperty("register").GetProperty("status").GetString());
        // The check names why (a refused connection, by type and code) and never the connection string.
        var why = health.GetProperty("checks").GetProperty("register").GetProperty("description").GetString()!;
        Assert.Contains("NpgsqlException (SocketException ConnectionRefused)", why, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-password", why, StringComparison.Ordinal);
        Assert.DoesNotContain("Port=1", why, StringComparison.Ordinal);
        Assert.Contains(api.Logs.Lines, line => line.Level == LogLevel.Error && line.Category.Contains("RegisterHost", StringComparison.Ordinal));
        Assert.DoesNotContain("secret-password", string.Join("\n", api.Logs.Lines.Select(line => line.Message)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRegistersEndpointsAndPageNeedASessionOrAClientKey()
    {
        await using var api = await RegisterApi.CreateAsync(RegisterProvider.Sqlite);
        using var client = api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var key = await Sessions.AddClientAsync(api, "control-reader", ClientScope.RegisterRead);

        using var list = await client.GetAsync("/api/acts/issued", Cancellation);
        using var page = await client.GetAsync("/register/control", Cancellation);
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var listWithKey = await client.GetAsync("/api/acts/issued", Cancellation);
        using var pageWithKey = await client.GetAsync("/register/control", Cancellation);

        await Problems.AssertProblem(list, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/signin?returnUrl=%2Fregister%2Fcontrol", page.Headers.Location?.OriginalString);
        Assert.Contains("X-Api-Key", list.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, listWithKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, pageWithKey.StatusCode);
    }

    [Fact]
    public async Task TheOpenApiDocumentListsTheRegistersEndpoints()
    {
        await using var api = await RegisterApi.CreateAsync(RegisterProvider.Sqlite, ("Register:OpenOnStart", "false"));
        using var client = api.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Cancellation);
        var paths = document.GetProperty("paths");

        foreach (var (path, method) in new[]
        {
            ("/api/drafts", "post"), ("/api/drafts/{id}/sign", "post"), ("/api/drafts/{id}/approve", "post"), ("/api/people", "get"), ("/api/acts/issued", "get"), ("/api/acts/issued/{id}", "get"), ("/api/acts/issued/{id}/document", "get"),
            ("/api/acts/issued/{id}/status", "post"), ("/api/acts/issued/{id}/follow-ups", "get"), ("/api/acts/issued/{id}/follow-ups/{kind}", "post"), ("/api/register/control", "get"), ("/api/register/indicators", "get"), ("/api/register/reports-owed", "get"), ("/api/drafts/prefilled/{kind}", "post"), ("/api/templates/versions", "get"),
            ("/api/templates/versions/text", "get"), ("/api/templates/proposals", "post"), ("/api/templates/proposals/approve", "post"), ("/api/audit/verify", "get"), ("/register/control", "get"),
        })
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not in the OpenAPI document");
            var operation = item.GetProperty(method);
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), $"{method} {path} has no summary");
            Assert.True(operation.GetProperty("responses").EnumerateObject().Count() >= 2, $"{method} {path} documents its answer and its problems");
        }

        Assert.False(paths.TryGetProperty("/api/acts/issue", out _), "POST /api/acts/issue is gone: acts are issued by signing drafts");
        Assert.False(paths.TryGetProperty("/api/templates/publish", out _), "POST /api/templates/publish is gone: templates go live by proposal and approval");
        var issue = paths.GetProperty("/api/drafts").GetProperty("post");
        Assert.Equal(Enum.GetValues<Supervision.Acts.ActKind>().Length, issue.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("oneOf").GetArrayLength());
        Assert.Contains("DraftView", issue.GetProperty("responses").GetProperty("201").GetRawText(), StringComparison.Ordinal);
        Assert.True(issue.GetProperty("responses").TryGetProperty("422", out _));
        Assert.True(issue.GetProperty("responses").TryGetProperty("401", out _));
        Assert.Contains("StatusChangeBody", paths.GetProperty("/api/acts/issued/{id}/status").GetProperty("post").GetProperty("requestBody").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("ProposalBody", paths.GetProperty("/api/templates/proposals").GetProperty("post").GetProperty("requestBody").GetRawText(), StringComparison.Ordinal);
        Assert.Contains(paths.GetProperty("/api/acts/issued").GetProperty("get").GetProperty("parameters").EnumerateArray(), parameter => parameter.GetProperty("name").GetString() == "dueBefore");
        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.Contains("registrationNumber", schemas.GetProperty("DraftView").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("The act's registration number", schemas.GetProperty("DraftView").GetRawText(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> WaitForRegisterAsync(HttpClient client)
    {
        for (var attempt = 0; ; attempt++)
        {
            var health = await client.GetFromJsonAsync<JsonElement>("/health", Cancellation);
            if (health.GetProperty("checks").GetProperty("register").GetProperty("description").GetString()!.EndsWith("is open", StringComparison.Ordinal) || attempt > 300)
            {
                return health;
            }

            await Task.Delay(100, Cancellation);
        }
    }
}
