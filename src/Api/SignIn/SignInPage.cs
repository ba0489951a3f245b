using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Supervision.Api.SignIn;

/// <summary>
/// The sign-in and password-change pages: plain HTML forms drawn by the server with antiforgery's
/// field, the site's stylesheet and nothing else (no script, nothing from elsewhere).
/// </summary>
internal static class SignInPage
{
    /// <summary>The sign-in form, with an error line where the last attempt failed, and the link to another way of signing in where one is configured.</summary>
    public static string SignIn(SignInWords words, string token, string returnUrl, string? login, string? error, (string Href, string Label)? alternative = null) =>
        Page(words, words.SignInTitle, "/signin", $"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}&", error, alternative, body =>
        {
            Hidden(body, "__RequestVerificationToken", token);
            Hidden(body, "returnUrl", returnUrl);
            Hidden(body, "lang", words.Language);
            Field(body, "login", words.Login, "text", "username", login);
            Field(body, "password", words.Password, "password", "current-password", null);
            body.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\">{Encode(words.SignIn)}</button>\n");
        });

    /// <summary>The password-change form.</summary>
    public static string ChangePassword(SignInWords words, string token, string? error) =>
        Page(words, words.ChangeTitle, "/signin/password", "/signin/password?", error, null, body =>
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>{Encode(words.ChangeExplained)}</p>\n");
            Hidden(body, "__RequestVerificationToken", token);
            Hidden(body, "lang", words.Language);
            Field(body, "currentPassword", words.CurrentPassword, "password", "current-password", null);
            Field(body, "newPassword", words.NewPassword, "password", "new-password", null);
            Field(body, "repeatPassword", words.RepeatPassword, "password", "new-password", null);
            body.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\">{Encode(words.Change)}</button>\n");
        });

    /// <summary>
    /// A page with one message and one link and no form (an OIDC sign-in refused, or done). Where
    /// <paramref name="refresh"/> is given the page moves on to it by itself: a navigation this site starts,
    /// so that the browser sends the SameSite=Strict session cookie, which it holds back on the redirects
    /// that come from another site (the identity provider).
    /// </summary>
    public static string Notice(SignInWords words, string title, string? error, (string Href, string Label) link, string? refresh = null)
    {
        var html = Head(words, title, refresh);
        Body(html, words, title, "/signin?", error);
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{Encode(link.Href)}\">{Encode(link.Label)}</a></p>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Page(SignInWords words, string title, string action, string languageLink, string? error, (string Href, string Label)? alternative, Action<StringBuilder> fields)
    {
        var html = Head(words, title, null);
        Body(html, words, title, languageLink, error);
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{Encode(action)}\">\n");
        fields(html);
        html.Append("</form>\n");
        if (alternative is { } link)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"signin-alternative\"><a href=\"{Encode(link.Href)}\">{Encode(link.Label)}</a></p>\n");
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static StringBuilder Head(SignInWords words, string title, string? refresh)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!doctype html>\n<html lang=\"{words.Language}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        if (refresh is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<meta http-equiv=\"refresh\" content=\"0;url={Encode(refresh)}\">\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<title>{Encode(title)}</title>\n<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n<link rel=\"stylesheet\" href=\"/css/site.css\">\n</head>\n<body>\n");
        return html;
    }

    private static void Body(StringBuilder html, SignInWords words, string title, string languageLink, string? error)
    {
        var other = words.Language == "kk" ? ("ru", "Русский") : ("kk", "Қазақша");
        html.Append(CultureInfo.InvariantCulture, $"<main class=\"page signin\">\n<h1>{Encode(title)}</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"signin-language\"><a href=\"{Encode(languageLink + "lang=" + other.Item1)}\" lang=\"{other.Item1}\">{other.Item2}</a></p>\n");
        if (error is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"signin-error\" role=\"alert\">{Encode(error)}</p>\n");
        }
    }

    private static void Hidden(StringBuilder body, string name, string value) =>
        body.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{name}\" value=\"{Encode(value)}\">\n");

    private static void Field(StringBuilder body, string name, string label, string type, string autocomplete, string? value) =>
        body.Append(CultureInfo.InvariantCulture, $"<p><label for=\"{name}\">{Encode(label)}</label><br><input id=\"{name}\" name=\"{name}\" type=\"{type}\" autocomplete=\"{autocomplete}\" required{(value is null ? string.Empty : $" value=\"{Encode(value)}\"")}></p>\n");

    // Kazakh and Russian stay readable in the source of the page; only what HTML needs is escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);
}
