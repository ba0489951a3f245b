using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Acts;

namespace Supervision.Api.Tests.OpenApi;

/// <summary>
/// Issue 16 point 4: the OpenAPI document is one generators accept — every operation named, the act body's
/// members discriminated by a required <c>kind</c> as the kinds' JSON Schemas say, who may call each operation,
/// licence and servers — and docs/openapi.json, which the Redocly lint (.ci/run) and the generated client
/// (GeneratedClientTests) read, is exactly what the service serves.
/// </summary>
public sealed class OpenApiDocumentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>Set to 1 to write the served document into docs/openapi.json instead of comparing (after changing the API).</summary>
    private const string UpdateVariable = "SUPERVISION_UPDATE_OPENAPI";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static string SavedPath => typeof(OpenApiDocumentTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "OpenApiDocument").Value!;

    [Fact]
    public async Task DocsOpenApiJsonIsTheDocumentTheServiceServes()
    {
        using var client = factory.CreateClient();
        var served = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json", Cancellation))!;
        var text = served.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(SavedPath, text, Cancellation);
        }

        var saved = JsonNode.Parse(await File.ReadAllTextAsync(SavedPath, Cancellation));
        Assert.True(JsonNode.DeepEquals(served, saved), $"docs/openapi.json is not the document the service serves: run this test with {UpdateVariable}=1 to write it, and rebuild (the generated client follows it).");
    }

    [Fact]
    public async Task EveryOperationHasAUniqueReadableOperationId()
    {
        var document = await DocumentAsync();

        var ids = Operations(document).Select(operation => (operation.Where, Id: operation.Operation.TryGetProperty("operationId", out var id) ? id.GetString() : null)).ToList();

        Assert.All(ids, operation => Assert.Matches("^[a-z][A-Za-z0-9]+$", operation.Id ?? $"none for {operation.Where}"));
        Assert.Equal(ids.Count, ids.Select(operation => operation.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(ids, operation => operation is { Where: "post /api/acts/render", Id: "renderAct" });
        Assert.Contains(ids, operation => operation is { Where: "post /api/acts/validate", Id: "validateAct" });
        Assert.Contains(ids, operation => operation is { Where: "get /api/acts/issued", Id: "listIssuedActs" });
    }

    [Fact]
    public async Task TheActBodyIsDiscriminatedByKindWhichEveryMemberRequiresAsItsJsonSchemaSays()
    {
        using var client = factory.CreateClient();
        var document = await DocumentAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var body = document.GetProperty("paths").GetProperty("/api/acts/render").GetProperty("post").GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var discriminator = body.GetProperty("discriminator");
        var mapping = discriminator.GetProperty("mapping");

        Assert.Equal("kind", discriminator.GetProperty("propertyName").GetString());
        Assert.Equal(Enum.GetValues<ActKind>().Length, body.GetProperty("oneOf").GetArrayLength());
        foreach (var kind in Enum.GetValues<ActKind>())
        {
            var name = EnumNames.Of(kind);
            var reference = mapping.GetProperty(name).GetString()!;
            var member = schemas.GetProperty(reference["#/components/schemas/".Length..]);
            var jsonSchema = await client.GetFromJsonAsync<JsonElement>($"/api/acts/{name}/schema", Cancellation);

            Assert.Contains(body.GetProperty("oneOf").EnumerateArray(), one => one.GetProperty("$ref").GetString() == reference);
            Assert.Equal([name], member.GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(value => value.GetString()));
            Assert.Equal(name, jsonSchema.GetProperty("properties").GetProperty("kind").GetProperty("const").GetString());
            Assert.Equal(Names(jsonSchema.GetProperty("required")), Names(member.GetProperty("required")));
            Assert.Equal(jsonSchema.GetProperty("properties").EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal), member.GetProperty("properties").EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal));
            Assert.False(member.GetProperty("properties").GetProperty("kind").TryGetProperty("readOnly", out _), $"{name}: kind is sent by clients");
        }
    }

    [Fact]
    public async Task EveryOperationSaysWhoMayCallItAndTheDocumentItsLicenceAndServer()
    {
        var document = await DocumentAsync();
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        var operations = Operations(document).ToDictionary(operation => operation.Where, operation => operation.Operation);

        Assert.Equal(("cookie", "supervision.session"), (schemes.GetProperty("SessionCookie").GetProperty("in").GetString(), schemes.GetProperty("SessionCookie").GetProperty("name").GetString()));
        Assert.Equal(("header", "X-CSRF-Token"), (schemes.GetProperty("CsrfToken").GetProperty("in").GetString(), schemes.GetProperty("CsrfToken").GetProperty("name").GetString()));
        Assert.Equal(("header", "X-Api-Key"), (schemes.GetProperty("ApiKey").GetProperty("in").GetString(), schemes.GetProperty("ApiKey").GetProperty("name").GetString()));
        Assert.All(operations, operation => Assert.True(operation.Value.TryGetProperty("security", out _), $"{operation.Key} says nothing of who may call it"));
        Assert.Equal(0, operations["get /health"].GetProperty("security").GetArrayLength());
        Assert.Equal(0, operations["get /verify/{token}"].GetProperty("security").GetArrayLength());
        Assert.Equal(["SessionCookie+CsrfToken", "ApiKey:acts:render"], Requirements(operations["post /api/acts/render"]));
        Assert.Equal(["SessionCookie", "ApiKey:register:read"], Requirements(operations["get /api/acts/issued"]));
        Assert.Equal(["SessionCookie+CsrfToken", "ApiKey:acts:draft"], Requirements(operations["post /api/drafts"]));
        Assert.Equal(["SessionCookie+CsrfToken"], Requirements(operations["post /api/drafts/{id}/sign"]));
        Assert.Equal(["SessionCookie"], Requirements(operations["get /api/audit/verify"]));
        Assert.False(string.IsNullOrWhiteSpace(document.GetProperty("info").GetProperty("license").GetProperty("name").GetString()));
        Assert.Equal("http://localhost", document.GetProperty("servers")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task EveryOperationThatWritesToTheRegisterListsItsServerTimingHeader()
    {
        var document = await DocumentAsync();

        var timed = Operations(document)
            .Where(operation => operation.Operation.GetProperty("responses").EnumerateObject()
                .Any(answer => answer.Value.TryGetProperty("headers", out var headers) && headers.TryGetProperty("Server-Timing", out _)))
            .Select(operation => operation.Operation.GetProperty("operationId").GetString())
            .ToHashSet(StringComparer.Ordinal);
        // Every operation that changes anything changes the register, except these, which only compute an answer.
        string[] computing = ["compareWithIssuedAct", "previewTemplate", "renderAct", "renderActBatch", "validateAct"];
        var changing = Operations(document)
            .Where(operation => !operation.Where.StartsWith("get ", StringComparison.Ordinal))
            .Select(operation => operation.Operation.GetProperty("operationId").GetString())
            .Except(computing, StringComparer.Ordinal);

        Assert.Equal(changing.Order(StringComparer.Ordinal), timed.Order(StringComparer.Ordinal));
        Assert.Contains("signDraft", timed);
        var signed = Operations(document).Single(operation => operation.Where == "post /api/drafts/{id}/sign").Operation.GetProperty("responses");
        Assert.True(signed.GetProperty("200").GetProperty("headers").TryGetProperty("Server-Timing", out _));
        Assert.False(signed.GetProperty("422").TryGetProperty("headers", out var refused) && refused.TryGetProperty("Server-Timing", out _), "a refusal wrote nothing");
    }

    private async Task<JsonElement> DocumentAsync()
    {
        using var client = factory.CreateClient();
        return await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Cancellation);
    }

    private static IEnumerable<(string Where, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject().Select(method => ($"{method.Name} {path.Name}", method.Value)));

    private static IEnumerable<string?> Names(JsonElement array) => array.EnumerateArray().Select(value => value.GetString()).Order(StringComparer.Ordinal);

    /// <summary>Each alternative requirement as "Scheme+Scheme" or "Scheme:scope".</summary>
    private static IEnumerable<string> Requirements(JsonElement operation) =>
        operation.GetProperty("security").EnumerateArray().Select(requirement => string.Join("+", requirement.EnumerateObject().Select(scheme =>
            scheme.Value.GetArrayLength() == 0 ? scheme.Name : $"{scheme.Name}:{string.Join(",", scheme.Value.EnumerateArray().Select(scope => scope.GetString()))}")));
}
