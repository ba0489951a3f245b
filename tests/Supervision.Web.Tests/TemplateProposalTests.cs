using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Supervision.Web.Tests.People;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Web.Tests;

/// <summary>
/// A template's new wording goes live in two steps: one editor proposes it, another approves it. Needs
/// the proposal endpoints (<c>POST /api/templates/proposals</c>, <c>.../approve</c>).
/// </summary>
public sealed class TemplateProposalTests(WebApp app)
{
    [Fact]
    public async Task A_proposed_template_goes_live_when_another_editor_approves_it_and_not_before()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/templates", ui: "ru", signedInAs: TestPeople.Editor);
        var editor = new TemplateEditorPage(session.Page);
        await editor.ChooseAsync("order", "ru");
        // An edit that words no act differently: the live templates serve the other tests' issued acts too.
        await editor.EditAsync(text => text + "\n");
        var version = await ProposeAsync(session.Page, "templates-ru/order.sbn");
        var proposed = await editor.Template.InputValueAsync();

        // The proposer sees his proposal awaiting another editor, with nothing to approve himself.
        var own = Row(session.Page, "templates-ru/order.sbn", version);
        await Expect(own).ToContainTextAsync("Ваше предложение: его утверждает другой редактор");
        await Expect(own.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Expect(session.Page.Locator("#edited-version")).Not.ToHaveTextAsync($"· действующая версия {version}");

        await using var second = await BrowserSession.OpenAsync(app, "/templates", ui: "kk", signedInAs: TestPeople.SecondEditor);
        await Row(second.Page, "templates-ru/order.sbn", version)
            .GetByRole(AriaRole.Button, new() { Name = $"templates-ru/order.sbn файлының {version}-нұсқасын бекіту" }).ClickAsync();
        // Approving lints the whole set again (every branch of every template): seconds on a loaded machine.
        await Expect(second.Page.Locator("#proposals-status")).ToHaveTextAsync($"templates-ru/order.sbn: {version}-нұсқа бекітілді және қолданысқа енді.", new() { Timeout = 60_000 });
        await Expect(Row(second.Page, "templates-ru/order.sbn", version)).ToHaveCountAsync(0);

        // Live now: what the editor starts from in a browser that never saw the edit.
        await using var fresh = await BrowserSession.OpenAsync(app, "/templates", ui: "kk", signedInAs: TestPeople.SecondEditor);
        var freshEditor = new TemplateEditorPage(fresh.Page);
        await freshEditor.ChooseAsync("order", "ru");
        await Expect(fresh.Page.Locator("#edited-version")).ToHaveTextAsync($"· {version}-нұсқа, қолданыста");
        Assert.Equal(proposed, await freshEditor.Template.InputValueAsync());
    }

    [Fact]
    public async Task An_older_version_is_listed_and_its_text_can_be_taken_back_into_the_editor()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/templates", ui: "ru", signedInAs: TestPeople.Editor);
        var editor = new TemplateEditorPage(session.Page);
        await editor.ChooseAsync("higher-protest-proposal", "ru");
        var shipped = await editor.Template.InputValueAsync();
        await editor.EditAsync(text => text + "\n");
        var version = await ProposeAsync(session.Page, "templates-ru/higher-protest-proposal.sbn");
        Assert.Equal(2, version);
        await using (var second = await BrowserSession.OpenAsync(app, "/templates", ui: "ru", signedInAs: TestPeople.SecondEditor))
        {
            await Row(second.Page, "templates-ru/higher-protest-proposal.sbn", 2).GetByRole(AriaRole.Button).ClickAsync();
            await Expect(second.Page.Locator("#proposals-status")).ToHaveTextAsync("templates-ru/higher-protest-proposal.sbn: версия 2 утверждена и вступила в силу.", new() { Timeout = 60_000 });
        }

        await session.ReloadAsync();
        await session.Page.Locator("#versions-details > summary").ClickAsync();
        var rows = session.Page.Locator("#versions-rows tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0)).ToContainTextAsync("2 (действующая)");
        // Published by the editor who proposed it, by name, the login on hover.
        await Expect(rows.Nth(0).Locator("td.person")).ToHaveTextAsync(TestPeople.Editor.FullName);
        await Expect(rows.Nth(0).Locator("td.person")).ToHaveAttributeAsync("title", TestPeople.Editor.Login);
        await Expect(rows.Nth(0).GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Expect(rows.Nth(1)).ToContainTextAsync("поставлена с программой");

        await rows.Nth(1).GetByRole(AriaRole.Button, new() { Name = "Взять в редактор текст версии 1" }).ClickAsync();

        await Expect(session.Page.Locator("#versions-status")).ToHaveTextAsync("Текст версии 1 взят в редактор: проверьте его и предложите на утверждение.");
        Assert.Equal(shipped, await editor.Template.InputValueAsync());
        await Expect(session.Page.Locator("#edited-badge")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_broken_template_is_not_proposed_and_its_line_is_listed()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/templates", ui: "kk", signedInAs: TestPeople.Editor);
        var editor = new TemplateEditorPage(session.Page);
        await editor.ChooseAsync("protest", "kk");
        await editor.EditAsync(text =>
        {
            var lines = text.Split('\n').ToList();
            lines.Insert(3, "{{ if }}");
            return string.Join('\n', lines);
        });

        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Бекітуге ұсыну", Exact = true }).ClickAsync();

        await Expect(session.Page.Locator("#publish-status")).ToHaveTextAsync(new Regex(@"^Ұсынылмады: шаблонда қателер бар \(\d+\)\.$"), new() { Timeout = 60_000 });
        await Expect(session.Page.Locator("#problem-list button.problem-place").First).ToHaveTextAsync(new Regex(@"^templates-kk/protest\.sbn:4:\d+$"));
        await Expect(editor.GutterLine(4)).ToHaveClassAsync("error");
        await Expect(Row(session.Page, "templates-kk/protest.sbn", 2)).ToHaveCountAsync(0);
    }

    /// <summary>Proposes the edit shown (Russian interface); the version the register gave it.</summary>
    private static async Task<int> ProposeAsync(IPage page, string file)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Предложить на утверждение", Exact = true }).ClickAsync();
        var status = page.Locator("#publish-status");
        // Proposing lints the whole set with the proposed file, rendering every kind's examples and generated
        // branches: with nineteen kinds that takes longer than a click's usual answer on a loaded machine.
        await Expect(status).ToHaveTextAsync(new Regex($@"^{Regex.Escape(file)}: версия \d+ предложена на утверждение; её должен утвердить другой редактор\.$"), new() { Timeout = 60_000 });
        return int.Parse(await status.GetAttributeAsync("data-version") ?? "0", CultureInfo.InvariantCulture);
    }

    private static ILocator Row(IPage page, string file, int version) =>
        page.Locator($"#proposals-rows tr[data-path='{file}'][data-version='{version.ToString(CultureInfo.InvariantCulture)}']");
}
