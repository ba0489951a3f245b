using System.Globalization;
using System.Text;
using Supervision.Document;
using Supervision.Rendering.Qr;

namespace Supervision.Rendering.Html;

/// <summary>
/// The verification mark as a flex row: the QR code as an inline SVG (one path of the dark modules' runs, in
/// module units, quiet zone included, on white), and beside it the token, the address and, on a signed act,
/// the e-document sentence and the signer, in small type. Inline SVG needs nothing the stored act's strict
/// content policy forbids.
/// </summary>
internal static class VerificationMarkRenderer
{
    public static void Write(HtmlWriter html, VerificationMark mark)
    {
        var lines = VerificationWording.Lines(mark, html.Culture);
        html.Open("div", HtmlClasses.Verification);
        var symbol = QrSymbol.Of(mark.Url);
        var size = symbol.Size.ToString(CultureInfo.InvariantCulture);
        html.StartTag("svg");
        html.Classes(HtmlClasses.VerificationCode);
        html.Attribute("xmlns", "http://www.w3.org/2000/svg");
        html.Attribute("viewBox", $"0 0 {size} {size}");
        html.Attribute("shape-rendering", "crispEdges");
        html.Attribute("role", "img");
        html.Attribute("aria-label", lines[1]);
        html.EndStartTag();
        html.Raw($"<rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/>");
        html.StartTag("path");
        html.Attribute("fill", "#000");
        html.Attribute("d", Path(symbol));
        html.Raw("/>");
        html.Close("svg");
        html.Open("div");
        foreach (var line in lines)
        {
            html.Open("p");
            html.Text(line);
            html.Close("p");
        }

        html.Close("div");
        html.Close("div");
    }

    /// <summary>The dark modules as one path: a closed rectangle per run ("M x y h w v h h -w z").</summary>
    private static string Path(QrSymbol symbol)
    {
        var path = new StringBuilder();
        foreach (var (column, row, width, height) in symbol.Rectangles())
        {
            path.Append(CultureInfo.InvariantCulture, $"M{column} {row}h{width}v{height}h-{width}z");
        }

        return path.ToString();
    }
}
