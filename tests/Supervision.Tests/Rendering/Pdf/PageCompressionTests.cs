using System.Security.Cryptography;
using Supervision.Acts;
using Supervision.Composition;
using Supervision.Rendering.Pdf;

namespace Supervision.Tests.Rendering.Pdf;

/// <summary>
/// The page contents are deflated quickly now; the way releases before 3 December 2026 deflated them stays, so
/// that the register can still recognise the PDF of an act such a release issued and did not keep.
/// </summary>
public sealed class PageCompressionTests
{
    private static byte[] Render(PageCompression compression) =>
        PdfRenderer.Render(ActComposer.Default.Compose(ExampleActs.Load("instruction", ActLanguage.Ru), "full"), compression);

    /// <summary>
    /// The Russian example instruction as the release of 3 December 2026, 08:20 UTC (b9e5d1a) wrote it with
    /// <c>supervision render examples/instruction.ru.json --format pdf</c>: its SHA-256, taken from that file.
    /// When a later change alters the layout, the fonts or the file's objects, this fails: from then on acts
    /// issued before the register kept their PDFs are recognised only once kept, so registers must run
    /// <c>register keep-documents</c> with a release from before that change; remove
    /// <see cref="PageCompression.AsBefore"/> and this test then, and say so in the release notes.
    /// </summary>
    [Fact]
    public void AsBeforeWritesTheFileTheEarlierReleaseWrote() =>
        Assert.Equal("6be03281a8ae93e724cab53023e2f17ac7621b065eec8c358a3a0a400288702e", Convert.ToHexStringLower(SHA256.HashData(Render(PageCompression.AsBefore))));

    [Fact]
    public void BothWaysDrawTheSameLettersAndOnlyTheFastOneCarriesZlibChecksums()
    {
        var fast = Render(PageCompression.Fast);
        var asBefore = Render(PageCompression.AsBefore);

        Assert.NotEqual(fast, asBefore);
        Assert.Equal(Letters(asBefore), Letters(fast));
        Assert.Equal(0, PopplerTools.Run("qpdf", fast, "--check").ExitCode);
        // qpdf notes each page stream without its Adler-32 checksum (exit code 3, warnings).
        Assert.Equal(3, PopplerTools.Run("qpdf", asBefore, "--check").ExitCode);
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
