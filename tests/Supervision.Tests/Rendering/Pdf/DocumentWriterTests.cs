using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using Supervision.Document;
using Supervision.Rendering.Pdf;
using Supervision.Rendering.Pdf.Drawing;

namespace Supervision.Tests.Rendering.Pdf;

/// <summary>
/// The file written without PDFsharp's object model: its fonts say what the faces are (checked against PDFsharp's
/// own reading of the same fonts), its ToUnicode maps give back the text, and tools read it without a complaint.
/// </summary>
public sealed class DocumentWriterTests
{
    /// <summary>Every face, with letters of both languages, digits, punctuation and a no-break space.</summary>
    private static ActDocument EveryFace() => new(
        new DocumentInfo("Сынақ «құжат» & <белгі>", "Тақырып", "Автор", "kk-KZ", new DateOnly(2026, 12, 3)),
        [
            new Heading(1, [new TextRun("ҰЙҒАРЫМ", Bold: true)]),
            new Paragraph(
            [
                new TextRun("Қарапайым мәтін, 22-бап, № 5\u00A0км; "),
                new TextRun("қалың", Bold: true),
                new TextRun(" көлбеу", Italic: true),
                new TextRun(" қалың көлбеу", Bold: true, Italic: true),
                new TextRun(" — Обычный текст «ёж»."),
            ]),
        ]);

    [Fact]
    public void TheFontDescriptorsGiveEachFacesPostScriptNameAndTheMetricsPdfSharpReadsFromIt()
    {
        var document = EveryFace();
        var current = Descriptors(PdfRenderer.Render(document));
        var asBefore = Descriptors(PdfRenderer.Render(document, PdfWriting.AsBefore));

        Assert.Equal(["LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-BoldItalic", "LiberationSerif-Italic"], current.Keys.Order(StringComparer.Ordinal));
        foreach (var (face, descriptor) in current)
        {
            var theirs = asBefore[face];
            Assert.Matches(@"^/[A-Z]{6}\+LiberationSerif(-Bold|-Italic|-BoldItalic)?$", descriptor.Elements.GetName("/FontName"));
            foreach (var key in new[] { "/Ascent", "/CapHeight", "/XHeight" })
            {
                Assert.Equal(theirs.Elements.GetInteger(key), descriptor.Elements.GetInteger(key));
            }

            // PDFsharp writes the descent as a positive number; the reference puts it below the baseline.
            Assert.Equal(-theirs.Elements.GetInteger("/Descent"), descriptor.Elements.GetInteger("/Descent"));
            Assert.Equal(Box(theirs), Box(descriptor));

            var italic = face.EndsWith("Italic", StringComparison.Ordinal);
            Assert.Equal(italic, descriptor.Elements.GetReal("/ItalicAngle") < 0);
            Assert.Equal(italic ? 64 : 0, descriptor.Elements.GetInteger("/Flags") & 64);
            Assert.Equal(32, descriptor.Elements.GetInteger("/Flags") & (32 | 4));
            Assert.InRange(descriptor.Elements.GetInteger("/StemV"), face.Contains("Bold", StringComparison.Ordinal) ? 140 : 70, face.Contains("Bold", StringComparison.Ordinal) ? 200 : 110);
        }
    }

    [Fact]
    public void TheTextReadsBackAsPdfSharpsFileReadsAndQpdfFindsEveryStreamWhole()
    {
        var document = EveryFace();
        var current = PdfRenderer.Render(document);

        var (exitCode, output, error) = PopplerTools.Run("pdftotext", current, "-layout", PopplerTools.FilePlace, "-");
        Assert.Equal(0, exitCode);
        Assert.Equal(PopplerTools.Run("pdftotext", PdfRenderer.Render(document, PdfWriting.AsBefore), "-layout", PopplerTools.FilePlace, "-").Output, output);
        Assert.Contains("Қарапайым мәтін, 22-бап, №", output, StringComparison.Ordinal);
        using (var read = UglyToad.PdfPig.PdfDocument.Open(current))
        {
            // The no-break space has a glyph of its own in the font, and the map gives it back.
            Assert.Contains("5\u00A0км", string.Concat(read.GetPage(1).Letters.Select(letter => letter.Value)), StringComparison.Ordinal);
        }

        Assert.Equal(string.Empty, error);

        // qpdf decodes every stream; PDFsharp's own ToUnicode maps lacked their zlib end (exit code 3, warnings).
        var check = PopplerTools.Run("qpdf", current, "--check");
        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        Assert.Equal(string.Empty, check.Error.Trim());
    }

    [Fact]
    public void GlyphIdsWhoseBytesAreStringDelimitersOrLineEndsAreEscapedAndReadBack()
    {
        // In Liberation Serif "E", "F", "y", "*" and "'" are glyphs 0x28, 0x29, 0x5C, 0x0D and 0x0A: "(", ")", "\", CR and LF.
        const string text = "EFy*' Ey*F'E";
        var face = PdfFace.Of(Supervision.Rendering.Pdf.Fonts.FontFace.Regular);
        Assert.Equal(new ushort[] { 0x28, 0x29, 0x5C, 0x0D, 0x0A }, "EFy*'".Select(c => face.Glyph(c)));

        var document = new ActDocument(
            new DocumentInfo("Escapes", "Escapes", "Author", "ru-RU", new DateOnly(2026, 12, 3)),
            [new Paragraph([new TextRun(text + " " + string.Concat(Enumerable.Repeat("EFy*'", 10)))])]);
        var file = PdfRenderer.Render(document);

        using var read = UglyToad.PdfPig.PdfDocument.Open(file);
        var letters = string.Concat(read.GetPage(1).Letters.Select(letter => letter.Value));
        Assert.StartsWith(text.Replace(" ", string.Empty, StringComparison.Ordinal), letters.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(string.Concat(Enumerable.Repeat("EFy*'", 10)), letters, StringComparison.Ordinal);
        Assert.Equal(
            PopplerTools.Run("pdftotext", PdfRenderer.Render(document, PdfWriting.AsBefore), PopplerTools.FilePlace, "-").Output,
            PopplerTools.Run("pdftotext", file, PopplerTools.FilePlace, "-").Output);
    }

    [Fact]
    public void TheDocumentInformationAndMetadataCarryTheActsTitleEscaped()
    {
        var file = PdfRenderer.Render(EveryFace());
        var info = PopplerTools.Run("pdfinfo", file).Output;
        Assert.Contains("Title:           Сынақ «құжат» & <белгі>", info, StringComparison.Ordinal);
        Assert.Contains("Producer:        Supervision", info, StringComparison.Ordinal);

        var metadata = PopplerTools.Run("pdfinfo", file, "-meta").Output;
        Assert.Contains("<rdf:li xml:lang=\"x-default\">Сынақ «құжат» &amp; &lt;белгі&gt;</rdf:li>", metadata, StringComparison.Ordinal);
        Assert.Contains("<xmp:CreateDate>2026-12-03T00:00:00Z</xmp:CreateDate>", metadata, StringComparison.Ordinal);
        System.Xml.Linq.XDocument.Parse(metadata[metadata.IndexOf("<x:xmpmeta", StringComparison.Ordinal)..(metadata.IndexOf("</x:xmpmeta>", StringComparison.Ordinal) + 12)]);
    }

    [Fact]
    public void AToUnicodeMapGivesTheCharacterDrawnFirstForASharedGlyphAndAPairBeyondTheFirstPlane()
    {
        using var output = new ContentBuffer(1024);
        ushort[] glyphs = [3, 900, 0x3C1];
        ToUnicodeMap.Write(output, glyphs, ToUnicodeMap.Resolve(glyphs, [0x20, 0xA0, 0x1F600, 0x410], [3, 3, 900, 0x3C1]));
        var map = System.Text.Encoding.ASCII.GetString(output.Written);

        Assert.Contains("3 beginbfchar\n<0003> <0020>\n<0384> <D83DDE00>\n<03C1> <0410>\nendbfchar\n", map, StringComparison.Ordinal);
    }

    [Fact]
    public void AToUnicodeMapHasAtMostAHundredMappingsToABlock()
    {
        using var output = new ContentBuffer(8 * 1024);
        var codePoints = Enumerable.Range(0x410, 250).ToList();
        ToUnicodeMap.Write(output, [.. codePoints.Select(codePoint => (ushort)(codePoint - 0x100))], [.. codePoints]);
        var map = System.Text.Encoding.ASCII.GetString(output.Written);

        Assert.Equal(["100", "100", "50"], System.Text.RegularExpressions.Regex.Matches(map, @"(\d+) beginbfchar").Select(match => match.Groups[1].Value));
        var blocks = System.Text.RegularExpressions.Regex.Matches(map, @"beginbfchar\n(.*?)endbfchar", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.Equal(250, blocks.Sum(block => System.Text.RegularExpressions.Regex.Count(block.Groups[1].Value, @"^<[0-9A-F]{4}> <[0-9A-F]{4}>$", System.Text.RegularExpressions.RegexOptions.Multiline)));
    }

    private static int[] Box(PdfDictionary descriptor) =>
        [.. descriptor.Elements.GetArray("/FontBBox")!.Elements.Select(item => ((PdfInteger)item).Value)];

    /// <summary>Each font descriptor of a file, by face (<see cref="FontNames.Face"/>).</summary>
    private static Dictionary<string, PdfDictionary> Descriptors(byte[] file)
    {
        var pdf = PdfReader.Open(new MemoryStream(file), PdfDocumentOpenMode.Import);
        var descriptors = new Dictionary<string, PdfDictionary>(StringComparer.Ordinal);
        foreach (var item in pdf.Internals.GetAllObjects())
        {
            if (item is PdfDictionary dictionary && dictionary.Elements.GetName("/Type") == "/FontDescriptor")
            {
                descriptors[FontNames.Face(dictionary.Elements.GetName("/FontName"))] = dictionary;
            }
        }

        return descriptors;
    }
}
