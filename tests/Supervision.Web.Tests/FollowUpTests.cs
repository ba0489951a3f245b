using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Supervision.Web.Tests.People;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Web.Tests;

/// <summary>
/// Issue 15, point 2, as people do it in the pages: the assistant drafts a withdrawal resolution, the district
/// prosecutor signs it; the assistant finds it among the acts issued from his drafts, makes its notice to the
/// regional prosecutor from it (pre-filled in the act form), completes and sends it; the prosecutor signs it; then
/// the inbox shows the two linked both ways, and the register's API holds the exact link.
/// </summary>
public sealed partial class FollowUpTests(WebApp app)
{
    [Fact]
    public async Task A_withdrawal_resolutions_notice_is_made_from_it_pre_filled_signed_and_found_linked_to_it()
    {
        // The resolution, by the people the policy names: drafted by the assistant, signed by the head of the district office.
        var resolutionDraft = await DraftsOverHttp.SubmitExampleAsync(app, TestPeople.Drafter, TestPeople.Prosecutor, "withdrawal-resolution", "ru");
        var (resolutionId, resolutionNumber) = await SignAsync(resolutionDraft);

        // The assistant finds it among the acts issued from his drafts and makes its notice from it.
        long noticeDraft;
        await using (var drafter = await BrowserSession.OpenAsync(app, "/inbox", ui: "ru", signedInAs: TestPeople.Drafter))
        {
            var page = drafter.Page;
            await page.GetByRole(AriaRole.Tab, new() { Name = "Выпущенные акты" }).ClickAsync();
            var row = page.Locator($"#inbox-rows tr[data-id='{resolutionId}']");
            await Expect(row.Locator("td").First).ToHaveTextAsync(resolutionNumber);
            // The kind in the interface's language (the act's is Russian too here), and who signed it, by name.
            await Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("Постановление об изъятии исполнительного документа");
            await Expect(row.Locator("td").Nth(3)).ToHaveTextAsync(TestPeople.Prosecutor.FullName);
            // The files on a line of their own, no "·" left dangling when the button wraps under them.
            await Expect(row.Locator("td.documents .formats")).ToHaveTextAsync("DOCX · PDF");
            await row.GetByRole(AriaRole.Button, new() { Name = $"Документы, связанные с актом № {resolutionNumber}" }).ClickAsync();
            await Expect(page.Locator("#follow-ups-heading")).ToHaveTextAsync($"Акт № {resolutionNumber} и связанные с ним документы");
            var make = page.GetByRole(AriaRole.Button, new() { Name = "Составить проект: Уведомление об изъятии исполнительного документа", Exact = true });
            await Expect(make).ToBeVisibleAsync();
            await SaveAsync(page, "follow-ups.offered.ru.png");
            await make.ClickAsync();

            // The act form opens the draft, with what the resolution said carried over.
            await page.WaitForURLAsync(new Regex(@"/\?draft=\d+$"));
            noticeDraft = long.Parse(DraftAddress().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            await Expect(page.Locator("#fields[data-kind='withdrawal-notice'][data-language='ru']")).ToBeAttachedAsync();
            await Expect(Input(page, "withdrawalResolution.number")).ToHaveValueAsync(resolutionNumber);
            await Expect(Input(page, "withdrawalResolution.date")).ToHaveValueAsync("2025-09-24");
            await Expect(Input(page, "privateBailiff")).ToHaveValueAsync("исполнительного округа Акмолинской области Бекмұрзина Т.С.");
            await Expect(Input(page, "proceeding.number")).ToHaveValueAsync("0296/2025");
            await Expect(Input(page, "transferTo")).ToHaveValueAsync(new Regex("^Бурабайскому районному отделу судебных исполнителей"));
            // What is the drafter's own is left to him.
            await Expect(Input(page, "addressee.position")).ToHaveValueAsync(string.Empty);

            await Input(page, "date").FillAsync("2025-09-24");
            await Input(page, "addressee.kind").SelectOptionAsync("superior-prosecutor");
            await Input(page, "addressee.position").FillAsync("Прокурору города Астаны");
            await Input(page, "addressee.name").FillAsync("Ахметову Д.С.");
            await Input(page, "addressee.address").FillAsync("г. Астана, ул. Бейбітшілік, 4");
            await Input(page, "attachments[0].title").FillAsync($"копия постановления от 24 сентября 2025 года № {resolutionNumber}");
            await Input(page, "attachments[0].pages").FillAsync("4");
            await Input(page, "attachments[0].pages").BlurAsync();
            await Input(page, "withdrawalResolution.number").ScrollIntoViewIfNeededAsync();
            await SaveAsync(page, "follow-ups.notice-form.ru.png");
            await page.GetByLabel("Подписывающий прокурор").SelectOptionAsync(TestPeople.Prosecutor.Login);
            await page.GetByRole(AriaRole.Button, new() { Name = "Направить на подпись", Exact = true }).ClickAsync();
            await Expect(page.Locator("#draft-status .done")).ToContainTextAsync("Проект направлен на подпись:");
        }

        var (noticeId, noticeNumber) = await SignAsync(noticeDraft);
        Assert.NotEqual(resolutionNumber, noticeNumber);

        // The inbox shows the two linked, both ways: the notice on the resolution, the resolution on the notice.
        await using (var prosecutor = await BrowserSession.OpenAsync(app, "/inbox?box=issued", ui: "kk", signedInAs: TestPeople.Prosecutor))
        {
            var page = prosecutor.Page;
            await page.Locator($"#inbox-rows tr[data-id='{resolutionId}']").GetByRole(AriaRole.Button, new() { Name = $"№ {resolutionNumber} актімен байланысты құжаттар" }).ClickAsync();
            var made = page.Locator($"#follow-ups-list button[data-act='{noticeId}']");
            await Expect(made).ToHaveTextAsync($"№ {noticeNumber} атқарушылық құжатты алып қою туралы хабарлама (акт шығарылды)");
            // He signs; the assistant drafts: the kinds that may follow are named, not offered as buttons.
            await Expect(page.Locator("#follow-ups-list button.primary")).ToHaveCountAsync(0);
            await SaveAsync(page, "follow-ups.linked.kk.png");

            await made.ClickAsync();
            await Expect(page.Locator("#follow-ups-heading")).ToHaveTextAsync($"№ {noticeNumber} акт және онымен байланысты құжаттар");
            await Expect(page.Locator("#follow-ups-source")).ToHaveTextAsync($"Негіз болған акт: № {resolutionNumber} атқарушылық құжатты алып қою туралы қаулы");
            await SaveAsync(page, "follow-ups.source.kk.png");
            await page.Locator($"#follow-ups-source button[data-act='{resolutionId}']").ClickAsync();
            await Expect(page.Locator("#follow-ups-heading")).ToHaveTextAsync($"№ {resolutionNumber} акт және онымен байланысты құжаттар");

            // The register's own answer: the exact link, both ways.
            var api = page.APIRequest;
            var notice = await JsonAsync(await api.GetAsync($"/api/acts/issued/{noticeId}"));
            Assert.Equal(resolutionId, notice.GetProperty("followUps").GetProperty("linkedFrom").GetInt64());
            Assert.Equal(resolutionNumber, notice.GetProperty("followUps").GetProperty("linkedFromNumber").GetString());
            Assert.Equal("withdrawal-resolution", notice.GetProperty("followUps").GetProperty("linkedFromKind").GetString());
            Assert.Equal(resolutionNumber, notice.GetProperty("act").GetProperty("withdrawalResolution").GetProperty("number").GetString());
            var resolution = await JsonAsync(await api.GetAsync($"/api/acts/issued/{resolutionId}"));
            var link = Assert.Single(resolution.GetProperty("followUps").GetProperty("made").EnumerateArray());
            Assert.Equal((noticeDraft, "withdrawal-notice", "issued", noticeId, noticeNumber),
                (link.GetProperty("draftId").GetInt64(), link.GetProperty("kind").GetString(), link.GetProperty("state").GetString(),
                 link.GetProperty("issuedActId").GetInt64(), link.GetProperty("registrationNumber").GetString()));
        }
    }

    /// <summary>The district prosecutor signs the draft from "for my signature"; the act's id and registration number.</summary>
    private async Task<(long Id, string Number)> SignAsync(long draftId)
    {
        await using var prosecutor = await BrowserSession.OpenAsync(app, "/inbox?box=for-signature", ui: "ru", signedInAs: TestPeople.Prosecutor);
        var page = prosecutor.Page;
        await page.Locator($"#inbox-rows tr[data-id='{draftId}']").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page.Locator("#detail-heading")).ToHaveTextAsync($"Проект № {draftId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Подписать", Exact = true }).ClickAsync();
        // The register's answer stands in the status: the documents once issued, or why not.
        await Expect(page.Locator("#detail-status :is(.done, .failed)")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.True(IssuedState().IsMatch(await page.Locator("#detail-state").TextContentAsync() ?? string.Empty), await page.Locator("#detail-status").InnerTextAsync() + " " + await page.Locator("#detail-errors").InnerTextAsync());
        var draft = await JsonAsync(await page.APIRequest.GetAsync($"/api/drafts/{draftId}"));
        return (draft.GetProperty("issuedActId").GetInt64(), draft.GetProperty("registrationNumber").GetString()!);
    }

    /// <summary>The input, select or text area of the act form at a path ("withdrawalResolution.number", "attachments[0].title").</summary>
    private static ILocator Input(IPage page, string path) => page.Locator($"#fields :is(input, select, textarea)[data-path='{path}']");

    private static async Task<JsonElement> JsonAsync(IAPIResponse response)
    {
        Assert.True(response.Ok, $"{response.Url} answered {response.Status}: {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value;
    }

    /// <summary>A picture of the page in the test's output folder, to look at as a prosecutor would.</summary>
    private static async Task SaveAsync(IPage page, string name)
    {
        await page.Mouse.MoveAsync(0, 0);
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name) });
    }

    [GeneratedRegex(@"[?&]draft=(\d+)")]
    private static partial Regex DraftAddress();

    [GeneratedRegex(@"^выпущен · Регистрационный номер: 2-11-\d{2}/\d+$")]
    private static partial Regex IssuedState();
}
