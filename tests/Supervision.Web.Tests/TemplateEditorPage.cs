using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Web.Tests;

/// <summary>The template editor as a test drives it.</summary>
public sealed class TemplateEditorPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Template => Page.Locator("#template");

    public ILocator Other => Page.Locator("#other");

    public ILocator EditedPreview => Page.Locator("#preview-edited article.act");

    public ILocator LivePreview => Page.Locator("#preview-live article.act");

    public ILocator Problems => Page.Locator("#problem-list");

    /// <summary>A line number in the edited template's gutter.</summary>
    public ILocator GutterLine(int line) => Page.Locator($".code:has(#template) .gutter-lines > div:nth-child({line})");

    public async Task ChooseAsync(string kind, string language)
    {
        await Page.Locator("#kind").SelectOptionAsync(kind);
        await Page.Locator("#language").SelectOptionAsync(language);
        await Expect(Page.Locator("#edited-file")).ToHaveTextAsync($"templates-{language}/{kind}.sbn");
        await Expect(EditedPreview).ToBeVisibleAsync();

        // The sample model is fetched after the choice: a test reading it sooner got the language chosen before
        // (the page then rightly reports a model of the other language; seen once in CI).
        await Expect(Page.Locator("#model")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex($"\"language\": \"{language}\""));
    }

    /// <summary>Replaces the template's text as if typed (one input event).</summary>
    public async Task EditAsync(Func<string, string> edit)
    {
        var text = await Template.InputValueAsync();
        await Template.FillAsync(edit(text));
    }
}
