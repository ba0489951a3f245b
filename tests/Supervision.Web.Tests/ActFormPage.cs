using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Web.Tests;

/// <summary>The act form as a test drives it: by the labels a prosecutor reads, and the page's own controls.</summary>
public sealed class ActFormPage(IPage page)
{
    public const string ValidRu = "Акт заполнен без ошибок.";
    public const string ValidKk = "Акт қатесіз толтырылды.";

    public IPage Page { get; } = page;

    public ILocator Status => Page.Locator("#status");

    /// <summary>The act inside the preview's shadow root (Playwright's CSS locators pierce open shadow roots).</summary>
    public ILocator Preview => Page.Locator("#preview article.act");

    public ILocator Summary => Page.Locator("#summary");

    /// <summary>The input, select or text area whose label is exactly this text.</summary>
    public ILocator Field(string label) => Page.GetByLabel(label, new PageGetByLabelOptions { Exact = true });

    /// <summary>The messages shown next to the field or part at this path ("number", "signatory.position", "violations[1]").</summary>
    public ILocator ErrorsAt(string path) =>
        Page.Locator($"[data-path='{path}']:is(.field, fieldset) > .field-errors, [data-path='{path}'].field > .check ~ .field-errors");

    /// <summary>The warnings shown next to the field or part at this path, apart from its errors.</summary>
    public ILocator WarningsAt(string path) =>
        Page.Locator($"[data-path='{path}']:is(.field, fieldset) > .field-warnings, [data-path='{path}'].field > .check ~ .field-warnings");

    /// <summary>Chooses the kind, the act's language and, for a conclusion, its instance.</summary>
    public async Task ChooseAsync(string kind, string language, string? instance = null)
    {
        await Page.Locator("#kind").SelectOptionAsync(kind);
        await Page.Locator("#act-language").SelectOptionAsync(language);
        // The form is drawn for the chosen kind and language once the page has fetched their schema and words.
        await Expect(Page.Locator($"#fields[data-kind='{kind}'][data-language='{language}']")).ToBeAttachedAsync();
        if (instance is not null)
        {
            await Page.Locator("#instance").SelectOptionAsync(instance);
        }
    }

    public async Task StartFromExampleAsync(string valid)
    {
        await Page.Locator("#example").ClickAsync();
        await Expect(Status).ToHaveTextAsync(valid);
    }

    /// <summary>Types into a field found by its label (or picks the value of a select), then leaves it.</summary>
    public async Task FillAsync(string label, string value)
    {
        var field = Field(label);
        if (await field.EvaluateAsync<string>("e => e.tagName") == "SELECT")
        {
            await field.SelectOptionAsync(value);
        }
        else
        {
            await field.FillAsync(value);
            await field.BlurAsync();
        }
    }

    public async Task SubmitAsync() => await Page.Locator("#act-form button[type='submit']").ClickAsync();
}
