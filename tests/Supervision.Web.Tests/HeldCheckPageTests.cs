using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Supervision.Web.Tests.People;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Web.Tests;

/// <summary>
/// Issue 15, p. 11, in the pages: a controller of the city office records on the proceedings page, in Kazakh, the
/// annual check it held of the departments of justice and the private bailiffs, sees the register's refusal beside the
/// field it names with what he typed kept, finds the check in the list and makes from it the check report's draft,
/// which opens in the act form pre-filled with the check's days and what was checked.
/// </summary>
public sealed partial class HeldCheckPageTests(WebApp app)
{
    [Fact]
    public async Task A_controller_records_a_check_in_Kazakh_and_makes_the_check_reports_draft_from_it()
    {
        // The days of a check held lately, by the app's clock (the register refuses a day after today in Kazakhstan).
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(5));
        var start = today.AddDays(-30);
        var end = today.AddDays(-10);
        static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        static string Shown(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        const string Department = "Астана қаласының Әділет департаменті";
        const string Chamber = "Астана қаласының жеке сот орындаушыларының өңірлік палатасы";

        await using var session = await BrowserSession.OpenAsync(app, "/register/proceedings?lang=kk", ui: "kk", signedInAs: TestPeople.CityController);
        var page = session.Page;
        await Expect(page.Locator("body[data-ready='true']")).ToBeAttachedAsync();
        await Expect(page.Locator("#checks-heading")).ToHaveTextAsync("Аумақтық әділет органдары мен жеке сот орындаушыларын тексеру");
        await Expect(page.Locator("#check-heading")).ToHaveTextAsync("Өткізілген тексеруді тіркеу");
        // A controller records his own office's checks only.
        await Expect(page.Locator("#c-officeCode")).ToHaveValueAsync("2");
        await Expect(page.Locator("#c-officeCode")).Not.ToBeEditableAsync();

        // The end typed before the start: the register refuses it, and says so beside the field, in Kazakh.
        await page.GetByLabel("Тексерудің басталған күні").FillAsync(Iso(end));
        await page.GetByLabel("Тексерудің аяқталған күні").FillAsync(Iso(start));
        await page.GetByLabel("Тексерілген органдар", new() { Exact = true }).FillAsync($"{Department}\n{Chamber}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Тексеруді тіркеу", Exact = true }).ClickAsync();
        await Expect(page.Locator("#ce-checkEnd")).ToHaveTextAsync("Тексерудің аяқталған күні оның басталған күнінен бұрын болмауы тиіс.");
        await Expect(page.Locator("#c-checkEnd")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#c-checkEnd")).ToBeFocusedAsync();
        await Expect(page.Locator("#c-checked")).ToHaveValueAsync($"{Department}\n{Chamber}");

        // Corrected, it is recorded and listed.
        await page.GetByLabel("Тексерудің басталған күні").FillAsync(Iso(start));
        await page.GetByLabel("Тексерудің аяқталған күні").FillAsync(Iso(end));
        await page.GetByRole(AriaRole.Button, new() { Name = "Тексеруді тіркеу", Exact = true }).ClickAsync();
        await Expect(page.Locator("#check-form-status")).ToHaveTextAsync($"{Shown(start)} – {Shown(end)} аралығында өткізілген тексеру тіркелді.");
        await Expect(page.Locator("#ce-checkEnd")).ToBeHiddenAsync();
        var row = page.Locator("#checks-rows tr").Filter(new() { HasText = $"{Shown(start)} – {Shown(end)}" }).First;
        await Expect(row.Locator("td").Nth(2)).ToContainTextAsync(Chamber);
        // Who recorded it, by name, the login on hover.
        await Expect(row.Locator("td.person")).ToHaveTextAsync(TestPeople.CityController.FullName);
        await Expect(row.Locator("td.person")).ToHaveAttributeAsync("title", TestPeople.CityController.Login);
        await SaveAsync(page, "checks.kk.png");

        // The check report's draft, made from the check, opens in the act form.
        await row.GetByRole(AriaRole.Button, new() { Name = $"{Shown(start)} – {Shown(end)} аралығындағы тексеру қорытындылары туралы ақпараттың жобасын жасау" }).ClickAsync();
        await page.WaitForURLAsync(DraftAddress());
        var draftId = long.Parse(DraftAddress().Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
        var response = await page.APIRequest.GetAsync($"/api/drafts/{draftId}");
        Assert.True(response.Ok, $"{response.Url} answered {response.Status}: {await response.TextAsync()}");
        var act = (await response.JsonAsync())!.Value.GetProperty("act");
        Assert.Equal(("check-report", "kk", Iso(start), Iso(end)), (act.GetProperty("kind").GetString(), act.GetProperty("language").GetString(), act.GetProperty("checkStart").GetString(), act.GetProperty("checkEnd").GetString()));
        Assert.Equal("Астана қаласының прокуратурасы", act.GetProperty("office").GetProperty("name").GetString());
        Assert.Equal([Department, Chamber], act.GetProperty("objects").EnumerateArray().Select(item => item.GetString()));
    }

    private static async Task SaveAsync(IPage page, string name)
    {
        await page.Mouse.MoveAsync(0, 0);
        var folder = System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = System.IO.Path.Combine(folder, name), FullPage = true });
    }

    [GeneratedRegex(@"[?&]draft=(\d+)")]
    private static partial Regex DraftAddress();
}
