using System.Globalization;
using System.Xml;
using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>
/// Writes WordprocessingML elements of the main document part to an <see cref="XmlWriter"/>: what the
/// block renderers share (paragraphs, runs, tabs, breaks) and the primitives for the rest. It carries the
/// state between blocks: the space before the current block and a pending page break, both put on the
/// next paragraph started.
/// </summary>
internal sealed class DocxWriter(XmlWriter xml)
{
    private const string W = WordNamespaces.Main;

    /// <summary>The document's language ("kk-KZ", "ru-RU"): which wording the verification mark prints.</summary>
    public string Culture { get; init; } = "kk-KZ";

    /// <summary>The XML writer itself, for the few elements outside WordprocessingML (the QR code's DrawingML picture).</summary>
    public XmlWriter Xml => xml;

    private int _pendingSpaceBefore;
    private bool _pendingPageBreak;

    /// <summary>Starts a block: its first paragraph gets the space before it.</summary>
    public void BeginBlock(in BlockContext context) => _pendingSpaceBefore = context.SpaceBefore;

    /// <summary>The next paragraph starts a new page (<c>w:pageBreakBefore</c>).</summary>
    public void BreakPageBeforeNextParagraph() => _pendingPageBreak = true;

    /// <summary>Writes a whole paragraph of inlines.</summary>
    public void Paragraph(in ParagraphFormat format, IReadOnlyList<Inline> inlines, RunFormat run = default)
    {
        StartParagraph(format);
        InlineRenderer.Write(this, inlines, run);
        EndParagraph();
    }

    /// <summary>
    /// Writes a paragraph of two parts with a tab between them, so that the second stands at the
    /// paragraph's tab stop (<see cref="ParagraphFormat.RightTab"/>): the place of the requisites, the
    /// name on the signature's last line.
    /// </summary>
    public void TabbedParagraph(in ParagraphFormat format, IReadOnlyList<Inline> left, IReadOnlyList<Inline> right)
    {
        StartParagraph(format);
        InlineRenderer.Write(this, left, default);
        Tab(default);
        InlineRenderer.Write(this, right, default);
        EndParagraph();
    }

    /// <summary>Opens <c>w:p</c> and writes its properties.</summary>
    public void StartParagraph(in ParagraphFormat format)
    {
        Start("p");
        var spaceBefore = _pendingSpaceBefore;
        var pageBreak = _pendingPageBreak;
        _pendingSpaceBefore = 0;
        _pendingPageBreak = false;
        if (format == default && spaceBefore == 0 && !pageBreak)
        {
            return;
        }

        // The order of w:pPr's children is the schema's (CT_PPrBase).
        Start("pPr");
        if (format.Style is { } style)
        {
            Value("pStyle", style);
        }

        Flag("keepNext", format.KeepNext);
        Flag("keepLines", format.KeepLines);
        Flag("pageBreakBefore", pageBreak);
        if (format.RightTab > 0)
        {
            Start("tabs");
            Start("tab");
            Attribute("val", "right");
            Attribute("pos", format.RightTab);
            End();
            End();
        }

        if (spaceBefore > 0 || format.SpaceAfter > 0)
        {
            Start("spacing");
            Attribute("before", spaceBefore);
            Attribute("after", format.SpaceAfter);
            End();
        }

        if (format.LeftIndent > 0 || format.FirstLineIndent > 0 || format.RightIndent > 0)
        {
            Start("ind");
            Attribute("left", format.LeftIndent);
            if (format.RightIndent > 0)
            {
                Attribute("right", format.RightIndent);
            }

            Attribute("firstLine", format.FirstLineIndent);
            End();
        }

        if (format.Alignment is { } alignment && alignment != Alignment.Left)
        {
            Value("jc", alignment switch
            {
                Alignment.Justify => "both",
                Alignment.Center => "center",
                Alignment.Right => "right",
                _ => throw new ArgumentOutOfRangeException(nameof(format), alignment, "Unknown alignment."),
            });
        }

        if (format.OutlineLevel is { } level)
        {
            Value("outlineLvl", level);
        }

        if (format.Small)
        {
            Start("rPr");
            Size(Twips.SmallFontSize);
            End();
        }

        End();
    }

    /// <summary>Closes <c>w:p</c>.</summary>
    public void EndParagraph() => End();

    /// <summary>
    /// Writes a run of text. Tabs and line breaks inside it become <c>w:tab</c> and <c>w:br</c>;
    /// characters XML cannot carry are dropped (<see cref="XmlText"/>).
    /// </summary>
    public void Run(string text, in RunFormat format)
    {
        text = XmlText.Clean(text);
        if (text.Length == 0)
        {
            return;
        }

        StartRun(format);
        var start = 0;
        for (var index = 0; index < text.Length; index++)
        {
            var c = text[index];
            if (c is '\t' or '\n' or '\r')
            {
                WriteText(text, start, index - start);
                if (c == '\t')
                {
                    Empty("tab");
                }
                else if (c == '\n' || index + 1 == text.Length || text[index + 1] != '\n')
                {
                    // "\r\n", "\n" and a lone "\r" are one break each.
                    Empty("br");
                }

                start = index + 1;
            }
        }

        WriteText(text, start, text.Length - start);
        End();
    }

    /// <summary>Writes a run holding a tab character (<c>w:tab</c>), in the given format.</summary>
    public void Tab(in RunFormat format)
    {
        StartRun(format);
        Empty("tab");
        End();
    }

    /// <summary>Writes a run holding a line break (<c>w:br</c>), in the given format.</summary>
    public void Break(in RunFormat format)
    {
        StartRun(format);
        Empty("br");
        End();
    }

    /// <summary>Opens a w: element.</summary>
    public void Start(string localName) => xml.WriteStartElement("w", localName, W);

    /// <summary>Closes the open element.</summary>
    public void End() => xml.WriteEndElement();

    /// <summary>Writes an empty w: element: <c>&lt;w:tab/&gt;</c>.</summary>
    public void Empty(string localName)
    {
        Start(localName);
        End();
    }

    /// <summary>Writes an empty w: element when <paramref name="on"/>: <c>&lt;w:keepNext/&gt;</c>.</summary>
    public void Flag(string localName, bool on)
    {
        if (on)
        {
            Empty(localName);
        }
    }

    /// <summary>Writes an element with a w:val: <c>&lt;w:jc w:val="both"/&gt;</c>.</summary>
    public void Value(string localName, string value)
    {
        Start(localName);
        Attribute("val", value);
        End();
    }

    /// <summary>Writes an element with a numeric w:val.</summary>
    public void Value(string localName, int value)
    {
        Start(localName);
        Attribute("val", value);
        End();
    }

    /// <summary>Writes a w: attribute on the open element.</summary>
    public void Attribute(string localName, string value) => xml.WriteAttributeString("w", localName, W, value);

    /// <summary>Writes a numeric w: attribute on the open element.</summary>
    public void Attribute(string localName, int value) => Attribute(localName, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes a width element (<c>w:tblW</c>, <c>w:tcW</c>, <c>w:left</c> of cell margins...) in twips.</summary>
    public void Width(string localName, int twips)
    {
        Start(localName);
        Attribute("w", twips);
        Attribute("type", "dxa");
        End();
    }

    /// <summary>Writes an attribute in another namespace (r:id).</summary>
    public void Attribute(string prefix, string localName, string ns, string value) => xml.WriteAttributeString(prefix, localName, ns, value);

    private void StartRun(in RunFormat format)
    {
        Start("r");
        if (format.IsPlain)
        {
            return;
        }

        // The order of w:rPr's children is the schema's (CT_RPr).
        Start("rPr");
        Flag("b", format.Bold);
        Flag("i", format.Italic);
        if (format.Small)
        {
            Size(Twips.SmallFontSize);
        }

        End();
    }

    /// <summary>Writes a run of plain text in a type size of its own (half-points).</summary>
    public void SizedRun(string text, int halfPoints)
    {
        text = XmlText.Clean(text);
        Start("r");
        Start("rPr");
        Size(halfPoints);
        End();
        WriteText(text, 0, text.Length);
        End();
    }

    private void Size(int halfPoints)
    {
        Value("sz", halfPoints);
        Value("szCs", halfPoints);
    }

    private void WriteText(string text, int start, int length)
    {
        if (length == 0)
        {
            return;
        }

        Start("t");
        xml.WriteAttributeString("xml", "space", null, "preserve");
        if (start == 0 && length == text.Length)
        {
            xml.WriteString(text);
        }
        else
        {
            xml.WriteString(text.Substring(start, length));
        }

        End();
    }
}
