using Supervision.Web.Tests.People;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Web.Tests;

/// <summary>The pages without a mouse: every control named, reached by Tab in order, its focus visible.</summary>
public sealed class KeyboardTests(WebApp app)
{
    // Controls on show with no name: no <label>, no aria-label, a button with no text.
    private const string Unnamed = """
        () => [...document.querySelectorAll('input, select, textarea, button')]
          .filter(e => e.getClientRects().length > 0)
          .filter(e => {
            const labels = [...(e.labels || [])].map(l => l.textContent.trim()).join('');
            const name = labels || e.getAttribute('aria-label') || (e.tagName === 'BUTTON' ? e.textContent.trim() : '');
            return !name;
          })
          .map(e => e.id || e.outerHTML.slice(0, 80))
        """;

    [Theory]
    [InlineData("/", "kk")]
    [InlineData("/", "ru")]
    [InlineData("/templates", "kk")]
    [InlineData("/templates", "ru")]
    [InlineData("/inbox", "kk")]
    [InlineData("/inbox", "ru")]
    public async Task Every_control_on_show_has_a_name(string path, string ui)
    {
        // The act form opens without a session on loopback; the other pages need a person.
        await using var session = await BrowserSession.OpenAsync(app, path, ui: ui, signedInAs: path == "/" ? null : TestPeople.Editor);
        if (path == "/")
        {
            // A conclusion in appeal has the most parts: lists of parts, nested parts, choices.
            await new ActFormPage(session.Page).ChooseAsync("conclusion", ui, "appeal");
        }

        Assert.Empty(await session.Page.EvaluateAsync<string[]>(Unnamed));
        Assert.Equal(0, await session.Page.Locator("[onclick], div[tabindex]:not([tabindex='-1']), span[tabindex]").CountAsync());
    }

    [Fact]
    public async Task The_form_is_filled_from_the_example_and_checked_with_the_keyboard_alone()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: "ru");
        var form = new ActFormPage(session.Page);
        await form.ChooseAsync("withdrawal-resolution", "ru");
        await session.Page.Locator("body").FocusAsync();

        // Tab order follows the page: the skip link, the menu, the sign-in link, the language switch, then the act's choices.
        var order = new List<string>();
        for (var step = 0; step < 12 && !order.Contains("example"); step++)
        {
            await session.Page.Keyboard.PressAsync("Tab");
            order.Add(await session.Page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.textContent.trim()"));
        }

        Assert.Equal(["Составление акта", "Составить акт", "Шаблоны", "Контроль исполнения", "Исполнительные производства", "Войти", "Қазақша", "Русский", "kind", "act-language", "example"], order);
        Assert.NotEqual("none", await session.Page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));

        await session.Page.Keyboard.PressAsync("Enter");
        await Expect(form.Status).ToHaveTextAsync(ActFormPage.ValidRu);

        // The first field takes the focus from the skip link.
        await session.Page.Locator(".skip-link").FocusAsync();
        await session.Page.Keyboard.PressAsync("Enter");
        await session.Page.Keyboard.PressAsync("Tab");
        await Expect(form.Field("Исходящий регистрационный номер")).ToBeFocusedAsync();
    }
}
