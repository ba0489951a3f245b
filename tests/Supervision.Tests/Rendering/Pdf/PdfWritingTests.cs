using System.IO.Compression;
using System.Security.Cryptography;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using Supervision.Acts;
using Supervision.Composition;
using Supervision.Rendering.Pdf;

namespace Supervision.Tests.Rendering.Pdf;

/// <summary>
/// The page contents and font programs are deflated quickly now; the way releases
/// before 3 December 2026 wrote them stays, so that the register can still recognise the PDF of an act such a
/// release issued and did not keep.
/// </summary>
public sealed class PdfWritingTests
{
    private static byte[] Render(PdfWriting writing) => Render("instruction", writing);

    private static byte[] Render(string example, PdfWriting writing) =>
        PdfRenderer.Render(ActComposer.Default.Compose(ExampleActs.Load(example, ActLanguage.Ru), "full"), writing);

    /// <summary>
    /// The Russian example instruction as the release of 3 December 2026, 08:20 UTC (b9e5d1a) wrote it with
    /// <c>supervision render examples/instruction.ru.json --format pdf</c>: its SHA-256, taken from that file.
    /// When a later change alters the layout, the fonts or the file's objects, this fails: from then on acts
    /// issued before the register kept their PDFs are recognised only once kept, so registers must run
    /// <c>register keep-documents</c> with a release from before that change; remove
    /// <see cref="PdfWriting.AsBefore"/> and this test then, and say so in the release notes.
    /// </summary>
    [Fact]
    public void AsBeforeWritesTheFileTheEarlierReleaseWrote() =>
        Assert.Equal("6be03281a8ae93e724cab53023e2f17ac7621b065eec8c358a3a0a400288702e", Convert.ToHexStringLower(SHA256.HashData(Render(PdfWriting.AsBefore))));

    [Fact]
    public void BothWaysDrawTheSameLettersAndOnlyTheFastOneCarriesZlibChecksums()
    {
        var fast = Render(PdfWriting.Current);
        var asBefore = Render(PdfWriting.AsBefore);

        Assert.NotEqual(fast, asBefore);
        Assert.Equal(Letters(asBefore), Letters(fast));
        Assert.Equal(0, PopplerTools.Run("qpdf", fast, "--check").ExitCode);
        // qpdf notes each page stream without its Adler-32 checksum (exit code 3, warnings).
        Assert.Equal(3, PopplerTools.Run("qpdf", asBefore, "--check").ExitCode);
    }

    [Fact]
    public void TheFontProgramsAreTheSameCutsZlibStreamsNowAndDeflatedAsPdfSharpDoesAsBefore()
    {
        var current = Programs(Render(PdfWriting.Current));
        var asBefore = Programs(Render(PdfWriting.AsBefore));

        Assert.Equal(["LiberationSerif", "LiberationSerif-Bold"], current.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(current.Keys.Order(StringComparer.Ordinal), asBefore.Keys.Order(StringComparer.Ordinal));
        foreach (var (face, program) in current)
        {
            // 78 01: a zlib stream at the fastest level, read back with its Adler-32 checked; 78 DA then raw deflate: PDFsharp's.
            Assert.Equal([0x78, 0x01], program[..2]);
            Assert.Equal([0x78, 0xDA], asBefore[face][..2]);
            var cut = Inflate(new ZLibStream(new MemoryStream(program), CompressionMode.Decompress));
            Assert.Equal(cut, Inflate(new DeflateStream(new MemoryStream(asBefore[face], 2, asBefore[face].Length - 2), CompressionMode.Decompress)));
            Assert.True(cut.Length > 10_000, $"{face}: a program of {cut.Length} bytes");
        }
    }

    private static byte[] Inflate(Stream stream)
    {
        using (stream)
        {
            using var inflated = new MemoryStream();
            stream.CopyTo(inflated);
            return inflated.ToArray();
        }
    }

    /// <summary>Each embedded font program's bytes as stored (deflated), by face (<see cref="FontNames.Face"/>).</summary>
    private static Dictionary<string, byte[]> Programs(byte[] file)
    {
        using var pdf = PdfReader.Open(new MemoryStream(file), PdfDocumentOpenMode.Import);
        var programs = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var item in pdf.Internals.GetAllObjects())
        {
            if (item is PdfDictionary descriptor && descriptor.Elements.GetName("/Type") == "/FontDescriptor"
                && descriptor.Elements.GetReference("/FontFile2")?.Value is PdfDictionary { Stream: { } stream })
            {
                programs[FontNames.Face(descriptor.Elements.GetName("/FontName"))] = stream.Value;
            }
        }

        return programs;
    }

    private static List<string> Letters(byte[] file)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(file);
        return [.. pdf.GetPages().SelectMany(page => page.Letters.Select(letter =>
            FormattableString.Invariant($"{page.Number} {letter.Value} {FontNames.Face(letter.FontName)} {letter.PointSize:0.###} {letter.StartBaseLine.X:0.###} {letter.StartBaseLine.Y:0.###}")))];
    }
}
