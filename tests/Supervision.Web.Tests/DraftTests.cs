using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Supervision.Web.Tests.People;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Web.Tests;

/// <summary>
/// Acts through drafts, as issue 12 has them done: an assistant drafts in the form and sends the draft to
/// a signatory, who signs it from the inbox; the register fills the signature from the signer's profile
/// and refuses a signer the policy does not allow; a conclusion is issued only once approved. All but
/// the first need the draft endpoints (<c>/api/drafts</c>, <c>/api/people</c>).
/// </summary>
public sealed partial class DraftTests(WebApp app)
{
    [Fact]
    public async Task Sending_for_signature_without_a_signatory_asks_for_one_beside_the_choice()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: "kk", signedInAs: TestPeople.Drafter);
        await ExampleAsync(session, "order", "kk");

        var submit = session.Page.GetByRole(AriaRole.Button, new() { Name = "Қол қоюға жіберу", Exact = true });
        await submit.FocusAsync();
        await session.Page.Keyboard.PressAsync("Enter");

        await Expect(session.Page.Locator("#signatory-errors")).ToHaveTextAsync("Актіге кім қол қоятынын таңдаңыз.");
        await Expect(session.Page.GetByLabel("Қол қоятын прокурор")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task An_act_whose_addressee_has_no_kind_is_not_sent_for_signature_and_the_kind_asks_for_one()
    {
        await app.EnsurePersonAsync(TestPeople.Prosecutor);
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: "kk", signedInAs: TestPeople.Drafter);
        var form = await ExampleAsync(session, "order", "kk");
        await form.Field("Адресаттың түрі").SelectOptionAsync(string.Empty);
        await session.Page.GetByLabel("Қол қоятын прокурор").SelectOptionAsync(TestPeople.Prosecutor.Login);

        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Қол қоюға жіберу", Exact = true }).ClickAsync();

        // Stopped before the register saw it: no draft was stored, the reason stands beside the field.
        await Expect(session.Page.Locator("#draft-status .failed")).ToContainTextAsync("Жоба қол қоюға жіберілмеді");
        await Expect(form.ErrorsAt("addressee.kind")).ToHaveTextAsync("«Адресаттың түрі» толтырылуы тиіс.");
        await Expect(form.Summary).ToBeFocusedAsync();
        await Expect(session.Page.Locator("#draft-state")).ToBeEmptyAsync();
        Assert.DoesNotMatch(DraftAddress(), session.Page.Url);
        Assert.DoesNotContain(session.Requests, url => url.Contains("/api/drafts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_order_drafted_by_an_assistant_and_signed_by_the_district_prosecutor_prints_his_signature()
    {
        var id = await DraftAndSubmitAsync("order", TestPeople.Prosecutor);

        await using var prosecutor = await OpenForSignatureAsync(TestPeople.Prosecutor, id, "ru");
        await prosecutor.Page.GetByRole(AriaRole.Button, new() { Name = "Подписать", Exact = true }).ClickAsync();

        await Expect(prosecutor.Page.Locator("#detail-state")).ToHaveTextAsync(RegistrationNumber());
        var pdfLink = prosecutor.Page.Locator("#detail-status a[data-format='pdf']");
        var download = await prosecutor.Page.RunAndWaitForDownloadAsync(() => pdfLink.ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        using var pdf = PdfDocument.Open(bytes);
        var letters = Squeeze(string.Concat(pdf.GetPages().SelectMany(page => page.Letters).Select(letter => letter.Value)));
        // The signature block is his, from his profile, not the example's prosecutor of Ekibastuz.
        Assert.Contains(Squeeze(TestPeople.Prosecutor.TitleRu), letters, StringComparison.Ordinal);
        Assert.Contains(Squeeze(TestPeople.Prosecutor.Surname), letters, StringComparison.Ordinal);
        Assert.DoesNotContain(Squeeze("Қасымов"), letters, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_sent_to_an_assistant_is_refused_when_sent_with_the_reason_beside_the_choice()
    {
        await app.EnsurePersonAsync(TestPeople.AssistantSignatory);
        await using var drafter = await BrowserSession.OpenAsync(app, "/", ui: "ru", signedInAs: TestPeople.Drafter);
        var form = await ExampleAsync(drafter, "order", "ru");
        await drafter.Page.GetByLabel("Подписывающий прокурор").SelectOptionAsync(TestPeople.AssistantSignatory.Login);
        // The choice shows his position, which decides what he may sign, not only his name.
        var room = await drafter.Page.EvaluateAsync<double[]>("""
            shown => {
              const select = document.getElementById('signatory');
              const context = document.createElement('canvas').getContext('2d');
              context.font = getComputedStyle(select).font;
              return [context.measureText(shown).width, select.clientWidth];
            }
            """, "Әбілқайырова Назым Саматқызы — Помощник прокурора");
        Assert.True(room[0] + 40 < room[1], $"the chosen signatory's name and position take {room[0]:0} px of a choice {room[1]:0} px wide (less its arrow)");

        await drafter.Page.GetByRole(AriaRole.Button, new() { Name = "Направить на подпись", Exact = true }).ClickAsync();

        // The register checks the act as the assistant would sign it: he may not sign an order, so it stays a draft.
        await Expect(drafter.Page.Locator("#draft-status .failed")).ToContainTextAsync("Проект не направлен на подпись");
        await Expect(drafter.Page.Locator("#signatory-errors li")).ToContainTextAsync("не вправе подписывать");
        await Expect(drafter.Page.GetByLabel("Подписывающий прокурор")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(drafter.Page.Locator("#draft-state")).ToHaveTextAsync(new Regex(@"^Проект № \d+ · проект$"));
    }

    [Fact]
    public async Task A_conclusion_awaits_approval_after_signing_and_is_issued_when_approved()
    {
        var id = await DraftAndSubmitAsync("conclusion", TestPeople.AssistantSignatory);

        await using (var assistant = await OpenForSignatureAsync(TestPeople.AssistantSignatory, id, "ru"))
        {
            await assistant.Page.GetByRole(AriaRole.Button, new() { Name = "Подписать", Exact = true }).ClickAsync();
            // Signed, not issued: no number yet, and no documents.
            await Expect(assistant.Page.Locator("#detail-state")).ToHaveTextAsync("подписан, ожидает утверждения");
            await Expect(assistant.Page.Locator("#detail-status a[data-format]")).ToHaveCountAsync(0);
        }

        await using var prosecutor = await BrowserSession.OpenAsync(app, "/inbox?box=for-approval", ui: "kk", signedInAs: TestPeople.Prosecutor);
        await prosecutor.Page.Locator($"#inbox-rows tr[data-id='{id}']").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(prosecutor.Page.Locator("#detail-state")).ToHaveTextAsync("қол қойылды, бекітуді күтуде");
        await prosecutor.Page.GetByRole(AriaRole.Button, new() { Name = "Бекіту", Exact = true }).ClickAsync();

        await Expect(prosecutor.Page.Locator("#detail-state")).ToHaveTextAsync(new Regex(@"^шығарылды · Тіркеу нөмірі: 2-11-\d{2}/\d+$"));
        await Expect(prosecutor.Page.Locator("#detail-status a[data-format='pdf']")).ToBeVisibleAsync();
    }

    /// <summary>The drafter fills the example of the kind in Russian, chooses the signatory and sends it; the draft's id.</summary>
    private async Task<string> DraftAndSubmitAsync(string kind, TestPerson signatory)
    {
        await app.EnsurePersonAsync(signatory);
        await using var drafter = await BrowserSession.OpenAsync(app, "/", ui: "ru", signedInAs: TestPeople.Drafter);
        await ExampleAsync(drafter, kind, "ru");

        await drafter.Page.GetByLabel("Подписывающий прокурор").SelectOptionAsync(signatory.Login);
        await drafter.Page.GetByRole(AriaRole.Button, new() { Name = "Направить на подпись", Exact = true }).ClickAsync();

        await Expect(drafter.Page.Locator("#draft-status .done")).ToContainTextAsync("Проект направлен на подпись:");
        await Expect(drafter.Page.Locator("#draft-state")).ToContainTextAsync("направлен на подпись");
        return DraftAddress().Match(drafter.Page.Url).Groups[1].Value;
    }

    /// <summary>The act form of the drafter's session, open on the example of the kind in the interface's language.</summary>
    private static async Task<ActFormPage> ExampleAsync(BrowserSession drafter, string kind, string ui)
    {
        var form = new ActFormPage(drafter.Page);
        await form.ChooseAsync(kind, ui);
        await form.StartFromExampleAsync(ui == "kk" ? ActFormPage.ValidKk : ActFormPage.ValidRu);
        return form;
    }

    /// <summary>The signatory signs in, opens "for my signature" and the draft from its row.</summary>
    private async Task<BrowserSession> OpenForSignatureAsync(TestPerson signatory, string id, string ui)
    {
        var session = await BrowserSession.OpenAsync(app, "/inbox", ui: ui, signedInAs: signatory);
        await session.Page.GetByRole(AriaRole.Tab, new() { Name = ui == "ru" ? "На подпись" : "Қол қоюға" }).ClickAsync();
        // The drafter as the signatory knows her: by name, her login on hover.
        var drafter = session.Page.Locator($"#inbox-rows tr[data-id='{id}'] td.person");
        await Expect(drafter).ToHaveTextAsync("Сұлтанова Айгерім Ерланқызы");
        await Expect(drafter).ToHaveAttributeAsync("title", TestPeople.Drafter.Login);
        await session.Page.Locator($"#inbox-rows tr[data-id='{id}']").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(session.Page.Locator("#detail-heading")).ToHaveTextAsync(ui == "ru" ? $"Проект № {id}" : $"№ {id} жоба");
        return session;
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex(@"[?&]draft=(\d+)")]
    private static partial Regex DraftAddress();

    [GeneratedRegex(@"^выпущен · Регистрационный номер: 2-11-\d{2}/\d+$")]
    private static partial Regex RegistrationNumber();
}
