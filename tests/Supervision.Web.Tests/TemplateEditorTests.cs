using Microsoft.Playwright;
using Supervision.Acts;
using Supervision.Api.Pages.Forms;
using Supervision.Web.Tests.People;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Web.Tests;

/// <summary>The template editor in a real browser: edits in the preview, errors at their line, the twin language, the live comparison.</summary>
public sealed class TemplateEditorTests(WebApp app)
{
    [Fact]
    public async Task An_edit_to_the_wording_shows_in_the_preview_and_not_in_the_live_one()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/templates", ui: "ru", signedInAs: TestPeople.Editor);
        var editor = new TemplateEditorPage(session.Page);
        await editor.ChooseAsync("instruction", "ru");
        await Expect(editor.EditedPreview).ToContainTextAsync("ПИСЬМЕННОЕ УКАЗАНИЕ");

        await editor.EditAsync(text => text.Replace("# ПИСЬМЕННОЕ УКАЗАНИЕ", "# ПИСЬМЕННОЕ УКАЗАНИЕ ПРОКУРОРА", StringComparison.Ordinal));

        await Expect(editor.EditedPreview).ToContainTextAsync("ПИСЬМЕННОЕ УКАЗАНИЕ ПРОКУРОРА");
        await Expect(session.Page.Locator("#edited-badge")).ToBeVisibleAsync();

        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Сравнить с действующим" }).ClickAsync();
        await Expect(editor.LivePreview).ToContainTextAsync("ПИСЬМЕННОЕ УКАЗАНИЕ");
        await Expect(editor.LivePreview).Not.ToContainTextAsync("ПРОКУРОРА");

        // The edit is kept in the browser, and the live text comes back on request.
        await session.ReloadAsync();
        await Expect(editor.Template).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("УКАЗАНИЕ ПРОКУРОРА"));
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Вернуть действующий текст" }).ClickAsync();
        await Expect(editor.EditedPreview).Not.ToContainTextAsync("ПРОКУРОРА");
    }

    [Fact]
    public async Task A_syntax_error_is_listed_with_its_line_marked_in_the_gutter_and_a_click_puts_the_cursor_there()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/templates", ui: "kk", signedInAs: TestPeople.Editor);
        var editor = new TemplateEditorPage(session.Page);
        await editor.ChooseAsync("order", "kk");

        await editor.EditAsync(text =>
        {
            var lines = text.Split('\n').ToList();
            lines.Insert(5, "{{ if }}");
            return string.Join('\n', lines);
        });

        var place = session.Page.Locator("#problem-list button.problem-place").First;
        await Expect(place).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^templates-kk/order\.sbn:6:\d+$"));
        await Expect(editor.GutterLine(6)).ToHaveClassAsync("error");
        await Expect(editor.GutterLine(5)).Not.ToHaveClassAsync("error");

        await place.ClickAsync();
        await Expect(editor.Template).ToBeFocusedAsync();
        var cursorLine = await editor.Template.EvaluateAsync<int>("t => t.value.slice(0, t.selectionStart).split('\\n').length");
        Assert.Equal(6, cursorLine);
    }

    [Fact]
    public async Task Template_problems_are_worded_in_the_interface_language()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/templates", ui: "kk", signedInAs: TestPeople.Editor);
        var editor = new TemplateEditorPage(session.Page);
        await editor.ChooseAsync("order", "kk");

        await editor.EditAsync(text => text.Replace("## заң бұзушылықты жою туралы", "{{ if }}\n## заң бұзушылықты жою туралы\n{{ act.nothing_here }}", StringComparison.Ordinal));

        var problems = session.Page.Locator("#problem-list li");
        await Expect(problems.First).ToContainTextAsync("— «if» нұсқауында өрнек жоқ: «}}» алдында өрнек жазылуы керек.");
        await Expect(session.Page.Locator("#problem-list")).ToContainTextAsync("«if» блогы «end» сөзімен жабылмаған.");
        await Expect(session.Page.Locator("#problem-list")).Not.ToContainTextAsync("Error while parsing");

        await session.Page.Locator("[data-ui-language='ru']").ClickAsync();
        await Expect(problems.First).ToContainTextAsync("— В конструкции «if» не хватает выражения: перед «}}» должно стоять выражение.");
        await Expect(session.Page.Locator("#problem-list")).ToContainTextAsync("Блок «if» не закрыт словом «end».");

        // With the syntax mended, the strict model names the field that does not exist.
        await editor.EditAsync(text => text.Replace("{{ if }}\n", string.Empty, StringComparison.Ordinal));
        await Expect(problems.First).ToContainTextAsync("— Поля «nothing_here» нет.");
    }

    [Fact]
    public async Task The_instances_words_are_fetched_once_per_interface_language()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/templates", ui: "kk", signedInAs: TestPeople.Editor);
        var editor = new TemplateEditorPage(session.Page);
        await editor.ChooseAsync("conclusion", "kk");
        var first = session.Page.Locator("#instance option").First;
        string FirstInstance(ActLanguage language) => ActForms.For(ActKind.Conclusion, language).Fields["instance"].Choices![0].Text;

        await Expect(first).ToHaveTextAsync(FirstInstance(ActLanguage.Kk));
        foreach (var language in new[] { ActLanguage.Ru, ActLanguage.Kk, ActLanguage.Ru })
        {
            await session.Page.Locator($"[data-ui-language='{EnumNames.Of(language)}']").ClickAsync();
            await Expect(first).ToHaveTextAsync(FirstInstance(language));
        }

        Assert.Single(session.Requests, url => url.EndsWith("/api/acts/conclusion/form?language=kk", StringComparison.Ordinal));
        Assert.Single(session.Requests, url => url.EndsWith("/api/acts/conclusion/form?language=ru", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_other_languages_template_stands_beside_the_edited_one()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/templates", ui: "ru", signedInAs: TestPeople.Editor);
        var editor = new TemplateEditorPage(session.Page);
        await editor.ChooseAsync("protest", "kk");

        await Expect(editor.Template).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("language = \"kk\""));
        await Expect(editor.Other).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("language = \"ru\""));
        await Expect(editor.Other).ToHaveAttributeAsync("readonly", "");
        await Expect(session.Page.Locator("#other-file")).ToHaveTextAsync("templates-ru/protest.sbn");
    }

    [Fact]
    public async Task A_partial_can_be_edited_and_previews_in_the_act()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/templates", ui: "ru", signedInAs: TestPeople.Editor);
        var editor = new TemplateEditorPage(session.Page);
        await editor.ChooseAsync("order", "ru");

        await session.Page.Locator("#file").SelectOptionAsync("templates-ru/_executor.sbn");
        await Expect(session.Page.Locator("#other-file")).ToHaveTextAsync("templates-kk/_executor.sbn");
        await editor.EditAsync(text => text + "\nПометка редактора.\n");

        await Expect(editor.EditedPreview).ToContainTextAsync("Пометка редактора.");
    }

    [Fact]
    public async Task A_sample_model_that_breaks_the_rules_is_reported_as_the_models_not_the_templates()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/templates", ui: "ru", signedInAs: TestPeople.Editor);
        var editor = new TemplateEditorPage(session.Page);
        await editor.ChooseAsync("instruction", "ru");

        await session.Page.Locator("#model-details > summary").ClickAsync();
        var model = session.Page.Locator("#model");
        var json = await model.InputValueAsync();
        await model.FillAsync(json.Replace("\"number\": \"2-11-25/4186\",", string.Empty, StringComparison.Ordinal));

        await Expect(editor.Problems).ToContainTextAsync("Данные акта не проходят проверку: number: Не заполнено поле «Исходящий регистрационный номер».");
        await Expect(editor.GutterLine(1)).Not.ToHaveClassAsync("error");
    }

    [Fact]
    public async Task A_language_chosen_while_the_kinds_sample_loads_keeps_the_file_and_the_sample_in_that_language()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/templates", ui: "ru", signedInAs: TestPeople.Editor);
        await Expect(session.Page.Locator("#model")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("\"language\": \"kk\""));
        // The order's Kazakh sample comes late: the language is chosen while it is on its way.
        var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await session.Page.RouteAsync(new System.Text.RegularExpressions.Regex("/api/acts/order/example\\?language=kk"), async route =>
        {
            asked.TrySetResult();
            await Task.Delay(TimeSpan.FromSeconds(1));
            await route.ContinueAsync();
        });
        await session.Page.Locator("#kind").SelectOptionAsync("order");
        await asked.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await session.Page.Locator("#language").SelectOptionAsync("ru");
        await Expect(session.Page.Locator("#edited-file")).ToHaveTextAsync("templates-ru/order.sbn");
        await Expect(session.Page.Locator("#model")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("\"kind\": \"order\",\\s+\"language\": \"ru\""));

        // After the late answer has come, the Russian sample is still the one shown.
        await Task.Delay(TimeSpan.FromSeconds(1.5), TestContext.Current.CancellationToken);
        await Expect(session.Page.Locator("#edited-file")).ToHaveTextAsync("templates-ru/order.sbn");
        await Expect(session.Page.Locator("#model")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("\"language\": \"ru\""));
    }
}
