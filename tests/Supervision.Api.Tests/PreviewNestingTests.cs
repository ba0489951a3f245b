using System.Net;
using System.Text.Json.Nodes;
using Supervision.Acts;
using Supervision.Api.Problems;
using Supervision.Templating;

namespace Supervision.Api.Tests;

/// <summary>A preview whose template writes markup nested deeper than acts are is a 422 naming the template line
/// that wrote it, not a server error.</summary>
public sealed class PreviewNestingTests : IDisposable
{
    private readonly ApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ABranchNestingAThousandListsIs422WithTheTemplateLineForTheActThatTakesIt()
    {
        using var client = _factory.CreateClient();
        await PreviewTests.LiveTemplatesReadyAsync(client);
        var text = TemplateSet.Embedded.Files.Single(file => file.Path == "templates-kk/order.sbn").Text.TrimEnd('\n');
        var bodyLine = text.Split('\n').Length + 2;
        var template = $"{text}\n{{{{ if act.proceeding.number == \"666/66\" }}}}\n{string.Concat(Enumerable.Repeat("- ", 1000))}x\n{{{{ end }}}}\n";
        var model = Requests.Example(ActKind.Order, ActLanguage.Kk);
        model["proceeding"]!["number"] = "666/66";
        var body = new JsonObject { ["kind"] = "order", ["language"] = "kk", ["template"] = template, ["model"] = model };

        using var response = await client.PostAsync("/api/templates/preview?format=pdf", Requests.Json(body), TestContext.Current.CancellationToken);

        var error = Problems.Errors(await Problems.AssertProblem(response, HttpStatusCode.UnprocessableEntity, ProblemTypes.TemplateInvalid))[0];
        Assert.Equal(("templates-kk/order.sbn", bodyLine), (error.GetProperty("file").GetString(), error.GetProperty("line").GetInt32()));
        Assert.Contains("nested 1000 deep", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
