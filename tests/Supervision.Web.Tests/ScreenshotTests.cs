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
        await using var session = await BrowserSession.OpenAsync(app, "/templates", ui: ui, height: 1300, signedInAs: TestPeople.Editor);
        var editor = new TemplateEditorPage(session.Page);
        await editor.ChooseAsync("order", ui);
        await editor.EditAsync(text => text.Replace("{{ include \"header\" }}", "{{ include \"header\" }}\n{{ if }}", StringComparison.Ordinal));
        await Expect(session.Page.Locator(".gutter-lines > div.error")).Not.ToHaveCountAsync(0);
        await session.Page.Locator("#compare").ClickAsync();
        await Expect(editor.LivePreview).ToBeVisibleAsync();
        await session.Page.Locator("#problem-list button.problem-place").First.ClickAsync();

        await SaveAsync(session.Page, $"template-editor.{ui}.png");
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task The_inbox_for_the_district_prosecutor(string ui)
    {
        await using var session = await BrowserSession.OpenAsync(app, "/inbox?box=for-signature", ui: ui, signedInAs: TestPeople.Prosecutor);
        await Expect(session.Page.Locator("#tab-for-signature")).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(session.Page.Locator("#inbox-help")).Not.ToBeEmptyAsync();

        await SaveAsync(session.Page, $"inbox.{ui}.png");
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
