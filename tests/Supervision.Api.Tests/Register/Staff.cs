using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Api.Tests.Register;

/// <summary>
/// The people of the register's tests, made in the register behind the service and signed in over HTTP
/// as the browser does: the district office 2-11 (Sarыarka, Astana) under the regional office 2, its
/// assistant who drafts, its deputy and its head who sign (the head also approves), an assistant who
/// holds signatory, and the district office 2-12 with a drafter and a signatory of its own; a reader of
/// the test General Prosecutor's Office (90), who reads every office's acts, audits and edits templates.
/// Acts are issued only as people issue them: drafted, submitted, signed.
/// </summary>
public sealed class Staff : IAsyncDisposable
{
    /// <summary>The assistant of 2-11 who drafts (role drafter).</summary>
    public const string Drafter = "a.saparova";

    /// <summary>The deputy of 2-11, signatory: the signatory the examples print.</summary>
    public const string Deputy = "d.abdirakhmanov";

    /// <summary>The district prosecutor (head) of 2-11: signatory and approver.</summary>
    public const string Head = "n.serikbaev";

    /// <summary>An assistant of 2-11 holding signatory (assistants sign conclusions, never orders).</summary>
    public const string AssistantSignatory = "m.kemelov";

    /// <summary>The drafter of 2-12.</summary>
    public const string OtherDrafter = "b.drafter";

    /// <summary>The signatory of 2-12 (a namesake of 2-11's head, as the execution tests want).</summary>
    public const string OtherSignatory = "n.serikbaev.baikonur";

    /// <summary>The reader of office 90: auditor, editor, controller.</summary>
    public const string Reader = "g.reader";

    /// <summary>A second editor of office 90, who approves what the reader proposes.</summary>
    public const string SecondEditor = "e.second";

    /// <summary>The controller of 2-11: keeps its execution control and its tracked proceedings.</summary>
    public const string Controller = "k.kontrolova";

    /// <summary>The controller of 2-12.</summary>
    public const string OtherController = "zh.tolegenova";

    /// <summary>An assistant of the city office 2 who keeps its control and drafts its reports (roles controller and drafter): records the checks the office held.</summary>
    public const string CityController = "a.kalakyzy";

    private const string SaryarkaKk = "Астана қаласы Сарыарқа ауданының прокуратурасы";
    private const string SaryarkaRu = "Прокуратура района Сарыарка города Астаны";

    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _api;

    private Staff(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> api) => _api = api;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>The staff of a running service: offices registered, people signed in when first asked for.</summary>
    public static async Task<Staff> CreateAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> api)
    {
        var register = await Sessions.RegisterAsync(api);
        await Sessions.EnsureOfficesAsync(register);
        if (await register.Offices.FindAsync("2-11", Cancellation) is not { IsRegistered: true })
        {
            await register.Offices.AddAsync(new OfficeRegistration("2", OfficeLevel.Regional, "Астана қаласының прокуратурасы", "Прокуратура города Астаны", "90"), "tests", Cancellation);
            await register.Offices.AddAsync(new OfficeRegistration("2-11", OfficeLevel.District, SaryarkaKk, SaryarkaRu, "2"), "tests", Cancellation);
            await register.Offices.AddAsync(new OfficeRegistration("2-12", OfficeLevel.District, "Астана қаласы Байқоңыр ауданының прокуратурасы", RegisterApiTestBase.OtherOfficeName, "2"), "tests", Cancellation);
        }

        return new Staff(api);
    }

    /// <summary>The signed-in client of one of the people above.</summary>
    public async Task<HttpClient> AsAsync(string login)
    {
        if (!_clients.TryGetValue(login, out var client))
        {
            client = await Sessions.SignInAsAsync(_api, Profile(login));
            _clients[login] = client;
        }

        return client;
    }

    /// <summary>Drafts the act (as 2-11's drafter, or 2-12's where it prints that office), submits it and has it signed:
    /// by 2-11's head where the act names Серікбаев, by its deputy otherwise, or by whom it is given. Answers the issued act's record.</summary>
    public async Task<JsonElement> IssueAsync(JsonNode act, string? signatory = null)
    {
        var other = act["office"]?["name"]?.GetValue<string>() == RegisterApiTestBase.OtherOfficeName;
        signatory ??= other ? OtherSignatory : act["signatory"]?["name"]?["surname"]?.GetValue<string>() == "Серікбаев" ? Head : Deputy;
        var draft = await DraftAsync(act, other ? OtherDrafter : Drafter, signatory);
        var signed = await SendAsync(await AsAsync(signatory), HttpMethod.Post, $"/api/drafts/{draft}/sign", null);
        Assert.Equal("issued", signed.GetProperty("state").GetString());
        return await GetAsync(await AsAsync(Reader), $"/api/acts/issued/{signed.GetProperty("issuedActId").GetInt64()}");
    }

    /// <summary>Drafts the act as the drafter and submits it to the signatory; answers the draft's id.</summary>
    public async Task<long> DraftAsync(JsonNode act, string drafter, string signatory)
    {
        var id = await CreateDraftAsync(act, drafter, signatory);
        await SendAsync(await AsAsync(drafter), HttpMethod.Post, $"/api/drafts/{id}/submit", new JsonObject { ["signatory"] = signatory });
        return id;
    }

    /// <summary>The drafter submits the draft to the signatory, as <see cref="DraftAsync"/> does; answers the response, whatever it is.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(long id, string drafter, string signatory) =>
        await (await AsAsync(drafter)).PostAsync($"/api/drafts/{id}/submit", Requests.Json(new JsonObject { ["signatory"] = signatory }), Cancellation);

    /// <summary>Drafts the act as the drafter, not yet submitted, and has the signatory known to the register; answers the draft's id.</summary>
    public async Task<long> CreateDraftAsync(JsonNode act, string drafter, string signatory)
    {
        await AsAsync(signatory); // the register must know him before a draft is submitted to him
        var created = await SendAsync(await AsAsync(drafter), HttpMethod.Post, "/api/drafts", act, HttpStatusCode.Created);
        return created.GetProperty("id").GetInt64();
    }

    /// <summary>Makes an edited template live by four eyes: the reader proposes it, the second editor approves it; answers the approval.</summary>
    public async Task<JsonElement> PublishAsync(string path, string text)
    {
        var proposed = await SendAsync(await AsAsync(Reader), HttpMethod.Post, "/api/templates/proposals", new JsonObject { ["path"] = path, ["text"] = text }, HttpStatusCode.Created);
        return await SendAsync(await AsAsync(SecondEditor), HttpMethod.Post, "/api/templates/proposals/approve", new JsonObject { ["path"] = path, ["version"] = proposed.GetProperty("version").GetInt32() });
    }

    /// <summary>Sends a call and answers its JSON, failing with the answer's text on any other status.</summary>
    public static async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, string uri, JsonNode? body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(method, uri) { Content = body is null ? null : Requests.Json(body) };
        using var response = await client.SendAsync(request, Cancellation);
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.StatusCode == expected, $"{method} {uri}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string uri) =>
        await client.GetFromJsonAsync<JsonElement>(uri, Cancellation);

    public ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The profile of one of the people above.</summary>
    internal static NewPerson Profile(string login) => login switch
    {
        Drafter => Person(login, "2-11", ("Сапарова", "Гүлнар", "Ерланқызы"), SignatoryPosition.Assistant, ClassRank.JuniorCounsellorOfJustice,
            ("Астана қаласы Сарыарқа ауданы прокурорының көмекшісі", "Помощник прокурора района Сарыарка города Астаны"), PersonRole.Drafter),
        Deputy => Person(login, "2-11", ("Әбдірахманов", "Даурен", "Қайратұлы"), SignatoryPosition.Deputy, ClassRank.JuniorCounsellorOfJustice,
            ("Астана қаласы Сарыарқа ауданы прокурорының орынбасары", "Заместитель прокурора района Сарыарка города Астаны"), PersonRole.Signatory),
        Head => Person(login, "2-11", ("Серікбаев", "Нұрлан", "Асқарұлы"), SignatoryPosition.Head, ClassRank.SeniorCounsellorOfJustice,
            ("Астана қаласы Сарыарқа ауданының прокуроры", "Прокурор района Сарыарка города Астаны"), PersonRole.Signatory, PersonRole.Approver),
        AssistantSignatory => Person(login, "2-11", ("Кемелов", "Марат", "Серікұлы"), SignatoryPosition.Assistant, ClassRank.JuniorCounsellorOfJustice,
            ("Астана қаласы Сарыарқа ауданы прокурорының көмекшісі", "Помощник прокурора района Сарыарка города Астаны"), PersonRole.Signatory),
        OtherDrafter => Person(login, "2-12", ("Бекова", "Айжан", "Маратқызы"), SignatoryPosition.Assistant, ClassRank.JuniorCounsellorOfJustice,
            ("Астана қаласы Байқоңыр ауданы прокурорының көмекшісі", "Помощник прокурора района Байконур города Астаны"), PersonRole.Drafter),
        OtherSignatory => Person(login, "2-12", ("Серікбаев", "Нұрлан", "Асқарұлы"), SignatoryPosition.Head, ClassRank.SeniorCounsellorOfJustice,
            ("Астана қаласы Байқоңыр ауданының прокуроры", "Прокурор района Байконур города Астаны"), PersonRole.Signatory),
        Reader => Person(login, "90", ("Оқырманов", "Ғалым", null), SignatoryPosition.SeniorAssistant, ClassRank.CounsellorOfJustice,
            ("Бас прокурордың аға көмекшісі", "Старший помощник Генерального прокурора"), PersonRole.Auditor, PersonRole.Editor, PersonRole.Controller),
        SecondEditor => Person(login, "90", ("Екінші", "Ерлан", null), SignatoryPosition.SeniorAssistant, ClassRank.CounsellorOfJustice,
            ("Бас прокурордың аға көмекшісі", "Старший помощник Генерального прокурора"), PersonRole.Editor),
        Controller => Person(login, "2-11", ("Контролова", "Қарлығаш", null), SignatoryPosition.Assistant, ClassRank.LawyerClass1,
            ("Астана қаласы Сарыарқа ауданы прокурорының көмекшісі", "Помощник прокурора района Сарыарка города Астаны"), PersonRole.Controller),
        OtherController => Person(login, "2-12", ("Төлегенова", "Жанар", null), SignatoryPosition.Assistant, ClassRank.LawyerClass1,
            ("Астана қаласы Байқоңыр ауданы прокурорының көмекшісі", "Помощник прокурора района Байконур города Астаны"), PersonRole.Controller),
        CityController => Person(login, "2", ("Қалиева", "Айгерім", "Бақытқызы"), SignatoryPosition.Assistant, ClassRank.JuniorCounsellorOfJustice,
            ("Астана қаласы прокурорының көмекшісі", "Помощник прокурора города Астаны"), PersonRole.Controller, PersonRole.Drafter),
        _ => throw new ArgumentOutOfRangeException(nameof(login), login, "not one of the test staff"),
    };

    private static NewPerson Person(string login, string office, (string Surname, string Given, string? Patronymic) name, SignatoryPosition position, ClassRank rank, (string Kk, string Ru) title, params PersonRole[] roles) =>
        new(login, office, name.Surname, name.Given, name.Patronymic, title.Kk, title.Ru, position, rank, Sessions.Iin(login), null, roles, null);
}
