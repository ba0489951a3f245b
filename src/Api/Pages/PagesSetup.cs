using Supervision.Api.Access;
using Supervision.Rendering.Html;

namespace Supervision.Api.Pages;

/// <summary>
/// The web pages served beside the API: the act form at <c>/</c>, the template editor at
/// <c>/templates</c>, the inbox at <c>/inbox</c> and the tracked proceedings at <c>/register/proceedings</c>. They are static HTML with hand-written scripts and styles built into the assembly
/// (<see cref="PageAssets"/>), which call the same <c>/api</c> endpoints as any client; nothing is
/// fetched from elsewhere, and every page response says so in its Content-Security-Policy. The scripts,
/// styles and words are open to all (the sign-in page uses them); each page needs its capability, and a
/// browser without a session is sent to the sign-in page.
/// </summary>
public static class PagesSetup
{
    /// <summary>The page that writes an act.</summary>
    public const string FormPath = "/";

    /// <summary>The page that edits and previews templates.</summary>
    public const string EditorPath = "/templates";

    /// <summary>The signed-in person's drafts, acts to sign and approve, and acts under control.</summary>
    public const string InboxPath = "/inbox";

    /// <summary>The tracked enforcement proceedings of p. 17: listed to whoever reads the register, entered and changed by a controller.</summary>
    public const string ProceedingsPath = "/register/proceedings";

    /// <summary>The preview's stylesheet, the HTML renderer's own (every rule under <c>.act</c>).</summary>
    public const string ActStylesheetPath = "/css/act.css";

    /// <summary>Serves the pages, their assets and the preview's stylesheet, with the pages' security headers.</summary>
    public static WebApplication UseActPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<PageHeadersMiddleware>();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = PageAssets.Files });

        app.MapGet(FormPath, () => Page("act-form.html")).ExcludeFromDescription().RequireAuthorization(Capability.ActsRender);
        app.MapGet(EditorPath, () => Page("template-editor.html")).ExcludeFromDescription().RequireAuthorization(Capability.TemplatesRead);
        app.MapGet(InboxPath, () => Page("inbox.html")).ExcludeFromDescription().RequireAuthorization(Capability.Session);
        app.MapGet(ProceedingsPath, () => Page("proceedings.html")).ExcludeFromDescription().RequireAuthorization(Capability.RegisterRead);
        app.MapGet(ActStylesheetPath, () => Results.Text(HtmlRenderer.Stylesheet, "text/css; charset=utf-8")).ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    private static IResult Page(string name) =>
        Results.Stream(PageAssets.Files.GetFileInfo(name).CreateReadStream(), "text/html; charset=utf-8");
}
