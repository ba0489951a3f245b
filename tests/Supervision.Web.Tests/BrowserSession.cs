using Microsoft.Playwright;
using Supervision.Web.Tests.People;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Web.Tests;

/// <summary>
/// A fresh browser context (its own storage, as a new prosecutor's browser) on one of the app's pages,
/// with the interface language set, and a record of every request the page made: on disposal the
/// session fails if any of them left the app.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly WebApp _app;
    private readonly IBrowserContext _context;
    private readonly List<string> _requests = [];
    private readonly List<string> _problems = [];

    private BrowserSession(WebApp app, IBrowserContext context, IPage page)
    {
        _app = app;
        _context = context;
        Page = page;
        context.Request += (_, request) => Record(_requests, request.Url);
        context.Response += (_, response) =>
        {
            // The API answers problems by design (422 for an act with errors), and so does the sign-in page to
            // a wrong password; a page's own file never fails.
            var path = new Uri(response.Url).AbsolutePath;
            if (response.Status >= 400 && !path.StartsWith("/api/", StringComparison.Ordinal) && !path.StartsWith("/signin", StringComparison.Ordinal))
            {
                Record(_problems, $"{response.Status} {response.Url}");
            }
        };
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        page.PageError += (_, error) => Record(_problems, $"uncaught: {error}");
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                Record(_problems, $"refused by the policy: {message.Text}");
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Every URL the pages asked for.</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>
    /// Opens a page of the app in a new context, with the interface in <paramref name="ui"/>, and waits until
    /// it is ready; with <paramref name="signedInAs"/>, the person is added to the register if need be and
    /// signs in first through the real sign-in form, which then leads to the page.
    /// </summary>
    public static async Task<BrowserSession> OpenAsync(WebApp app, string path, string ui = "ru", int width = 1280, int height = 900, TestPerson? signedInAs = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = ui == "kk" ? "kk-KZ" : "ru-RU",
            AcceptDownloads = true,
        });
        // The interface language a prosecutor chose before: set once, so that a switch in the test survives a reload.
        // A sandboxed document (the p. 17 report) has no storage to read: nothing to set there.
        await context.AddInitScriptAsync($"try {{ if (!localStorage.getItem('supervision.ui')) localStorage.setItem('supervision.ui', '{ui}'); }} catch {{ }}");
        var session = new BrowserSession(app, context, await context.NewPageAsync());
        if (signedInAs is null)
        {
            await session.GoToAsync(path);
        }
        else
        {
            await session.SignInAsync(signedInAs, path, ui);
        }

        return session;
    }

    /// <summary>Signs in at <c>/signin</c> as a prosecutor would (login, password, the button) and waits for the page it leads to.</summary>
    public async Task SignInAsync(TestPerson person, string returnTo, string ui = "ru")
    {
        ArgumentNullException.ThrowIfNull(person);
        await _app.EnsurePersonAsync(person);
        await Page.GotoAsync($"/signin?lang={ui}&returnUrl={Uri.EscapeDataString(returnTo)}");
        await Page.Locator("#login").FillAsync(person.Login);
        await Page.Locator("#password").FillAsync(TestPeople.Password);
        await Page.Locator("form[action='/signin'] button[type='submit']").ClickAsync();
        await Expect(Page.Locator("body[data-ready='true']")).ToBeAttachedAsync();
    }

    /// <summary>Navigates and waits until the page's script has drawn it.</summary>
    public async Task GoToAsync(string path)
    {
        await Page.GotoAsync(path);
        await Expect(Page.Locator("body[data-ready='true']")).ToBeAttachedAsync();
    }

    public async Task ReloadAsync()
    {
        await Page.ReloadAsync();
        await Expect(Page.Locator("body[data-ready='true']")).ToBeAttachedAsync();
    }

    /// <summary>Requests that went anywhere but the app (blob: and data: URLs stay in the page).</summary>
    public IReadOnlyList<string> ExternalRequests() =>
        [.. Requests.Where(url => !url.StartsWith(_app.Address.ToString(), StringComparison.Ordinal)
            && !url.StartsWith("blob:", StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal))];

    /// <summary>Script errors the page did not catch, anything the Content-Security-Policy refused, and page files that failed to load.</summary>
    public IReadOnlyList<string> ScriptProblems()
    {
        lock (_problems)
        {
            return [.. _problems];
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        Assert.Empty(ExternalRequests());
        Assert.Empty(ScriptProblems());
    }

    private static void Record(List<string> list, string entry)
    {
        lock (list)
        {
            list.Add(entry);
        }
    }
}
