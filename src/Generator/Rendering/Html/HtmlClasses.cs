using Supervision.Document;

namespace Supervision.Rendering.Html;

/// <summary>
/// The class names the renderers write and the stylesheet styles. Every name starts with "act" so the
/// preview can sit inside the web app without its styles and the app's touching each other.
/// </summary>
internal static class HtmlClasses
{
    /// <summary>The article: the grey desk the sheets lie on.</summary>
    public const string Act = "act";

    /// <summary>A white A4 sheet; a page break starts the next one.</summary>
    public const string Sheet = "act-sheet";

    /// <summary>The date-and-number line with the place on the right.</summary>
    public const string Requisites = "act-requisites";

    /// <summary>The addressee in the right half.</summary>
    public const string Addressee = "act-addressee";

    /// <summary>A line of the addressee's postal address, in regular weight.</summary>
    public const string Address = "act-address";

    /// <summary>A paragraph with a blank line before it (the attachments).</summary>
    public const string Gap = "act-gap";

    /// <summary>The approval stamp in the right half.</summary>
    public const string Approval = "act-approval";

    /// <summary>The signature row.</summary>
    public const string Signature = "act-signature";

    /// <summary>The position and rank lines of the signature, on the left.</summary>
    public const string SignaturePosition = "act-signature-position";

    /// <summary>The initial and surname, on the right of the last line.</summary>
    public const string SignatureName = "act-signature-name";

    /// <summary>The verification mark: the QR code and, beside it, its lines in small type.</summary>
    public const string Verification = "act-verification";

    /// <summary>The verification mark's QR code (an inline SVG).</summary>
    public const string VerificationCode = "act-verification-code";

    /// <summary>A paragraph in the small size (the executor line).</summary>
    public const string Small = "act-small";

    /// <summary>A paragraph without the first-line indent.</summary>
    public const string NoIndent = "act-no-indent";

    /// <summary>A paragraph that stays on the page of the next block.</summary>
    public const string KeepWithNext = "act-keep";

    /// <summary>The class of an alignment, or null where it is the element's own (<paramref name="usual"/>).</summary>
    public static string? Of(Alignment alignment, Alignment usual) => alignment == usual
        ? null
        : alignment switch
        {
            Alignment.Left => "act-left",
            Alignment.Center => "act-center",
            Alignment.Right => "act-right",
            _ => "act-justify",
        };
}
