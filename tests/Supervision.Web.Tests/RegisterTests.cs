using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Supervision.Web.Tests.People;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Web.Tests;

/// <summary>
/// The register from the pages: the link to the execution control (drafts are in <see cref="DraftTests"/>,
/// template proposals in <see cref="TemplateProposalTests"/>). The app's register is a SQLite file of the
/// test run's own (see <see cref="WebApp"/>).
/// </summary>
public sealed class RegisterTests(WebApp app)
{
    [Theory]
    [InlineData("/", "ru", "Контроль исполнения")]
    [InlineData("/templates", "kk", "Орындалуын бақылау")]
    public async Task The_header_links_to_the_execution_control_in_the_interface_language(string path, string language, string name)
    {
        await using var session = await BrowserSession.OpenAsync(app, path, ui: language, signedInAs: TestPeople.Prosecutor);
        var link = session.Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
        await Expect(link).ToHaveAttributeAsync("href", $"/register/control?lang={language}");

        // The other language's button changes the link with the words.
        var other = language == "kk" ? "ru" : "kk";
        await session.Page.Locator($"[data-ui-language='{other}']").ClickAsync();
        await Expect(session.Page.GetByRole(AriaRole.Navigation).Locator("a[data-lang-link='/register/control']")).ToHaveAttributeAsync("href", $"/register/control?lang={other}");

        await session.Page.GetByRole(AriaRole.Navigation).Locator("a[data-lang-link='/register/control']").ClickAsync();
        await Expect(session.Page).ToHaveURLAsync(new Regex($@"/register/control\?lang={other}$"));
    }
}
