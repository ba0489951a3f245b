using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Supervision.Rendering.Html;

/// <summary>
/// Writes HTML for the block renderers: tag names and class names are the renderers' own constants and go
/// out as they are; every text and attribute value from the document is HTML-encoded, so that no text of
/// an act can ever become markup. Lines end in "\n" whatever the platform, so the output is the same
/// everywhere.
/// </summary>
internal sealed class HtmlWriter(TextWriter output)
{
    // Every script passes as itself (Kazakh and Russian stay readable in the source); the encoder still
    // escapes the markup characters &lt; &gt; &amp; " ' and characters HTML cannot carry as they are.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The document's language ("kk-KZ", "ru-RU"): which wording the verification mark prints.</summary>
    public string Culture { get; init; } = "kk-KZ";

    /// <summary>Writes markup the renderer wrote itself, unencoded.</summary>
    public void Raw(string markup) => output.Write(markup);

    /// <summary>Ends a line of the HTML source.</summary>
    public void NewLine() => output.Write('\n');

    /// <summary>Writes <c>&lt;tag class="..."&gt;</c>.</summary>
    public void Open(string tag, string? cssClass = null)
    {
        StartTag(tag);
        Classes(cssClass);
        EndStartTag();
    }

    /// <summary>Writes <c>&lt;tag</c>, to be followed by attributes and <see cref="EndStartTag"/>.</summary>
    public void StartTag(string tag)
    {
        output.Write('<');
        output.Write(tag);
    }

    /// <summary>Writes a class attribute of the given names, skipping nulls; nothing when all are null.</summary>
    public void Classes(params ReadOnlySpan<string?> names)
    {
        var first = true;
        foreach (var name in names)
        {
            if (name is null)
            {
                continue;
            }

            output.Write(first ? " class=\"" : " ");
            output.Write(name);
            first = false;
        }

        if (!first)
        {
            output.Write('"');
        }
    }

    /// <summary>Writes an attribute with its value encoded.</summary>
    public void Attribute(string name, string value)
    {
        output.Write(' ');
        output.Write(name);
        output.Write("=\"");
        Encoder.Encode(output, value);
        output.Write('"');
    }

    /// <summary>Writes the <c>&gt;</c> that ends a start tag.</summary>
    public void EndStartTag() => output.Write('>');

    /// <summary>Writes <c>&lt;/tag&gt;</c>.</summary>
    public void Close(string tag)
    {
        output.Write("</");
        output.Write(tag);
        output.Write('>');
    }

    /// <summary>Writes a void element such as <c>&lt;br&gt;</c>.</summary>
    public void Void(string tag)
    {
        output.Write('<');
        output.Write(tag);
        output.Write('>');
    }

    /// <summary>Writes text, encoded.</summary>
    public void Text(string text) => Encoder.Encode(output, text);

    /// <summary>Writes a part of a text, encoded.</summary>
    public void Text(string text, int start, int length) => Encoder.Encode(output, text, start, length);

    /// <summary>Starts a sheet of paper: the white A4 page the blocks stand on.</summary>
    public void BeginSheet()
    {
        Open("div", HtmlClasses.Sheet);
        NewLine();
    }

    /// <summary>Ends the current sheet.</summary>
    public void EndSheet()
    {
        Close("div");
        NewLine();
    }
}
