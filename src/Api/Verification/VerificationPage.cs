using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Supervision.Acts;
using Supervision.Register;
using Supervision.Vocabulary;

namespace Supervision.Api.Verification;

/// <summary>
/// The public verification page as HTML: what the register says of the act a token names — its kind, number,
/// date, office, the SHA-256 of its PDF and its electronic signature — and a form to compare a PDF with it.
/// Nothing of the parties (debtor, creditor, addressee) nor of the act's text. One self-contained page in the
/// control page's style: inline style, no script, nothing fetched from elsewhere.
/// </summary>
internal static class VerificationPage
{
    /// <summary>The strict content policy of the page: its own inline style, forms posted to itself.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private const string Style =
        "body{font:15px/1.4 'Liberation Sans',Arial,sans-serif;margin:1.5rem auto;max-width:48rem;padding:0 1rem;color:#1b1b1b}"
        + "header{display:flex;justify-content:space-between;align-items:baseline;gap:1rem;flex-wrap:wrap}"
        + "h1{font-size:1.4rem;margin:0}h2{font-size:1.1rem;margin:1.5rem 0 .5rem}.subtitle{color:#555;margin:.2rem 0 1rem}"
        + "nav a{margin-left:.75rem}nav a[aria-current]{font-weight:bold;text-decoration:none;color:inherit}"
        + "form{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end;background:#f4f6f8;padding:.75rem;border-radius:4px}"
        + "label{display:flex;flex-direction:column;font-size:.85rem;gap:.2rem}input{font:inherit;padding:.25rem .4rem}"
        + "button{font:inherit;padding:.35rem .9rem}table{border-collapse:collapse;width:100%}"
        + "th,td{border-bottom:1px solid #d6dade;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f4f6f8;font-size:.85rem;width:40%}"
        + ".hash{font-family:'Liberation Mono',monospace;overflow-wrap:anywhere}.empty{color:#555}"
        + ".matches{color:#0a6b2b;font-weight:bold}.differs{color:#a40000;font-weight:bold}";

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>The page of an act found by its token, with the answer to a comparison where a file was posted.</summary>
    public static string Found(VerifiedAct verified, string token, VerificationPageLabels labels, Comparison? comparison = null)
    {
        ArgumentNullException.ThrowIfNull(verified);
        var act = verified.Act;
        var page = Start(labels, labels.Title, $"/verify/{Uri.EscapeDataString(token)}");
        page.Append(CultureInfo.InvariantCulture, $"<p class=\"subtitle\">{E(labels.Intro)}</p>\n<table class=\"act\">\n<tbody>\n");
        Row(page, labels.Code, E(act.VerifyToken ?? token), "hash");
        Row(page, labels.Kind, E(Capitalized(ActVocabulary.For(labels.Language).KindTitle(act.Kind))));
        Row(page, labels.Number, E(act.RegistrationNumber));
        Row(page, labels.Date, Day(act.Date));
        Row(page, labels.Office, E(act.OfficeName));
        Row(page, labels.Sha256, E(verified.PdfSha256 ?? "—"), "hash");
        page.Append("</tbody>\n</table>\n")
            .Append(CultureInfo.InvariantCulture, $"<h2>{E(labels.Signature)}</h2>\n");
        if (verified.Signature is { } signature)
        {
            page.Append("<table class=\"signature\">\n<tbody>\n");
            Row(page, labels.Signer, E(signature.SignerName));
            Row(page, labels.Position, E(signature.SignerPosition));
            Row(page, labels.SignedAt, Time(signature.SignedAt));
            Row(page, labels.Validity, E(string.Format(CultureInfo.InvariantCulture, labels.Range, Time(signature.ValidFrom), Time(signature.ValidTo))));
            page.Append("</tbody>\n</table>\n");
        }
        else
        {
            page.Append(CultureInfo.InvariantCulture, $"<p class=\"not-signed\">{E(labels.NotSigned)}</p>\n");
        }

        page.Append(CultureInfo.InvariantCulture, $"<h2>{E(labels.Compare)}</h2>\n<p>{E(labels.CompareHint)}</p>\n")
            .Append(CultureInfo.InvariantCulture, $"<form method=\"post\" enctype=\"multipart/form-data\" action=\"/verify/{E(Uri.EscapeDataString(token))}?lang={EnumNames.Of(labels.Language)}\">\n")
            .Append(CultureInfo.InvariantCulture, $"<label>{E(labels.File)}<input type=\"file\" name=\"file\" accept=\"application/pdf,.pdf\" required></label>\n")
            .Append(CultureInfo.InvariantCulture, $"<button type=\"submit\">{E(labels.CompareButton)}</button>\n</form>\n");
        switch (comparison)
        {
            case Comparison.Compared compared:
                var matches = verified.PdfSha256 is { } expected && string.Equals(expected, compared.Sha256, StringComparison.Ordinal);
                page.Append(CultureInfo.InvariantCulture, $"<p class=\"{(matches ? "matches" : "differs")}\" role=\"status\">{E(matches ? labels.Matches : labels.Differs)}</p>\n")
                    .Append(CultureInfo.InvariantCulture, $"<p>{E(labels.FileSha256)}: <span class=\"hash\">{E(compared.Sha256)}</span></p>\n");
                break;
            case Comparison.NoFile:
                page.Append(CultureInfo.InvariantCulture, $"<p class=\"differs\" role=\"status\">{E(labels.NoFile)}</p>\n");
                break;
            case Comparison.TooLarge tooLarge:
                page.Append(CultureInfo.InvariantCulture, $"<p class=\"differs\" role=\"status\">{E(string.Format(CultureInfo.InvariantCulture, labels.TooLarge, tooLarge.LimitBytes / (1024 * 1024)))}</p>\n");
                break;
        }

        return page.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>The page for a token no act has (or that cannot be one).</summary>
    public static string NotFound(string token, VerificationPageLabels labels) =>
        Start(labels, labels.NotFoundTitle, $"/verify/{Uri.EscapeDataString(token)}")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"not-found\">{E(labels.NotFound)}</p>\n</body>\n</html>\n")
            .ToString();

    private static StringBuilder Start(VerificationPageLabels labels, string title, string path)
    {
        var language = EnumNames.Of(labels.Language);
        var page = new StringBuilder(8 * 1024);
        page.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"{language}\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>{E(title)}</title>\n<style>{Style}</style>\n</head>\n<body>\n<header>\n<h1>{E(title)}</h1>\n<nav>");
        foreach (var other in new[] { VerificationPageLabels.Kazakh, VerificationPageLabels.Russian })
        {
            var code = EnumNames.Of(other.Language);
            var current = other.Language == labels.Language ? " aria-current=\"page\"" : string.Empty;
            page.Append(CultureInfo.InvariantCulture, $"<a href=\"{E(path)}?lang={code}\" hreflang=\"{code}\" lang=\"{code}\"{current}>{(other.Language == ActLanguage.Kk ? "Қазақша" : "Русский")}</a>");
        }

        return page.Append("</nav>\n</header>\n");
    }

    private static void Row(StringBuilder page, string label, string encodedValue, string? cssClass = null) =>
        page.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(label)}</th><td{(cssClass is null ? string.Empty : $" class=\"{cssClass}\"")}>{encodedValue}</td></tr>\n");

    private static string Day(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>A moment as a person in Kazakhstan reads it on the clock (UTC+5, one zone since 1 March 2024).</summary>
    private static string Time(DateTimeOffset moment) => moment.ToOffset(TimeSpan.FromHours(5)).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string E(string text) => Html.Encode(text);
}

/// <summary>What became of a file posted to compare.</summary>
internal abstract record Comparison
{
    /// <summary>The file was read: its SHA-256, lowercase hex.</summary>
    public sealed record Compared(string Sha256) : Comparison;

    /// <summary>No file came with the form.</summary>
    public sealed record NoFile : Comparison;

    /// <summary>The file was larger than the page takes.</summary>
    public sealed record TooLarge(long LimitBytes) : Comparison;
}
