using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Supervision.Web.Tests.People;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Web.Tests;

/// <summary>
/// Documents that follow from others (issue 15, point 2), in the browser: the district prosecutor signs a withdrawal
/// resolution; its drafter makes the notice to the regional prosecutor from it in the inbox and finds it pre-filled
/// in the act form; once the notice is completed and signed, the prosecutor finds the two linked from his inbox.
/// </summary>
public sealed partial class FollowUpTests(WebApp app)
{
    [Fact]
    public async Task A_withdrawal_resolutions_notice_is_made_from_it_pre_filled_signed_and_found_linked_to_it()
    {
        var resolution = await DraftsOverHttp.SubmitExampleAsync(app, TestPeople.Drafter, TestPeople.Prosecutor, "withdrawal-resolution", "ru");
        await SignAsync(resolution);

        await using var drafter = await BrowserSession.OpenAsync(app, "/inbox?box=mine", ui: "ru", signedInAs: TestPeople.Drafter);
        await drafter.Page.Locator($"#inbox-rows tr[data-id='{resolution}']").GetByRole(AriaRole.Button, new() { Name = "Документы, следующие из акта", Exact = false }).ClickAsync();
        var make = drafter.Page.Locator("#follow-ups-list button[data-kind='withdrawal-notice']");
        await Expect(make).ToHaveTextAsync("Составить проект: Уведомление об изъятии исполнительного документа");
        await Expect(drafter.Page.Locator("#follow-ups-list button[data-kind='handover-letter']")).ToBeVisibleAsync();
        await make.ClickAsync();

        await drafter.Page.WaitForURLAsync(DraftAddress());
        await Expect(drafter.Page.Locator("body[data-ready='true']")).ToBeAttachedAsync();
        var notice = long.Parse(DraftAddress().Match(drafter.Page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
        await Expect(drafter.Page.GetByLabel("Частный судебный исполнитель (в родительном падеже)", new() { Exact = true }))
            .ToHaveValueAsync("исполнительного округа Акмолинской области Бекмұрзина Т.С.");

        await CompleteAndSubmitAsync(drafter.Page, notice);
        await SignAsync(notice);

        await using var prosecutor = await BrowserSession.OpenAsync(app, "/inbox?box=control", ui: "ru", signedInAs: TestPeople.Prosecutor);
        var number = await RegistrationNumberAsync(drafter.Page, resolution);
        await prosecutor.Page.Locator("#inbox-rows tr", new() { HasText = number }).GetByRole(AriaRole.Button, new() { Name = "Документы, следующие из акта", Exact = false }).ClickAsync();
        await Expect(prosecutor.Page.Locator($"#follow-ups-list li[data-draft='{notice}']"))
            .ToHaveTextAsync($"Проект № {notice}: Уведомление об изъятии исполнительного документа (выпущен)");
    }

    /// <summary>The district prosecutor signs the draft from "for my signature".</summary>
    private async Task SignAsync(long draft)
    {
        await using var prosecutor = await BrowserSession.OpenAsync(app, "/inbox?box=for-signature", ui: "ru", signedInAs: TestPeople.Prosecutor);
        await prosecutor.Page.Locator($"#inbox-rows tr[data-id='{draft}']").GetByRole(AriaRole.Button).ClickAsync();
        await prosecutor.Page.GetByRole(AriaRole.Button, new() { Name = "Подписать", Exact = true }).ClickAsync();
        await Expect(prosecutor.Page.Locator("#detail-state")).ToContainTextAsync("выпущен");
    }

    /// <summary>The drafter's part of the notice — its date, the regional prosecutor, the copy attached — put with his
    /// session as another program would, then the draft sent to the district prosecutor.</summary>
    private static async Task CompleteAndSubmitAsync(IPage page, long draft)
    {
        var api = page.APIRequest;
        var csrf = (await (await api.GetAsync("/api/session")).JsonAsync())!.Value.GetProperty("csrfToken").GetString()!;
        var headers = new Dictionary<string, string> { ["X-CSRF-Token"] = csrf, ["Content-Type"] = "application/json" };
        var act = JsonNode.Parse((await (await api.GetAsync($"/api/drafts/{draft}")).JsonAsync())!.Value.GetProperty("act").GetRawText())!.AsObject();
        var example = JsonNode.Parse(await (await api.GetAsync("/api/acts/withdrawal-notice/example?language=ru")).TextAsync())!.AsObject();
        act["date"] = example["date"]!.DeepClone();
        act["addressee"] = example["addressee"]!.DeepClone();
        act["attachments"] = example["attachments"]!.DeepClone();
        var put = await api.PutAsync($"/api/drafts/{draft}", new() { Headers = headers, Data = act.ToJsonString() });
        Assert.True(put.Ok, await put.TextAsync());
        var submit = await api.PostAsync($"/api/drafts/{draft}/submit", new() { Headers = headers, Data = JsonSerializer.Serialize(new { signatory = TestPeople.Prosecutor.Login }) });
        Assert.True(submit.Ok, await submit.TextAsync());
    }

    private static async Task<string> RegistrationNumberAsync(IPage page, long draft) =>
        (await (await page.APIRequest.GetAsync($"/api/drafts/{draft}")).JsonAsync())!.Value.GetProperty("registrationNumber").GetString()!;

    [GeneratedRegex(@"[?&]draft=(\d+)")]
    private static partial Regex DraftAddress();
}
