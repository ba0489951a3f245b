using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Acts;

namespace Supervision.Api.Tests;

/// <summary>GET /health and the OpenAPI document at /openapi/v1.json.</summary>
public sealed class HealthAndOpenApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task TheServiceIsHealthyWithItsTemplatesLoaded()
    {
        var health = await _client.GetFromJsonAsync<JsonElement>("/health", TestContext.Current.CancellationToken);

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("generator").GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheOpenApiDocumentListsEveryEndpointWithItsSummaryAndAnswers()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);
        var paths = document.GetProperty("paths");
        var actions = factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items;

        Assert.NotEmpty(actions);
        // The sign-in forms are pages for browsers (ApiExplorerSettings IgnoreApi), not API operations.
        foreach (var action in actions.Where(action => !action.EndpointMetadata.OfType<Microsoft.AspNetCore.Mvc.ApiExplorerSettingsAttribute>().Any(settings => settings.IgnoreApi)))
        {
            var path = "/" + action.AttributeRouteInfo!.Template;
            var method = action.ActionConstraints!.OfType<Microsoft.AspNetCore.Mvc.ActionConstraints.HttpMethodActionConstraint>().Single().HttpMethods.Single().ToLowerInvariant();
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not in the OpenAPI document");
            Assert.True(item.TryGetProperty(method, out var operation), $"{method} {path} is not in the OpenAPI document");
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), $"{method} {path} has no summary");
            Assert.True(operation.GetProperty("responses").EnumerateObject().Any(), $"{method} {path} has no responses");
            // Signing, approving, preparing an EDS signature and making a follow-up's or a prefilled report's draft take no
            // body: the signer, approver, signatory and drafter are the signed-in person, and the act, kind and period are
            // named by the path and the query.
            if (method == "post" && path is not ("/api/drafts/{id}/sign" or "/api/drafts/{id}/approve" or "/api/acts/issued/{id}/signature/prepare" or "/api/acts/issued/{id}/follow-ups/{kind}" or "/api/drafts/prefilled/{kind}"))
            {
                Assert.True(operation.TryGetProperty("requestBody", out _), $"{method} {path} has no request body");
            }
        }

        foreach (var expected in new[] { "/api/acts/render", "/api/acts/validate", "/api/acts", "/api/acts/{kind}/schema", "/api/acts/{kind}/example", "/api/templates/preview", "/api/acts/issued/{id}/follow-ups", "/api/acts/issued/{id}/follow-ups/{kind}", "/health" })
        {
            Assert.True(paths.TryGetProperty(expected, out _), expected);
        }
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesEveryKindsModelAndTheProblems()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);
        var schemas = document.GetProperty("components").GetProperty("schemas");

        foreach (var model in new[] { "Instruction", "Order", "Submission", "Protest", "Conclusion", "ReviewConclusion", "WithdrawalResolution", "HigherProtestProposal", "ApplicantReply", "FileRequest", "FileReturnLetter", "ProsecutorAppeal", "PrivateRulingPetition", "ViolationReport", "CheckReport", "QuarterlyAnalysis", "AnnualSummary", "WithdrawalNotice", "HandoverLetter", "ActValidationProblemDetails", "ActReadProblemDetails", "TemplateProblemDetails", "PreviewRequestBody" })
        {
            Assert.True(schemas.TryGetProperty(model, out _), model);
        }

        var level = schemas.GetProperty("Order").GetProperty("properties").GetProperty("office").GetRawText();
        Assert.Contains("regional", level, StringComparison.Ordinal);
        var render = document.GetProperty("paths").GetProperty("/api/acts/render").GetProperty("post");
        Assert.Equal(Enum.GetValues<ActKind>().Length, render.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("oneOf").GetArrayLength());
        Assert.True(render.GetProperty("responses").TryGetProperty("401", out _));
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("ApiKey", out _));
    }

    [Fact]
    public async Task AnUnknownRouteIs404AndAWrongMethodIs405AsProblems()
    {
        using var unknown = await _client.GetAsync("/api/nothing-here", TestContext.Current.CancellationToken);
        using var wrongMethod = await _client.GetAsync("/api/acts/render", TestContext.Current.CancellationToken);
        using var delete = await _client.DeleteAsync("/api/acts", TestContext.Current.CancellationToken);

        await Problems.AssertProblem(unknown, HttpStatusCode.NotFound);
        await Problems.AssertProblem(wrongMethod, HttpStatusCode.MethodNotAllowed);
        await Problems.AssertProblem(delete, HttpStatusCode.MethodNotAllowed);
        Assert.Contains("POST", wrongMethod.Content.Headers.Allow);
    }
}
