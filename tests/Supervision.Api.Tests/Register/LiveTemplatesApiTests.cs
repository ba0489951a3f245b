using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Supervision.Acts;
using Supervision.Api.Acts;
using Supervision.Api.Register;
using Supervision.Register;

namespace Supervision.Api.Tests.Register;

/// <summary>
/// The live template version is what renders: a wording published in the register words plain renders
/// (<c>POST /api/acts/render</c>), previews and the editor's starting text, not only issued acts.
/// </summary>
public abstract class LiveTemplatesApiTests : RegisterApiTestBase
{
    private const string OrderPath = "templates-ru/order.sbn";
    private const string ShippedEnding = "о результатах исполнения письменно сообщить в прокуратуру.";
    private const string PublishedEnding = "о результатах исполнения письменно сообщить в прокуратуру с приложением подтверждающих документов.";

    [Fact]
    public async Task APublishedWordingIsWhatPlainRendersPreviewsAndTheEditorStartFrom()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var client = await staff.AsAsync(Staff.Reader);
        var before = await RenderTextAsync(client, Requests.Example(ActKind.Order, ActLanguage.Ru));
        var edited = await PublishOrderEndingAsync(client, staff);

        var after = await RenderTextAsync(client, Requests.Example(ActKind.Order, ActLanguage.Ru));
        using var pdf = await client.PostAsync("/api/acts/render?format=pdf", Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Ru)), Cancellation);
        var versions = Assert.Single(pdf.Headers.GetValues(ActsController.TemplateVersionsHeader)).Split(", ");
        var kazakh = await RenderTextAsync(client, Requests.Example(ActKind.Order, ActLanguage.Kk));
        var editor = await GetJsonAsync(client, "/api/templates/order?language=ru");
        var signature = editor.GetProperty("files").EnumerateArray().Single(file => file.GetProperty("file").GetString() == "templates-ru/_signature.sbn");
        using var preview = await PostJsonAsync(client, "/api/templates/preview?format=text", new
        {
            kind = "order",
            language = "ru",
            file = "templates-ru/_signature.sbn",
            template = signature.GetProperty("text").GetString(),
        });
        var previewText = await preview.Content.ReadAsStringAsync(Cancellation);

        Assert.Contains("Предписание исполнить в срок", before, StringComparison.Ordinal);
        Assert.Contains(ShippedEnding, before, StringComparison.Ordinal);
        Assert.Contains(PublishedEnding, after, StringComparison.Ordinal);
        Assert.DoesNotContain(ShippedEnding, after, StringComparison.Ordinal);
        Assert.DoesNotContain("подтверждающих", kazakh, StringComparison.Ordinal);
        var orderFile = editor.GetProperty("files")[0];
        Assert.Equal((OrderPath, 2, edited), (orderFile.GetProperty("file").GetString(), orderFile.GetProperty("version").GetInt32(), orderFile.GetProperty("text").GetString()));
        Assert.Equal(1, signature.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Contains("templates-ru/order.sbn@2", versions);
        Assert.Contains("templates-ru/_signature.sbn@1", versions);
        Assert.DoesNotContain(versions, use => use.StartsWith("templates-kk/", StringComparison.Ordinal) || use.Contains("protest", StringComparison.Ordinal));
        Assert.True(preview.StatusCode == HttpStatusCode.OK, previewText);
        Assert.Contains(PublishedEnding, previewText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APublicationByAnotherServerOnTheSameDatabaseRendersWithinASecond()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var client = await staff.AsAsync(Staff.Reader);
        var act = Requests.Example(ActKind.Order, ActLanguage.Ru);
        Assert.Contains(ShippedEnding, await RenderTextAsync(client, act), StringComparison.Ordinal);

        await staff.AsAsync(Staff.SecondEditor);
        await using (var other = await ActRegister.OpenAsync(new RegisterOptions { Connection = api.Connection, AuditKeyFile = api.AuditKeyFile, Clock = api.Clock }, Cancellation))
        {
            var text = await other.TemplateTextAsync(OrderPath, cancellationToken: Cancellation);
            var proposed = await other.ProposeTemplateAsync(Principal.ForPerson(Staff.Reader, "90", [PersonRole.Editor]), OrderPath, text!.Replace(ShippedEnding, PublishedEnding, StringComparison.Ordinal), Cancellation);
            var outcome = await other.ApproveTemplateAsync(Principal.ForPerson(Staff.SecondEditor, "90", [PersonRole.Editor]), OrderPath, Assert.IsType<PublishOutcome.Proposed>(proposed).Version.Version, Cancellation);
            Assert.IsType<PublishOutcome.Published>(outcome);
        }

        var withinTheSecond = await RenderTextAsync(client, act);
        api.Clock.Set(api.Clock.GetUtcNow().AddSeconds(1.5));
        var afterTheSecond = await RenderTextAsync(client, act);

        Assert.Contains(ShippedEnding, withinTheSecond, StringComparison.Ordinal);
        Assert.Contains(PublishedEnding, afterTheSecond, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheDatabaseStopsAnsweringTheWordingReadLastGoesOnRendering()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var client = await staff.AsAsync(Staff.Reader);
        await PublishOrderEndingAsync(client, staff);
        Assert.Contains(PublishedEnding, await RenderTextAsync(client, Requests.Example(ActKind.Order, ActLanguage.Ru)), StringComparison.Ordinal);

        await api.ExecuteAsync("ALTER TABLE template_versions RENAME TO template_versions_away");
        api.Clock.Set(api.Clock.GetUtcNow().AddSeconds(5));
        var during = await RenderTextAsync(client, Requests.Example(ActKind.Order, ActLanguage.Ru));
        using var versions = await client.GetAsync("/api/templates/versions", Cancellation);

        Assert.Contains(PublishedEnding, during, StringComparison.Ordinal);
        // A table gone behind the program's back is damage (500), not a database out of reach (503).
        await Problems.AssertProblem(versions, HttpStatusCode.InternalServerError, RegisterProblemTypes.RegisterDamaged);
        Assert.Contains(api.Logs.Lines, line => line.Level == LogLevel.Warning && line.Message.Contains("live templates read last", StringComparison.Ordinal));
    }

    /// <summary>Publishes the Russian order with a longer closing sentence and returns the published text.</summary>
    private static async Task<string> PublishOrderEndingAsync(HttpClient client, Staff staff)
    {
        var live = (await GetJsonAsync(client, $"/api/templates/versions/text?path={Uri.EscapeDataString(OrderPath)}")).GetProperty("text").GetString()!;
        var edited = live.Replace(ShippedEnding, PublishedEnding, StringComparison.Ordinal);
        Assert.NotEqual(live, edited);
        Assert.Equal("live", (await staff.PublishAsync(OrderPath, edited)).GetProperty("state").GetString());
        return edited;
    }

    private static async Task<string> RenderTextAsync(HttpClient client, JsonNode act)
    {
        using var response = await client.PostAsync("/api/acts/render?format=text", Requests.Json(act), Cancellation);
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"render: {(int)response.StatusCode} {text}");
        return text;
    }
}

public sealed class SqliteLiveTemplatesApiTests : LiveTemplatesApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresLiveTemplatesApiTests : LiveTemplatesApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
