using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Web.Tests;

/// <summary>
/// The register from the pages: issuing the act on the form, publishing an edited template, the link to
/// the execution control. The app's register is a SQLite file of the test run's own (see <see cref="WebApp"/>).
/// </summary>
public sealed partial class RegisterTests(WebApp app)
{
    [Theory]
    [InlineData("ru", ActFormPage.ValidRu, "Кем выпущено", "Индекс прокуратуры", "Зарегистрировать и выпустить")]
    [InlineData("kk", ActFormPage.ValidKk, "Шығарған", "Прокуратураның индексі", "Тіркеу және шығару")]
    public async Task An_example_act_issued_from_the_form_gets_a_number_and_its_stored_documents(string language, string valid, string issuedBy, string office, string button)
    {
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: language);
        var form = new ActFormPage(session.Page);
        await form.ChooseAsync("instruction", language);
        await form.StartFromExampleAsync(valid);

        await session.Page.GetByLabel(issuedBy).FillAsync("Тестов Т. Т.");
        await session.Page.GetByLabel(office).FillAsync("2-11");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

        var status = session.Page.Locator("#issue-status");
        await Expect(status.Locator(".issued-number")).ToHaveTextAsync(RegistrationNumber());
        await Expect(status.Locator(".issued-due")).Not.ToBeEmptyAsync();

        var docx = await status.Locator("a[data-format='docx']").GetAttributeAsync("href");
        var pdf = await status.Locator("a[data-format='pdf']").GetAttributeAsync("href");
        Assert.Matches(@"^/api/acts/issued/\d+/document\?format=docx$", docx);
        Assert.Matches(@"^/api/acts/issued/\d+/document\?format=pdf$", pdf);

        // The links give the documents as issued: the download in the browser, and the same bytes over HTTP.
        var download = await session.Page.RunAndWaitForDownloadAsync(() => status.Locator("a[data-format='pdf']").ClickAsync());
        var downloaded = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Equal("%PDF"u8.ToArray(), downloaded[..4]);

        using var docxAnswer = await app.Http.GetAsync(new Uri(docx!, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(docxAnswer.IsSuccessStatusCode, $"{docx}: {(int)docxAnswer.StatusCode}");
        Assert.Equal("true", docxAnswer.Headers.GetValues("X-Matches-Issued").Single());
        var docxBytes = await docxAnswer.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal("PK"u8.ToArray(), docxBytes[..2]);
    }

    [Fact]
    public async Task Issuing_an_act_with_an_error_shows_the_error_beside_its_field_and_issues_nothing()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: "ru");
        var form = new ActFormPage(session.Page);
        await form.ChooseAsync("instruction", "ru");
        await form.StartFromExampleAsync(ActFormPage.ValidRu);
        await form.Field("Место составления").FillAsync(string.Empty);
        await session.Page.GetByLabel("Кем выпущено").FillAsync("Тестов Т. Т.");
        await session.Page.GetByLabel("Индекс прокуратуры").FillAsync("2-11");

        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Зарегистрировать и выпустить", Exact = true }).ClickAsync();

        await Expect(session.Page.Locator("#issue-status .failed")).ToContainTextAsync("Акт не зарегистрирован");
        await Expect(form.ErrorsAt("place")).ToContainTextAsync("Место составления");
        await Expect(form.Summary).ToBeVisibleAsync();
        await Expect(session.Page.Locator("#issue-status .issued")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Issuing_without_saying_who_issues_asks_for_it_beside_the_input()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: "kk");
        var form = new ActFormPage(session.Page);
        await form.ChooseAsync("instruction", "kk");
        await form.StartFromExampleAsync(ActFormPage.ValidKk);

        var issue = session.Page.GetByRole(AriaRole.Button, new() { Name = "Тіркеу және шығару", Exact = true });
        await issue.FocusAsync();
        await session.Page.Keyboard.PressAsync("Enter");

        await Expect(session.Page.Locator("#issued-by-errors")).ToHaveTextAsync("Актіні кім шығарғанын көрсетіңіз.");
        await Expect(session.Page.GetByLabel("Шығарған")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_published_template_gets_a_new_version()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/templates", ui: "ru");
        var editor = new TemplateEditorPage(session.Page);
        await editor.ChooseAsync("order", "ru");
        // An edit that words no act differently: the live templates serve the other tests' issued acts too.
        await editor.EditAsync(text => text + "\n");

        await session.Page.GetByLabel("Кем опубликовано").FillAsync("Редактор Р. Р.");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Опубликовать", Exact = true }).ClickAsync();

        var status = session.Page.Locator("#publish-status");
        await Expect(status).ToHaveTextAsync(new Regex(@"^templates-ru/order\.sbn опубликован: версия \d+\.$"));
        var version = int.Parse(await status.GetAttributeAsync("data-version") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(version >= 2, $"version {version}");

        // The published text is live: no longer marked as an edit, its version beside the file's name,
        // and what the editor starts from in a browser that never saw the edit.
        await Expect(session.Page.Locator("#edited-badge")).ToBeHiddenAsync();
        await Expect(session.Page.Locator("#edited-version")).ToHaveTextAsync($"· действующая версия {version}");
        var published = await editor.Template.InputValueAsync();
        await using var fresh = await BrowserSession.OpenAsync(app, "/templates", ui: "kk");
        var freshEditor = new TemplateEditorPage(fresh.Page);
        await freshEditor.ChooseAsync("order", "ru");
        await Expect(fresh.Page.Locator("#edited-version")).ToHaveTextAsync($"· {version}-нұсқа, қолданыста");
        Assert.Equal(published, await freshEditor.Template.InputValueAsync());
    }

    [Fact]
    public async Task An_older_version_is_listed_and_its_text_can_be_taken_back_into_the_editor()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/templates", ui: "ru");
        var editor = new TemplateEditorPage(session.Page);
        await editor.ChooseAsync("higher-protest-proposal", "ru");
        var shipped = await editor.Template.InputValueAsync();
        // An edit that words no act differently: the live templates serve the other tests too.
        await editor.EditAsync(text => text + "\n");
        await session.Page.GetByLabel("Кем опубликовано").FillAsync("Редактор Р. Р.");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Опубликовать", Exact = true }).ClickAsync();
        await Expect(session.Page.Locator("#publish-status")).ToHaveTextAsync(new Regex(@"опубликован: версия 2\.$"));

        await session.Page.Locator("#versions-details > summary").ClickAsync();
        var rows = session.Page.Locator("#versions-rows tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0)).ToContainTextAsync("2 (действующая)");
        await Expect(rows.Nth(0)).ToContainTextAsync("Редактор Р. Р.");
        await Expect(rows.Nth(0).GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Expect(rows.Nth(1)).ToContainTextAsync("поставлена с программой");
        await Expect(rows.Nth(1).Locator("td").Nth(1)).ToHaveTextAsync(new Regex(@"^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$"));

        await rows.Nth(1).GetByRole(AriaRole.Button, new() { Name = "Взять в редактор текст версии 1" }).ClickAsync();

        await Expect(session.Page.Locator("#versions-status")).ToHaveTextAsync("Текст версии 1 взят в редактор: проверьте его и опубликуйте.");
        Assert.Equal(shipped, await editor.Template.InputValueAsync());
        await Expect(session.Page.Locator("#edited-badge")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_broken_template_is_not_published_and_its_line_is_listed()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/templates", ui: "kk");
        var editor = new TemplateEditorPage(session.Page);
        await editor.ChooseAsync("protest", "kk");
        await editor.EditAsync(text =>
        {
            var lines = text.Split('\n').ToList();
            lines.Insert(3, "{{ if }}");
            return string.Join('\n', lines);
        });

        await session.Page.GetByLabel("Жариялаған").FillAsync("Редактор Р. Р.");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Жариялау", Exact = true }).ClickAsync();

        await Expect(session.Page.Locator("#publish-status")).ToHaveTextAsync(new Regex(@"^Жарияланбады: шаблонда қателер бар \(\d+\)\.$"));
        await Expect(session.Page.Locator("#problem-list button.problem-place").First).ToHaveTextAsync(new Regex(@"^templates-kk/protest\.sbn:4:\d+$"));
        await Expect(editor.GutterLine(4)).ToHaveClassAsync("error");
    }

    [Theory]
    [InlineData("/", "ru", "Контроль исполнения")]
    [InlineData("/templates", "kk", "Орындалуын бақылау")]
    public async Task The_header_links_to_the_execution_control_in_the_interface_language(string path, string language, string name)
    {
        await using var session = await BrowserSession.OpenAsync(app, path, ui: language);
        var link = session.Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
        await Expect(link).ToHaveAttributeAsync("href", $"/register/control?lang={language}");

        // The other language's button changes the link with the words.
        var other = language == "kk" ? "ru" : "kk";
        await session.Page.Locator($"[data-ui-language='{other}']").ClickAsync();
        await Expect(session.Page.GetByRole(AriaRole.Navigation).Locator("a[data-lang-link]")).ToHaveAttributeAsync("href", $"/register/control?lang={other}");

        await session.Page.GetByRole(AriaRole.Navigation).Locator("a[data-lang-link]").ClickAsync();
        await Expect(session.Page).ToHaveURLAsync(new Regex($@"/register/control\?lang={other}$"));
    }

    [GeneratedRegex(@"^2-11-\d{2}/\d+$")]
    private static partial Regex RegistrationNumber();
}
