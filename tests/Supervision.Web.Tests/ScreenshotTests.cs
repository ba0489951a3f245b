using Microsoft.Playwright;
using Supervision.Web.Tests.People;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Web.Tests;

/// <summary>
/// Pictures of the pages in both interface languages, wide and narrow, as a prosecutor sees them.
/// They are written to the test's output folder; with SUPERVISION_UPDATE_SCREENSHOTS=1 they replace
/// the ones the README shows, in docs/screenshots/.
/// </summary>
public sealed class ScreenshotTests(WebApp app)
{
    private const string UpdateVariable = "SUPERVISION_UPDATE_SCREENSHOTS";

    [Theory]
    [InlineData("kk", "protest")]
    [InlineData("ru", "instruction")]
    public async Task The_act_form_with_an_example_and_an_error(string ui, string kind)
    {
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: ui, height: 1000);
        var form = new ActFormPage(session.Page);
        await form.ChooseAsync(kind, ui);
        await form.StartFromExampleAsync(ui == "ru" ? ActFormPage.ValidRu : ActFormPage.ValidKk);
        await Expect(form.Preview).ToBeVisibleAsync();
        // One message in sight, as a prosecutor would meet it.
        await form.FillAsync(ui == "ru" ? "Место составления" : "Жасалған орны", "");
        await Expect(form.ErrorsAt("place")).ToBeVisibleAsync();
        await session.Page.Locator("#kind").FocusAsync();

        await SaveAsync(session.Page, $"act-form.{ui}.png");
    }

    [Fact]
    public async Task The_act_form_on_a_narrow_screen()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: "ru", width: 390, height: 844);
        var form = new ActFormPage(session.Page);
        await form.ChooseAsync("order", "ru");
        await form.StartFromExampleAsync(ActFormPage.ValidRu);

        // One column: the preview under the form, nothing wider than the screen.
        var formBox = (await session.Page.Locator("#act-form").BoundingBoxAsync())!;
        var previewBox = (await session.Page.Locator(".preview-pane").BoundingBoxAsync())!;
        Assert.True(previewBox.Y >= formBox.Y + formBox.Height, "the preview stands under the form");
        Assert.True(await session.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "nothing is wider than the screen");

        await SaveAsync(session.Page, "act-form.narrow.ru.png");
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task The_template_editor_with_an_error_and_the_live_comparison(string ui)
    {
        await using var session = await BrowserSession.OpenAsync(app, "/templates", ui: ui, height: 1950, signedInAs: TestPeople.Editor);
        var editor = new TemplateEditorPage(session.Page);
        await editor.ChooseAsync("order", ui);
        await editor.EditAsync(text => text.Replace("{{ include \"header\" }}", "{{ include \"header\" }}\n{{ if }}", StringComparison.Ordinal));
        await Expect(session.Page.Locator(".gutter-lines > div.error")).Not.ToHaveCountAsync(0);
        await session.Page.Locator("#compare").ClickAsync();
        await Expect(editor.LivePreview).ToBeVisibleAsync();
        await session.Page.Locator("#problem-list button.problem-place").First.ClickAsync();
        // The click scrolled to the line; the picture starts at the top, with the kind, the language and "propose".
        await session.Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Expect(session.Page.Locator("#propose")).ToBeInViewportAsync();

        await SaveAsync(session.Page, $"template-editor.{ui}.png");
    }

    [Theory]
    [InlineData("kk", "Қол қою", "шығарылды · Тіркеу нөмірі: 2-11-")]
    [InlineData("ru", "Подписать", "выпущен · Регистрационный номер: 2-11-")]
    public async Task The_inbox_for_the_district_prosecutor_with_a_draft_for_his_signature(string ui, string sign, string issued)
    {
        // Real work in the box: the assistant's written instruction, in the interface's language, sent to him
        // for signature (the example of the Sarıarqa district office, whose prosecutor he is).
        var id = await DraftsOverHttp.SubmitExampleAsync(app, TestPeople.Drafter, TestPeople.Prosecutor, "instruction", ui);
        await using var session = await BrowserSession.OpenAsync(app, "/inbox?box=for-signature", ui: ui, height: 1300, signedInAs: TestPeople.Prosecutor);
        await Expect(session.Page.Locator("#tab-for-signature")).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(session.Page.Locator("#inbox-help")).Not.ToBeEmptyAsync();
        var row = session.Page.Locator($"#inbox-rows tr[data-id='{id}']");
        await Expect(row).ToContainTextAsync(TestPeople.Drafter.FullName);

        await row.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(session.Page.GetByRole(AriaRole.Button, new() { Name = sign, Exact = true })).ToBeVisibleAsync();
        await Expect(session.Page.Locator("#detail-preview article")).ToBeVisibleAsync();

        await SaveAsync(session.Page, $"inbox.{ui}.png");

        // What the picture offers works, and the box is left as it was for the other language's picture.
        await session.Page.GetByRole(AriaRole.Button, new() { Name = sign, Exact = true }).ClickAsync();
        await Expect(session.Page.Locator("#detail-state")).ToContainTextAsync(issued);
        await Expect(session.Page.Locator($"#inbox-rows tr[data-id='{id}']")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("kk", "Жүйеге кіру")]
    [InlineData("ru", "Вход в систему")]
    public async Task The_sign_in_page(string ui, string heading)
    {
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: ui, height: 520);
        // The page the server draws (no script of its own), as a page that needs a person sends the browser to it.
        await session.Page.GotoAsync($"/signin?lang={ui}&returnUrl=%2Finbox");
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await session.Page.Locator("#login").FillAsync(TestPeople.Prosecutor.Login);
        await session.Page.Locator("#password").FocusAsync();

        await SaveAsync(session.Page, $"sign-in.{ui}.png");
    }

    private static async Task SaveAsync(IPage page, string name)
    {
        // No hover left on the last button clicked.
        await page.Mouse.MoveAsync(0, 0);
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = false });
        Assert.True(bytes.Length > 10_000, $"{name} is a picture of something");
        var folder = Environment.GetEnvironmentVariable(UpdateVariable) == "1"
            ? Path.Combine(RepositoryRoot(), "docs", "screenshots")
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, name), bytes, TestContext.Current.CancellationToken);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Supervision.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Supervision.sln is not above the test's folder.");
    }
}
