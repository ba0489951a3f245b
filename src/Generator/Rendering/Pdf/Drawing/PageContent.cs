using PdfSharp.Drawing;
using Supervision.Rendering.Pdf.Layout;
using Supervision.Rendering.Pdf.Structure;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// Writes the operators of a laid-out page as PDFsharp 6.2's <c>XGraphicsPdfRenderer</c> writes them for
/// <see cref="PageDrawer"/>'s calls (<c>DrawString</c> at a baseline in black, <c>DrawLine</c> with a black
/// pen), character for character, without its cost: no event objects, boxed numbers, format strings or
/// intermediate strings per word. The text's glyphs are recorded in <see cref="DocumentFonts"/> for the font
/// subsets. What PDFsharp appends itself when the graphics object is disposed (the closing <c>ET</c> and
/// <c>Q</c>s) is not written here; see <see cref="DocumentDrawer"/>.
/// </summary>
/// <remarks>
/// The operators, as PDFsharp writes them: the first drawing opens two graphics states (<c>q</c>, page
/// space and world space); text is drawn inside <c>BT</c> with the fill colour and its transparency state
/// set once, <c>Tf</c> when the face or size changes, then per string <c>dx dy Td</c> (relative to the last
/// text position, y measured up from the bottom edge) and the glyph ids as a hex string; a line ends the
/// text object (<c>ET</c>), sets the pen's width, cap, join, dash and transparency state the first time,
/// then <c>m</c>, <c>l</c>, <c>S</c>. Numbers have up to four decimals (three for widths and sizes).
/// The equality with PDFsharp's own output is pinned by the drawing tests.
/// <para>
/// Given a <see cref="StructureTree"/>, the page is tagged as well: each line's text is a marked-content
/// sequence of its structure element (<c>/P &lt;&lt;/MCID n&gt;&gt; BDC … EMC</c>, the id recorded in
/// the tree), opened inside the text object before the first string of the element and closed before the
/// next element's or at the end of the text; consecutive lines of one element share one sequence. A list
/// item's number is its label's sequence, the rest of the line its body's: the string is cut in two
/// <c>Tj</c>s there, which draws the same glyphs at the same places. The page number and a table
/// header repeated on a later page are pagination artifacts, the table's rules one layout artifact after
/// the text. A line that goes on in the next line of its element ends in a space (drawn, as the spaces
/// between the words of a justified line are, only to be read), so that the element's text has its words
/// apart. Without a tree the operators are PDFsharp's, character for character.
/// </para>
/// </remarks>
internal sealed class PageContent
{
    /// <summary>Decimals of a position, as PDFsharp writes them.</summary>
    private const int Coordinates = 4;
    /// <summary>Decimals of a size, a line width or a colour.</summary>
    private const int Widths = 3;

    private readonly ContentBuffer _out;
    private readonly double _pageHeight;
    private readonly PageResources _resources;
    private readonly DocumentFonts _glyphs;
    private readonly StructureTree? _structure;
    private readonly int _pageIndex;

    /// <summary>Whether glyph ids are written as binary strings (see <see cref="Glyphs"/>).</summary>
    private bool _literal;

    private int _level;
    private bool _inText;
    private bool _fillRealized;
    private string _fontName = string.Empty;
    private double _fontSize;
    private double _textX;
    private double _textY;

    private double _lineWidth = -1;
    private int _lineCap = -1;
    private int _lineJoin = -1;
    private double _miterLimit = -1;
    private XDashStyle _dashStyle = (XDashStyle)(-1);
    private XColor _strokeColor = XColor.Empty;
    private bool _strokeOverprint;

    /// <summary>The open marked-content sequence: a structure element or an artifact's opening operator; none outside one.</summary>
    private object? _open;

    private PageContent(ContentBuffer output, double pageHeight, PageResources resources, DocumentFonts glyphs, StructureTree? structure, int pageIndex)
    {
        _out = output;
        _pageHeight = pageHeight;
        _resources = resources;
        _glyphs = glyphs;
        _structure = structure;
        _pageIndex = pageIndex;
    }

    /// <summary>
    /// Appends the page's operators to <paramref name="output"/>: the page number, the lines, the rules, in
    /// <see cref="PageDrawer"/>'s order; tagged with the elements of <paramref name="structure"/> where one is given;
    /// and, where <paramref name="ownFile"/> (a file written without PDFsharp), what PDFsharp appends when its graphics
    /// object closes (the end of an open text object and a <c>Q</c> for each state saved), and the glyph ids as binary
    /// strings rather than hex (see <see cref="Glyphs"/>).
    /// </summary>
    public static void Write(ContentBuffer output, LaidOutPage page, double pageHeight, PageResources resources, DocumentFonts glyphs, StructureTree? structure = null, bool ownFile = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(page);
        var content = new PageContent(output, pageHeight, resources, glyphs, structure, page.Number - 1) { _literal = ownFile };
        if (page.Folio is { } folio)
        {
            content.Line(folio);
        }

        for (var index = 0; index < page.Lines.Count; index++)
        {
            content.Line(page.Lines[index]);
        }

        for (var index = 0; index < page.Rules.Count; index++)
        {
            content.Rule(page.Rules[index]);
        }

        content.Close();
        BoxContent.Write(output, page.Boxes, pageHeight, content._inText, content.FigureOf(page.Boxes));
        if (ownFile)
        {
            content.EndText();
            for (; content._level > 0; content._level--)
            {
                output.Append("Q\n"u8);
            }
        }
    }

    /// <summary>The bytes a page's operators take, roughly: to size the buffer once.</summary>
    public static int EstimateLength(LaidOutPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var length = 64 + (page.Rules.Count * 64);
        for (var line = 0; line < page.Lines.Count; line++)
        {
            length += 24;
            var runs = page.Lines[line].Runs;
            for (var run = 0; run < runs.Count; run++)
            {
                length += 48 + (runs[run].Text.Length * 4) + (runs[run].Text.Length / 24);
            }
        }

        return length + 64 + BoxContent.EstimateLength(page.Boxes);
    }

    private void Line(LaidOutLine line)
    {
        var mark = MarkOf(line);
        var label = mark is StructureElement ? line.Role.Label : 0;
        for (var index = 0; index < line.Runs.Count; index++)
        {
            var run = line.Runs[index];
            if (label > 0 && run.Text.Length > 0)
            {
                var length = Math.Min(label, run.Text.Length);
                label -= length;
                Text(run, line.Baseline, mark, _structure!.LabelOf(line.Role), length);
            }
            else
            {
                Text(run, line.Baseline, mark);
            }
        }

        if (mark is StructureElement && !line.Role.IsLast && line.Runs.Count > 0 && OpenEnded(line.Runs[^1].Text))
        {
            // The words on either side of a line's end are read as one unless a space stands between.
            Glyphs(" ", 0, 1, line.Runs[^1].Face);
            _out.Append(" Tj\n"u8);
        }
    }

    /// <summary>Whether a text ends in neither a space nor a hyphen: a line ending so needs a space for a reader to part it from the next.</summary>
    private static bool OpenEnded(string text) =>
        text.Length > 0 && !char.IsWhiteSpace(text[^1]) && text[^1] is not ('-' or '\u2010');

    /// <summary>What a line's text is marked as: its structure element, or a pagination artifact; nothing when the page is not tagged.</summary>
    private object? MarkOf(LaidOutLine line) =>
        _structure is null ? null
        : line.Role.Kind == LineKind.Folio ? MarkedContent.PageNumber
        : line.Repeated ? MarkedContent.Repeated
        : _structure.ElementOf(line.Role);

    /// <summary>
    /// Draws a run; the first <paramref name="labelLength"/> characters, where given, as the sequence of
    /// <paramref name="label"/> and the rest as <paramref name="mark"/>'s.
    /// </summary>
    private void Text(GlyphRun run, double baseline, object? mark, StructureElement? label = null, int labelLength = 0)
    {
        if (run.Text.Length == 0)
        {
            return;
        }

        OpenGraphics();
        if (!_inText)
        {
            _out.Append("BT\n"u8);
            _inText = true;
            _textX = 0;
            _textY = 0;
        }

        if (!_fillRealized)
        {
            _out.Append("0 0 0 rg\n"u8).Append(_resources.FillState).Append(" gs\n"u8);
            _fillRealized = true;
        }

        var fontName = _resources.FontName(run.Face);
        if (!string.Equals(fontName, _fontName, StringComparison.Ordinal) || _fontSize != run.Size)
        {
            _out.Append(fontName).Append((byte)' ');
            Number(run.Size, Widths);
            _out.Append(" Tf\n"u8);
            _fontName = fontName;
            _fontSize = run.Size;
        }

        Open(labelLength > 0 ? label : mark);
        var x = run.X;
        var y = _pageHeight - baseline;
        Number(x - _textX, Coordinates);
        _out.Append((byte)' ');
        Number(y - _textY, Coordinates);
        _out.Append(" Td\n"u8);
        _textX = x;
        _textY = y;
        if (labelLength > 0)
        {
            // The string goes on from where the label's ended: Tj moves the text position, not the line's.
            Glyphs(run.Text, 0, labelLength, run.Face);
            _out.Append(" Tj\n"u8);
            if (labelLength == run.Text.Length)
            {
                return;
            }

            Open(mark);
        }

        Glyphs(run.Text, labelLength, run.Text.Length, run.Face);
        _out.Append(" Tj\n"u8);
    }

    /// <summary>
    /// The glyph ids of the characters from <paramref name="start"/> to <paramref name="end"/> as a string: as PDFsharp
    /// writes them, two-byte hex with a line break after every 24 glyphs but the first; in a file written without
    /// PDFsharp, a literal string of two bytes a glyph (7.3.4.2), half the bytes of hex, so that a page's operators
    /// deflate in some two thirds of the time and to fewer bytes.
    /// </summary>
    private void Glyphs(string text, int start, int end, Fonts.FontFace face)
    {
        var pdfFace = PdfFace.Of(face);

        // Four bytes a character at most (four hex digits, or two bytes each escaped; a pair of surrogates is one
        // glyph), a line break every 24 glyphs, the brackets.
        var room = _out.Reserve(((end - start) * 4) + ((end - start) / 24) + 2);
        var at = 0;
        room[at++] = _literal ? (byte)'(' : (byte)'<';
        var count = 0;
        var index = start;
        while (index < end)
        {
            var codePoint = CodePoints.Next(text, ref index);
            var glyph = pdfFace.Glyph(codePoint);
            _glyphs.Add(face, codePoint, glyph);
            at = _literal ? LiteralGlyph(room, at, glyph, count) : HexGlyph(room, at, glyph, count);
            count++;
        }

        room[at++] = _literal ? (byte)')' : (byte)'>';
        _out.Advance(at);
    }

    /// <summary>A glyph id in hex, and a line break after it where PDFsharp writes one.</summary>
    private static int HexGlyph(Span<byte> room, int at, ushort glyph, int count)
    {
        PdfSyntax.Hex(room[at..], glyph);
        at += 4;
        if (count != 0 && count % 24 == 0)
        {
            room[at++] = (byte)'\n';
        }

        return at;
    }

    /// <summary>
    /// A glyph id as two bytes of a literal string, a byte that is a delimiter ("(", ")", "\\") escaped, and so CR
    /// and LF, which a reader would otherwise read as one line end; after every 48 glyphs a backslash and a line end
    /// before it, which a reader leaves out, keep the lines short.
    /// </summary>
    private static int LiteralGlyph(Span<byte> room, int at, ushort glyph, int count)
    {
        if (count != 0 && count % 48 == 0)
        {
            room[at++] = (byte)'\\';
            room[at++] = (byte)'\n';
        }

        at = Escaped(room, at, (byte)(glyph >> 8));
        return Escaped(room, at, (byte)glyph);
    }

    private static int Escaped(Span<byte> room, int at, byte value)
    {
        switch (value)
        {
            case (byte)'(' or (byte)')' or (byte)'\\':
                room[at] = (byte)'\\';
                room[at + 1] = value;
                return at + 2;
            case (byte)'\r':
                room[at] = (byte)'\\';
                room[at + 1] = (byte)'r';
                return at + 2;
            case (byte)'\n':
                room[at] = (byte)'\\';
                room[at + 1] = (byte)'n';
                return at + 2;
            default:
                room[at] = value;
                return at + 1;
        }
    }

    private void Rule(Rule rule)
    {
        var pen = PageResources.Pen(rule.Thickness);
        if (_structure is not null && !ReferenceEquals(_open, MarkedContent.Rules))
        {
            // The text's last sequence ends inside its text object.
            Close();
        }

        if (_level == 0)
        {
            SaveState();
        }

        EndText();
        if (_level == 1)
        {
            SaveState();
        }

        if (_structure is not null)
        {
            Open(MarkedContent.Rules);
        }

        RealizePen(pen);
        Number(rule.X1, Coordinates);
        _out.Append((byte)' ');
        Number(_pageHeight - rule.Y1, Coordinates);
        _out.Append(" m\n"u8);
        Number(rule.X2, Coordinates);
        _out.Append((byte)' ');
        Number(_pageHeight - rule.Y2, Coordinates);
        _out.Append(" l\nS\n"u8);
    }

    /// <summary>PDFsharp's <c>RealizePen</c> for a solid pen in RGB.</summary>
    private void RealizePen(XPen pen)
    {
        if (_lineWidth != pen.Width)
        {
            Number(pen.Width, Widths);
            _out.Append(" w\n"u8);
            _lineWidth = pen.Width;
        }

        if (_lineCap != (int)pen.LineCap)
        {
            _out.Append((int)pen.LineCap).Append(" J\n"u8);
            _lineCap = (int)pen.LineCap;
        }

        if (_lineJoin != (int)pen.LineJoin)
        {
            _out.Append((int)pen.LineJoin).Append(" j\n"u8);
            _lineJoin = (int)pen.LineJoin;
        }

        if (_lineCap == 0 && _miterLimit != (int)pen.MiterLimit && (int)pen.MiterLimit != 0)
        {
            _out.Append((int)pen.MiterLimit).Append(" M\n"u8);
            _miterLimit = (int)pen.MiterLimit;
        }

        if (_dashStyle != pen.DashStyle)
        {
            if (pen.DashStyle != XDashStyle.Solid && pen.Width != 0)
            {
                throw new NotSupportedException("Only solid rules are drawn.");
            }

            _out.Append("[]0 d\n"u8);
            _dashStyle = XDashStyle.Solid;
        }

        var color = pen.Color;
        if (Rgb(_strokeColor) != Rgb(color))
        {
            Number(color.R / 255.0, Widths);
            _out.Append((byte)' ');
            Number(color.G / 255.0, Widths);
            _out.Append((byte)' ');
            Number(color.B / 255.0, Widths);
            _out.Append(" RG\n"u8);
        }

        if (_strokeColor.A != color.A || _strokeOverprint != pen.Overprint)
        {
            _out.Append(_resources.StrokeState).Append(" gs\n"u8);
        }

        _strokeColor = color;
        _strokeOverprint = pen.Overprint;
    }

    /// <summary>The first drawing opens the page's graphics state and the world's (PDFsharp's <c>BeginPage</c> and <c>RealizeTransform</c>).</summary>
    private void OpenGraphics()
    {
        if (_level == 0)
        {
            SaveState();
        }

        if (_level == 1)
        {
            EndText();
            SaveState();
        }
    }

    private void SaveState()
    {
        _out.Append("q\n"u8);
        _level++;
    }

    private void EndText()
    {
        if (_inText)
        {
            _out.Append("ET\n"u8);
            _inText = false;
        }
    }

    /// <summary>Opens the sequence of an element or artifact, closing the one open, unless it is the one open.</summary>
    private void Open(object? mark)
    {
        if (mark is null || ReferenceEquals(mark, _open))
        {
            return;
        }

        Close();
        if (mark is StructureElement element)
        {
            var id = _structure!.Mark(element, _pageIndex);
            _out.Append((byte)'/').Append(element.Type).Append(" <</MCID "u8).Append(id).Append(">> BDC\n"u8);
        }
        else
        {
            _out.Append((byte[])mark);
        }

        _open = mark;
    }

    /// <summary>The operator opening the marked-content sequence of the figure the boxes draw (the QR code), or none when the page is not tagged.</summary>
    private byte[]? FigureOf(IReadOnlyList<Box> boxes)
    {
        if (_structure is null || boxes.Count == 0)
        {
            return null;
        }

        var figure = _structure.ElementOf(new LineRole(LineKind.Verification, boxes[0].Block, 0, 0, 1));
        var id = _structure.Mark(figure, _pageIndex);
        return System.Text.Encoding.ASCII.GetBytes($"/{figure.Type} <</MCID {id.ToString(System.Globalization.CultureInfo.InvariantCulture)}>> BDC\n");
    }

    private void Close()
    {
        if (_open is not null)
        {
            _out.Append("EMC\n"u8);
            _open = null;
        }
    }

    private void Number(double value, int decimals) => _out.Append(value, decimals);

    private static int Rgb(XColor color) => (color.R << 16) | (color.G << 8) | color.B;
}
