using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Api.Tests.Register;

/// <summary>The base of the register's API test classes: each runs once on SQLite and once on PostgreSQL,
/// through a concrete subclass per provider, every test over a register of its own.</summary>
public abstract class RegisterApiTestBase
{
    /// <summary>The office index the tests issue under.</summary>
    internal const string Office = "2-11";

    /// <summary>Who issues the tests' acts unless they say otherwise: the deputy who signs them.</summary>
    internal const string Issuer = Staff.Deputy;

    internal const string OtherProsecutor = "Серікбаев Нұрлан Асқарұлы";

    internal const string OtherOfficeName = "Прокуратура района Байконур города Астаны";

    private protected abstract RegisterProvider Provider { get; }

    private protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private protected Task<RegisterApi> CreateAsync(params (string Key, string? Value)[] settings) => RegisterApi.CreateAsync(Provider, settings);

    /// <summary>The Russian instruction of the examples with a deadline, and another signatory or office where asked.</summary>
    private protected static JsonObject Instruction(string deadline = "2025-11-04", bool otherProsecutor = false, bool otherOffice = false, ActLanguage language = ActLanguage.Ru)
    {
        var act = Requests.Example(ActKind.Instruction, language);
        act["deadline"] = deadline;
        if (otherProsecutor)
        {
            act["signatory"]!["name"] = new JsonObject { ["surname"] = "Серікбаев", ["givenName"] = "Нұрлан", ["patronymic"] = "Асқарұлы" };
        }

        if (otherOffice)
        {
            act["office"]!["name"] = OtherOfficeName;
        }

        return act;
    }

    private protected static async Task<JsonElement> GetJsonAsync(HttpClient client, string uri)
    {
        using var response = await client.GetAsync(uri, Cancellation);
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {uri}: expected 200, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private protected static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string uri, object body) =>
        client.PostAsync(uri, Requests.Json(JsonSerializer.SerializeToNode(body)!), Cancellation);

    private protected static Task<HttpResponseMessage> ChangeStatusAsync(HttpClient client, long id, string status, string answerDate, string? answerNumber = "15-2/330", decimal? recovered = null) =>
        PostJsonAsync(client, $"/api/acts/issued/{id}/status", new Dictionary<string, object?>
        {
            ["status"] = status,
            ["answerDate"] = answerDate,
            ["answerNumber"] = answerNumber,
            ["recoveredAmount"] = recovered,
        });

    private protected static IReadOnlyList<string> Numbers(JsonElement list) =>
        [.. list.EnumerateArray().Select(item => (item.TryGetProperty("act", out var act) ? act : item).GetProperty("registrationNumber").GetString()!)];

    private protected static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private protected static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
}
