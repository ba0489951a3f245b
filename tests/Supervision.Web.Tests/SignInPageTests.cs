using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Supervision.Web.Tests.People;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Web.Tests;

/// <summary>The sign-in page in a real browser, in both languages: a wrong password, the right one, signing out.</summary>
public sealed class SignInPageTests(WebApp app)
{
    [Theory]
    [InlineData("kk", "Логин немесе құпиясөз қате.", "Шығу", "Менің жұмысым")]
    [InlineData("ru", "Неверный логин или пароль.", "Выйти", "Моя работа")]
    public async Task A_wrong_password_is_refused_on_the_page_the_right_one_shows_who_is_signed_in_and_sign_out_ends_it(string ui, string wrong, string signOut, string inbox)
    {
        var person = TestPeople.Drafter;
        await app.EnsurePersonAsync(person);
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: ui);
        var page = session.Page;
        // Without a session the header offers the sign-in page, and no inbox.
        await Expect(page.Locator("#session a")).ToHaveAttributeAsync("href", "/signin?returnUrl=%2F");
        await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = inbox })).ToBeHiddenAsync();

        await page.GotoAsync($"/signin?lang={ui}&returnUrl=%2F");
        await page.Locator("#login").FillAsync(person.Login);
        await page.Locator("#password").FillAsync(TestPeople.Password + " not");
        await page.Locator("form[action='/signin'] button[type='submit']").ClickAsync();

        await Expect(page.Locator(".signin-error")).ToHaveTextAsync(wrong);
        await Expect(page.Locator("#login")).ToHaveValueAsync(person.Login);

        await page.Locator("#password").FillAsync(TestPeople.Password);
        await page.Locator("form[action='/signin'] button[type='submit']").ClickAsync();
        await Expect(page.Locator("body[data-ready='true']")).ToBeAttachedAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/$"));
        await Expect(page.Locator(".session-person")).ToHaveTextAsync($"{person.FullName} ({person.Login})");
        await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = inbox })).ToHaveAttributeAsync("href", "/inbox");

        await page.GetByRole(AriaRole.Button, new() { Name = signOut, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/signin\?lang=(kk|ru)"));
        // The session is gone: a page that needs a person sends the browser back to sign in.
        await page.GotoAsync("/inbox");
        await Expect(page).ToHaveURLAsync(new Regex(@"/signin\?"));
        await Expect(page.Locator("#login")).ToBeVisibleAsync();
    }
}
