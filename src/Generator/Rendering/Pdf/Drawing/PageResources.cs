using System.Collections.Concurrent;
using PdfSharp.Drawing;
using Supervision.Rendering.Pdf.Fonts;
using Supervision.Rendering.Pdf.Layout;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// The resources of one page, set up through PDFsharp so that its objects and names are PDFsharp's own:
/// each face in the order the page first draws it (its font object is made on first use in the
/// document and named /F0, /F1… on the page), the transparency state of the text fill (/GS0) and, where
/// the page has rules, of the stroke. PDFsharp is made to set each one up by drawing a character the
/// face has no glyph for and a rule; <see cref="DocumentDrawer"/> then replaces what these wrote. A file
/// written without PDFsharp (<see cref="DocumentWriter"/>) names them the same way (<see cref="Name"/>).
/// </summary>
internal sealed class PageResources
{
    private static readonly XSolidBrush Black = new(XColors.Black);
    private static readonly XStringFormat BaseLine = new() { Alignment = XStringAlignment.Near, LineAlignment = XLineAlignment.BaseLine };
    private static readonly ConcurrentDictionary<double, XPen> Pens = new();

    /// <summary>The names PDFsharp gives a page's fonts, in the order it sets them up (a page has at most four faces).</summary>
    private static readonly string[] FontNames = ["/F0", "/F1", "/F2", "/F3"];

    private readonly string?[] _fontNames = new string?[FontFaces.All.Count];

    private PageResources(string strokeState) => StrokeState = strokeState;

    /// <summary>The name of the text fill's graphics state.</summary>
    public string FillState { get; } = "/GS0";

    /// <summary>The name of the rules' graphics state.</summary>
    public string StrokeState { get; }

    /// <summary>The page's name for a face.</summary>
    public string FontName(FontFace face) =>
        _fontNames[(int)face] ?? throw new InvalidOperationException($"The page has no font resource for {face}.");

    /// <summary>The black pen of a rule's thickness, as <see cref="PageDrawer"/> draws it.</summary>
    public static XPen Pen(double thickness) => Pens.GetOrAdd(thickness, width => new XPen(XColors.Black, width));

    /// <summary>The faces the page draws, in the order it first draws them: its resources /F0, /F1… in that order.</summary>
    public IReadOnlyList<FontFace> Faces { get; private init; } = [];

    /// <summary>Whether the page draws rules (and so uses <see cref="StrokeState"/>).</summary>
    public bool HasRules { get; private init; }

    /// <summary>
    /// The page's resources named as PDFsharp names them, for a file written without PDFsharp
    /// (<see cref="DocumentWriter"/>): the same content operators then fit either file.
    /// </summary>
    public static PageResources Name(LaidOutPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var faces = FacesOf(page);
        return Named(faces, page.Rules.Count > 0);
    }

    /// <summary>Makes PDFsharp set up the page's fonts and graphics states, in the order the page uses them.</summary>
    public static PageResources Realize(XGraphics graphics, LaidOutPage page, DocumentFonts fonts)
    {
        ArgumentNullException.ThrowIfNull(graphics);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(fonts);
        var faces = FacesOf(page);
        foreach (var face in faces)
        {
            var pdfFace = PdfFace.Of(face);
            graphics.DrawString(pdfFace.Probe, pdfFace.Font, Black, 0, 0, BaseLine);
            fonts.Made(face);
        }

        if (page.Rules.Count > 0)
        {
            graphics.DrawLine(Pen(page.Rules[0].Thickness), 0, 0, 0, 0);
        }

        return Named(faces, page.Rules.Count > 0);
    }

    private static PageResources Named(List<FontFace> faces, bool hasRules)
    {
        var resources = new PageResources(faces.Count > 0 ? "/GS1" : "/GS0") { Faces = faces, HasRules = hasRules };
        for (var index = 0; index < faces.Count; index++)
        {
            resources._fontNames[(int)faces[index]] = FontNames[index];
        }

        return resources;
    }

    /// <summary>The faces of the page's non-empty runs in the order drawn: the page number first, then the lines.</summary>
    private static List<FontFace> FacesOf(LaidOutPage page)
    {
        var faces = new List<FontFace>(FontFaces.All.Count);

        void Use(LaidOutLine line)
        {
            for (var index = 0; index < line.Runs.Count; index++)
            {
                var run = line.Runs[index];
                if (run.Text.Length > 0 && !faces.Contains(run.Face))
                {
                    faces.Add(run.Face);
                }
            }
        }

        if (page.Folio is { } folio)
        {
            Use(folio);
        }

        for (var index = 0; index < page.Lines.Count; index++)
        {
            Use(page.Lines[index]);
        }

        return faces;
    }
}
