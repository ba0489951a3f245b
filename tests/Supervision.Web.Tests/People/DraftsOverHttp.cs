using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Supervision.Web.Tests.People;

/// <summary>
/// Work put in a person's inbox the way another program would: the drafter signs in through the real
/// <c>/signin</c> form, then with his session (its cookie and CSRF token) posts a kind's example as a draft
/// (<c>POST /api/drafts</c>) and submits it to the signatory (<c>POST /api/drafts/{id}/submit</c>). The act
/// is prepared as a drafter would: for the signatory's signature, with the drafter as its executor.
/// Faster than driving the act form, which <see cref="DraftTests"/> does.
/// </summary>
public static class DraftsOverHttp
{
    /// <summary>Drafts the example of <paramref name="kind"/> in <paramref name="language"/> as <paramref name="drafter"/> and sends it to <paramref name="signatory"/>; the draft's id.</summary>
    public static async Task<long> SubmitExampleAsync(WebApp app, TestPerson drafter, TestPerson signatory, string kind, string language)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(drafter);
        ArgumentNullException.ThrowIfNull(signatory);
        await app.EnsurePersonAsync(signatory);
        await using var session = await BrowserSession.OpenAsync(app, "/inbox", ui: language, signedInAs: drafter);
        // The page's request context carries the browser context's cookies: the session the form just opened.
        var api = session.Page.APIRequest;
        var csrf = (await JsonAsync(await api.GetAsync("/api/session"), "GET /api/session")).GetProperty("csrfToken").GetString()!;
        var example = await api.GetAsync($"/api/acts/{kind}/example?language={language}");
        var act = Prepared(await (await OkAsync(example, $"the {kind} example in {language}")).TextAsync(), drafter, signatory, language);

        var headers = new Dictionary<string, string> { ["X-CSRF-Token"] = csrf, ["Content-Type"] = "application/json" };
        var created = await JsonAsync(await api.PostAsync("/api/drafts", new() { Headers = headers, Data = act }), "POST /api/drafts");
        var id = created.GetProperty("id").GetInt64();
        var submit = JsonSerializer.Serialize(new { signatory = signatory.Login });
        await JsonAsync(await api.PostAsync($"/api/drafts/{id}/submit", new() { Headers = headers, Data = submit }), $"POST /api/drafts/{id}/submit");
        return id;
    }

    /// <summary>The example with the signatory's signature block and the drafter as executor, instead of the example's people.</summary>
    private static string Prepared(string example, TestPerson drafter, TestPerson signatory, string language)
    {
        var act = JsonNode.Parse(example)!.AsObject();
        act["signatory"] = new JsonObject
        {
            ["position"] = Kebab(signatory.Position),
            ["title"] = language == "kk" ? signatory.TitleKk : signatory.TitleRu,
            ["name"] = new JsonObject { ["surname"] = signatory.Surname, ["givenName"] = signatory.GivenName, ["patronymic"] = signatory.Patronymic },
            ["classRank"] = Kebab(signatory.Rank),
        };
        if (act["executor"] is JsonObject executor)
        {
            executor["name"] = $"{drafter.GivenName[0]}. {drafter.Surname}";
        }

        return act.ToJsonString();
    }

    private static string Kebab(Enum value) => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static async Task<JsonElement> JsonAsync(IAPIResponse response, string what) =>
        (await (await OkAsync(response, what)).JsonAsync())!.Value;

    /// <summary>The response if it is 2xx; else a failure naming the call, with the problem the service answered.</summary>
    private static async Task<IAPIResponse> OkAsync(IAPIResponse response, string what) =>
        response.Ok ? response : throw new InvalidOperationException($"{what} answered {response.Status}: {await response.TextAsync()}");
}
