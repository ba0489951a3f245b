using Supervision.Acts;
using Supervision.Composition;
using Supervision.Document;
using Supervision.Rendering.Pdf;
using Supervision.Rendering.Pdf.Drawing;
using Supervision.Rendering.Pdf.Fonts;
using Supervision.Rendering.Pdf.Layout;
using Supervision.Tests.Templates;

namespace Supervision.Tests.Rendering.Pdf;

/// <summary>
/// The renderer writes each page's operators itself and reuses the font programs of earlier files; the
/// file must be, byte for byte, the one PDFsharp makes when the pages are drawn through its graphics
/// object (<see cref="PageDrawer"/>) and every font cut anew. A PDFsharp upgrade that changes what it
/// writes fails here. The act's file is the same drawing, tagged (see <see cref="TaggedPdfTests"/>).
/// </summary>
public sealed class DrawingTests
{
    public static TheoryData<string, ActLanguage, string> Examples() => GoldenTextTests.Cases();

    /// <summary>The file drawn by PDFsharp, then written twice (the second time with the font programs kept from the first).</summary>
    private static void AssertWrittenAsDrawn(ActDocument document)
    {
        var pages = PdfRenderer.Lay(document);
        var drawn = DocumentDrawer.Write(pages, document.Info, PageGeometry.Official, writeContent: false);
        Assert.Equal(drawn, DocumentDrawer.Write(pages, document.Info, PageGeometry.Official, writeContent: true));
        Assert.Equal(drawn, DocumentDrawer.Write(pages, document.Info, PageGeometry.Official, writeContent: true));
        AssertDrawsTheSame(drawn, PdfRenderer.Render(document));
    }

    /// <summary>
    /// The act's file is tagged: its pages draw the same glyphs in the same faces and sizes at the same
    /// places as the untagged file; what tagging adds is read, not seen (marks, a space at a line's end).
    /// </summary>
    private static void AssertDrawsTheSame(byte[] untagged, byte[] tagged)
    {
        static List<string> Drawn(byte[] file)
        {
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(file);
            return [.. pdf.GetPages().SelectMany(page => page.Letters
                .Where(letter => !string.IsNullOrWhiteSpace(letter.Value))
                .Select(letter => FormattableString.Invariant($"{page.Number} {letter.Value} {FontNames.Face(letter.FontName)} {letter.PointSize:0.###} {letter.StartBaseLine.X:0.###} {letter.StartBaseLine.Y:0.###}")))];
        }

        Assert.NotEqual(untagged, tagged);
        Assert.Equal(Drawn(untagged), Drawn(tagged));
    }

    [Fact]
    public void TheSampleActsAreWrittenAsPdfSharpDrawsThem()
    {
        AssertWrittenAsDrawn(SampleActs.KazakhInstruction());
        AssertWrittenAsDrawn(SampleActs.RussianConclusion());
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryExampleIsWrittenAsPdfSharpDrawsIt(string example, ActLanguage language, string variant) =>
        AssertWrittenAsDrawn(ActComposer.Default.Compose(ExampleActs.Load(example, language), variant));

    [Fact]
    public void EveryFaceAndOddTextIsWrittenAsPdfSharpDrawsIt()
    {
        // Italics, characters the font lacks (CJK, an emoji as a surrogate pair, lone surrogates, U+FFFF),
        // a combining accent, tabs and runs of spaces, hyphens, an empty run, a word wider than the line,
        // PDF string delimiters, small type, every alignment, a table over pages, a page break.
        Inline[] odd =
        [
            new TextRun("Курсив: "), new TextRun("көлбеу мәтін", Italic: true), new TextRun(" және ", Bold: true), new TextRun("қалың көлбеу", Bold: true, Italic: true),
            new TextRun(" 中文 😀 \uD800 x\uDC00 \uFFFF é\u0301 a\tb   c 22-бабы (скобки) \\ <> № 5\u00A0км "),
            new TextRun(string.Empty),
            LineBreak.Instance,
            new TextRun(new string('Ж', 120)),
        ];
        var rows = Enumerable.Range(0, 40).Select(row => new TableRow(
        [
            new TableCell([new TextRun($"{row + 1}.", Bold: row == 0)], Alignment.Right),
            new TableCell([new TextRun("Әрекет " + new string('ы', row % 7), Italic: row % 3 == 0)]),
            new TableCell([new TextRun("Нәтижесі")], Alignment.Center),
        ])).ToList();
        var document = new ActDocument(
            new DocumentInfo("Сынақ «құжат»", "Тақырып", "Автор", "kk-KZ", new DateOnly(2025, 11, 4)),
            [
                new Heading(1, odd),
                new Paragraph(odd),
                new Paragraph(odd, Alignment.Right, FirstLineIndent: false, Small: true),
                new Paragraph(odd, Alignment.Center),
                new Table(rows, HasHeader: true),
                new PageBreak(),
                new ListBlock(true, 1, [odd, odd]),
                new SignatureBlock([[new TextRun("Прокурор", Italic: true)]], [new TextRun("А. Б. Әбенов")]),
            ]);

        AssertWrittenAsDrawn(document);
    }

    [Fact]
    public void CharactersGoToTheSubsetInTheOrderFirstDrawnAndGlyphsInAscendingOrder()
    {
        // Where two characters share a glyph (a space and a no-break space in Times New Roman), the
        // ToUnicode map PDFsharp writes gives back the one it was handed last: the order must be PDFsharp's.
        var fonts = new DocumentFonts();
        fonts.Made(FontFace.Bold);
        fonts.Made(FontFace.Regular);
        fonts.Made(FontFace.Bold);
        fonts.Add(FontFace.Regular, 'б', 20);
        fonts.Add(FontFace.Regular, 'а', 10);
        fonts.Add(FontFace.Regular, 0xA0, 3);
        fonts.Add(FontFace.Regular, 'б', 20);
        fonts.Add(FontFace.Regular, ' ', 3);
        fonts.Add(FontFace.Regular, 0xFFFF, 0);

        Assert.Equal([FontFace.Bold, FontFace.Regular], fonts.Faces);
        Assert.Equal(['б', 'а', 0xA0, ' '], fonts.Drawn(FontFace.Regular));
        Assert.Equal([(ushort)3, (ushort)10, (ushort)20], fonts.Glyphs(FontFace.Regular));
        Assert.Empty(fonts.Drawn(FontFace.Italic));
        Assert.Empty(fonts.Glyphs(FontFace.Bold));
    }

    [Fact]
    public void AFileWithoutTextIsWrittenAsPdfSharpDrawsIt()
    {
        var rows = Enumerable.Range(0, 3).Select(_ => new TableRow([new TableCell([]), new TableCell([])])).ToList();
        AssertWrittenAsDrawn(new ActDocument(
            new DocumentInfo("Бос", string.Empty, string.Empty, "ru-RU", new DateOnly(2025, 1, 1)),
            [new Table(rows, HasHeader: false)]));
    }
}
