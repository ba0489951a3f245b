using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;
using Supervision.Acts;
using Supervision.Composition;
using Supervision.Document;
using Supervision.Rendering.Pdf;
using Supervision.Tests.Templates;

namespace Supervision.Tests.Rendering.Pdf;

/// <summary>
/// Every PDF is a tagged PDF (issue 14, point 6): poppler calls it tagged and reads its structure tree
/// in the act's reading order, without the page numbers; the tree has the shape of the document model;
/// the catalog names the language; qpdf finds the file sound.
/// </summary>
public sealed partial class TaggedPdfTests
{
    public static TheoryData<string, ActLanguage, string> Examples() => GoldenTextTests.Cases();

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryExampleIsTaggedAndItsStructureReadsAsTheAct(string example, ActLanguage language, string variant)
    {
        var document = ActComposer.Default.Compose(ExampleActs.Load(example, language), variant);
        var pdf = PdfRenderer.Render(document);

        var (_, info, _) = PopplerTools.Run("pdfinfo", pdf);
        Assert.Matches(TaggedYes(), info);

        var (exitCode, structure, error) = PopplerTools.Run("pdfinfo", pdf, "-struct-text");
        Assert.True(exitCode == 0, error);
        var expected = Squeeze(PlainText.Of(document).Replace(" | ", string.Empty, StringComparison.Ordinal));
        Assert.Equal(expected, Squeeze(StructureText(structure)));
    }

    [Fact]
    public void TheTreeHasAnElementForEveryHeadingParagraphListItemTableCellAndRequisiteLine()
    {
        var document = Sample("kk-KZ", rows: 3);
        using var pdf = Open(PdfRenderer.Render(document));
        var root = pdf.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")!;
        Assert.Equal("/StructTreeRoot", root.Elements.GetName("/Type"));

        Assert.Equal(
            "Document(Div(P,P),Div(P,P),H1,H2,P,L(LI(Lbl,LBody),LI(Lbl,LBody)),Table(TR(TH,TH),TR(TD,TD),TR(TD,TD),TR(TD,TD)),Div(P,P))",
            Shape(root.Elements.GetDictionary("/K")!));

        var (_, structure, _) = PopplerTools.Run("pdfinfo", PdfRenderer.Render(document), "-struct-text");
        // Each element's line, then its text on the next: "Lbl (block)" / "1. ".
        Assert.Matches(new Regex("^ *Lbl[^\n]*\n *\"1\\. \"$", RegexOptions.Multiline), structure);
        Assert.Matches(new Regex("^ *LBody[^\n]*\n *\"екінші\\.\"$", RegexOptions.Multiline), structure);
        Assert.Matches(new Regex("^ *TH[^\n]*\n *\"Іс-әрекет\"$", RegexOptions.Multiline), structure);
        Assert.Matches(new Regex("^ *TD[^\n]*\n *\"2-жол\"$", RegexOptions.Multiline), structure);
    }

    [Theory]
    [InlineData("kk-KZ")]
    [InlineData("ru-RU")]
    public void TheCatalogMarksTheFileTaggedInTheActsLanguageAndEveryPageHasItsParents(string culture)
    {
        using var pdf = Open(PdfRenderer.Render(Sample(culture, rows: 60)));
        var catalog = pdf.Internals.Catalog;
        Assert.Equal(culture, catalog.Elements.GetString("/Lang"));
        Assert.True(catalog.Elements.GetDictionary("/MarkInfo")!.Elements.GetBoolean("/Marked"));
        Assert.True(catalog.Elements.GetDictionary("/ViewerPreferences")!.Elements.GetBoolean("/DisplayDocTitle"));

        var root = catalog.Elements.GetDictionary("/StructTreeRoot")!;
        Assert.True(pdf.PageCount >= 2);
        Assert.Equal(pdf.PageCount, root.Elements.GetInteger("/ParentTreeNextKey"));
        var nums = root.Elements.GetDictionary("/ParentTree")!.Elements.GetArray("/Nums")!;
        Assert.Equal(2 * pdf.PageCount, nums.Elements.Count);
        for (var page = 0; page < pdf.PageCount; page++)
        {
            Assert.Equal(page, pdf.Pages[page].Elements.GetInteger("/StructParents"));
            Assert.Equal("/S", pdf.Pages[page].Elements.GetName("/Tabs"));
            Assert.Equal(page, nums.Elements.GetInteger(2 * page));

            // Each id on the page names an element that is marked on that page with that id.
            var parents = nums.Elements.GetArray((2 * page) + 1)!;
            Assert.NotEmpty(parents.Elements);
            for (var id = 0; id < parents.Elements.Count; id++)
            {
                var element = (PdfDictionary)((PdfReference)parents.Elements[id]).Value;
                Assert.Contains((pdf.Pages[page].Reference!.ObjectNumber, id), Marks(element));
            }
        }
    }

    [Fact]
    public void ATableOverPagesIsOneElementItsRepeatedHeaderAnArtifactAndThePageNumbersArtifacts()
    {
        var pdf = PdfRenderer.Render(Sample("ru-RU", rows: 60));
        var (_, structure, _) = PopplerTools.Run("pdfinfo", pdf, "-struct-text");
        Assert.Equal(1, Regex.Count(structure, "^  Table", RegexOptions.Multiline));
        Assert.Equal(1, Regex.Count(structure, "\"Іс-әрекет\""));
        Assert.Equal(2, Regex.Count(structure, "^ *TH\\b", RegexOptions.Multiline));
        Assert.Equal(61, Regex.Count(structure, "^    TR", RegexOptions.Multiline));
        Assert.DoesNotMatch(new Regex("^\\s*\"2\"$", RegexOptions.Multiline), structure);

        // The table goes over pages as one element: its cells have marks on two pages or more.
        using var read = Open(pdf);
        var table = Descendants(read.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")!.Elements.GetDictionary("/K")!)
            .Single(element => element.Elements.GetName("/S") == "/Table");
        var pages = Descendants(table).SelectMany(Marks).Select(mark => mark.Page).Distinct().Count();
        Assert.True(pages >= 2, $"the table is marked on {pages} page(s)");
    }

    [Fact]
    public void AParagraphSplitOverPagesIsOneElementWithMarkedContentOnEachPage()
    {
        var words = string.Join(' ', Enumerable.Range(1, 900).Select(index => $"сөз{index}"));
        var document = new ActDocument(
            new DocumentInfo("Сынақ", string.Empty, string.Empty, "kk-KZ", new DateOnly(2025, 11, 4)),
            [new Paragraph([new TextRun(words)])]);
        using var pdf = Open(PdfRenderer.Render(document));
        Assert.True(pdf.PageCount >= 2);
        var paragraph = Descendants(pdf.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")!.Elements.GetDictionary("/K")!)
            .Single(element => element.Elements.GetName("/S") == "/P");
        Assert.Equal(pdf.PageCount, Marks(paragraph).Select(mark => mark.Page).Distinct().Count());
    }

    [Fact]
    public void QpdfFindsTheFileSound()
    {
        var (exitCode, output, error) = PopplerTools.Run("qpdf", PdfRenderer.Render(Sample("kk-KZ", rows: 60)), "--check");

        // Exit code 0, not 3 ("warnings"): the page contents are zlib streams with their checksums, which
        // PDFsharp's deflate left out and qpdf noted for each stream.
        Assert.True(exitCode == 0, output + error);
        Assert.Equal(string.Empty, error.Trim());
        Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryObjectIsWhereTheCrossReferenceTableSays()
    {
        // Every entry in use must point at its own "N 0 obj", and the trailer's /Size must count them all.
        var pdf = PdfRenderer.Render(Sample("ru-RU", rows: 60));
        var text = Encoding.Latin1.GetString(pdf);
        var xref = int.Parse(XrefOffset().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        var table = XrefTable().Match(text, xref);
        Assert.True(table.Success, "no classic table where startxref points");
        var size = int.Parse(table.Groups[1].Value, CultureInfo.InvariantCulture);
        var entries = table.Groups[2].Captures;
        Assert.Equal(size, entries.Count);
        Assert.Matches($@"\ntrailer\n<<[^\n]*/Size {size}\b", text[xref..]);
        for (var number = 1; number < size; number++)
        {
            var offset = int.Parse(entries[number].Value[..10], CultureInfo.InvariantCulture);
            Assert.StartsWith($"{number} 0 obj\n", text[offset..], StringComparison.Ordinal);
        }

        Assert.Equal(size - 1, ObjectHeader().Count(text));
    }

    [GeneratedRegex(@"startxref\n(\d+)\n%%EOF\n$")]
    private static partial Regex XrefOffset();

    [GeneratedRegex(@"\Gxref\n0 (\d+)\n(?:(\d{10} \d{5} [nf] \n))+trailer\n")]
    private static partial Regex XrefTable();

    [GeneratedRegex(@"(?m)^\d+ 0 obj$")]
    private static partial Regex ObjectHeader();

    /// <summary>Requisites, addressee, headings, a paragraph, a list of two items, a table with a header row, the signature.</summary>
    private static ActDocument Sample(string culture, int rows)
    {
        var table = new List<TableRow> { new([new TableCell([new TextRun("Іс-әрекет")]), new TableCell([new TextRun("Мерзімі")])]) };
        table.AddRange(Enumerable.Range(1, rows).Select(row => new TableRow([new TableCell([new TextRun($"{row}-жол")]), new TableCell([new TextRun("10 күн")])])));
        return new ActDocument(
            new DocumentInfo("Жазбаша нұсқау", "Сынақ", "Прокуратура", culture, new DateOnly(2025, 11, 4)),
            [
                new RequisitesBlock([new TextRun("2025 жылғы 4 қарашадағы № 1")], [new TextRun("Астана қ.")]),
                new AddresseeBlock([[new TextRun("Сот орындаушысына")]]) { AddressLines = [[new TextRun("Астана қ.")]] },
                new Heading(1, [new TextRun("ЖАЗБАША НҰСҚАУ")]),
                new Heading(2, [new TextRun("заңбұзушылықтарды жою туралы")]),
                new Paragraph([new TextRun("Тексеру барысында мынадай заңбұзушылықтар анықталды:")]),
                new ListBlock(true, 1, [[new TextRun("бірінші;")], [new TextRun("екінші.")]]),
                new Table(table, HasHeader: true),
                new SignatureBlock([[new TextRun("Прокурор")]], [new TextRun("А. Б. Әбенов")]),
            ]);
    }

    private static PdfDocument Open(byte[] pdf) => PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);

    /// <summary>"Type(Kid,Kid…)" of an element and its descendants.</summary>
    private static string Shape(PdfDictionary element)
    {
        var type = element.Elements.GetName("/S").TrimStart('/');
        var kids = Kids(element).ToList();
        return kids.Count == 0 ? type : $"{type}({string.Join(',', kids.Select(Shape))})";
    }

    private static IEnumerable<PdfDictionary> Descendants(PdfDictionary element) =>
        Kids(element).SelectMany(kid => Descendants(kid).Prepend(kid));

    /// <summary>The child structure elements (not marked-content references or ids).</summary>
    private static IEnumerable<PdfDictionary> Kids(PdfDictionary element) =>
        KidItems(element).OfType<PdfReference>().Select(reference => reference.Value).OfType<PdfDictionary>()
            .Where(kid => kid.Elements.ContainsKey("/S"));

    /// <summary>The element's marked-content sequences: the object number of the page and the id.</summary>
    private static IEnumerable<(int Page, int Id)> Marks(PdfDictionary element)
    {
        var page = element.Elements.GetReference("/Pg")?.ObjectNumber ?? 0;
        foreach (var item in KidItems(element))
        {
            switch (item)
            {
                case PdfInteger id:
                    yield return (page, id.Value);
                    break;
                case PdfDictionary { } reference when reference.Elements.GetName("/Type") == "/MCR":
                    yield return (reference.Elements.GetReference("/Pg")!.ObjectNumber, reference.Elements.GetInteger("/MCID"));
                    break;
            }
        }
    }

    private static IEnumerable<PdfItem> KidItems(PdfDictionary element) => element.Elements["/K"] switch
    {
        PdfArray array => array.Elements,
        PdfItem item => [item],
        _ => [],
    };

    /// <summary>The text of the structure elements as <c>pdfinfo -struct-text</c> prints it: each element's text in quotes on a line of its own.</summary>
    private static string StructureText(string printed)
    {
        var text = new StringBuilder();
        foreach (var line in printed.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length >= 2 && trimmed[0] == '"' && trimmed[^1] == '"')
            {
                text.Append(trimmed.AsSpan(1, trimmed.Length - 2)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex("^Tagged:\\s+yes$", RegexOptions.Multiline)]
    private static partial Regex TaggedYes();
}
