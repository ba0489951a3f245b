using System.Security.Cryptography;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using Supervision.Acts;
using Supervision.Composition;
using Supervision.Examples;
using Supervision.Reading;
using Supervision.Rendering.Pdf;

namespace Supervision.Tests.Rendering.Pdf;

/// <summary>
/// The page contents are deflated quickly now, and the fonts carry a fixed set of glyphs; the way releases
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
    public void ActsThatDrawDifferentLettersShareEachFacesProgramWrittenAsNow()
    {
        var instruction = Programs(Render("instruction", PdfWriting.Current));
        var protest = Programs(Render("protest", PdfWriting.Current));

        Assert.Contains("Liberation Serif", instruction.Keys);
        Assert.Contains("Liberation Serif,Bold", instruction.Keys);
        foreach (var (face, program) in instruction)
        {
            Assert.Equal(program, protest[face]);
        }

        // Cut to the glyphs drawn, the two acts' programs differ (they do draw different letters).
        Assert.NotEqual(Programs(Render("instruction", PdfWriting.AsBefore))["Liberation Serif"], Programs(Render("protest", PdfWriting.AsBefore))["Liberation Serif"]);
    }

    [Fact]
    public void ALetterBeyondTheFixedSetIsEmbeddedBesideIt()
    {
        // "Ö" is not a Kazakh, Russian or ASCII letter, but the font draws it, so the validator lets a name carry it.
        var json = ActExamples.Json("instruction", ActLanguage.Ru).Replace("Әбдірахманов", "Öztürk", StringComparison.Ordinal);
        var act = ActReader.Read(json).Act!;
        var file = PdfRenderer.Render(ActComposer.Default.Compose(act, "full"), PdfWriting.Current);

        var common = Programs(Render(PdfWriting.Current));
        var withOe = Programs(file);
        Assert.True(withOe["Liberation Serif"].Length > common["Liberation Serif"].Length, "the program with Ö should be the common one and one glyph more");
        using var read = UglyToad.PdfPig.PdfDocument.Open(file);
        Assert.Contains("Öztürk", string.Concat(read.GetPages().SelectMany(page => page.Letters).Select(letter => letter.Value)), StringComparison.Ordinal);
    }

    /// <summary>Each embedded font program's bytes as stored (deflated), by font name without the subset tag.</summary>
    private static Dictionary<string, byte[]> Programs(byte[] file)
    {
        using var pdf = PdfReader.Open(new MemoryStream(file), PdfDocumentOpenMode.Import);
        var programs = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var item in pdf.Internals.GetAllObjects())
        {
            if (item is PdfDictionary descriptor && descriptor.Elements.GetName("/Type") == "/FontDescriptor"
                && descriptor.Elements.GetReference("/FontFile2")?.Value is PdfDictionary { Stream: { } stream })
            {
                var name = descriptor.Elements.GetName("/FontName");
                programs[name[(name.IndexOf('+', StringComparison.Ordinal) + 1)..]] = stream.Value;
            }
        }

        return programs;
    }

    private static List<string> Letters(byte[] file)
    {
        // The subset tag before '+' is a hash of the whole file, so it differs where the streams do.
        static string Family(string? font) => font is null ? string.Empty : font[(font.IndexOf('+', StringComparison.Ordinal) + 1)..];

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(file);
        return [.. pdf.GetPages().SelectMany(page => page.Letters.Select(letter =>
            FormattableString.Invariant($"{page.Number} {letter.Value} {Family(letter.FontName)} {letter.PointSize:0.###} {letter.StartBaseLine.X:0.###} {letter.StartBaseLine.Y:0.###}")))];
    }
}
