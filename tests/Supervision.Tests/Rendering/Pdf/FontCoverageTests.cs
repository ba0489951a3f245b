using Supervision.Rendering.Pdf;
using Supervision.Rendering.Pdf.Fonts;

namespace Supervision.Tests.Rendering.Pdf;

/// <summary>What the validator is told the PDF's font draws: every face of the installed font, or, with no font, only what every acceptable font must carry.</summary>
public sealed class FontCoverageTests
{
    [Fact]
    public void TheInstalledFontDrawsTheActsLettersAndPunctuationButNoEmojiCjkOrArabic()
    {
        var drawable = PdfFonts.Drawable();

        Assert.All(RequiredCharacters.All, c => Assert.True(drawable(c), $"U+{(int)c:X4}"));
        Assert.False(drawable(0x1F600), "😀, beyond the Basic Multilingual Plane");
        Assert.False(drawable('字'));
        Assert.False(drawable('ب'));
    }

    [Fact]
    public void AFontSetDrawsWhatItsCharacterMapsHaveAndNothingBeyondTheBasicPlane()
    {
        var full = TrueTypeFont.Parse(SyntheticFont.AsciiOnly(), "regular.ttf");
        var set = new FontSet("Synthetic", "/nowhere", [full, full, full, full]);

        Assert.True(set.DrawsInEveryFace('A'));
        Assert.False(set.DrawsInEveryFace('Ә'));
        Assert.False(set.DrawsInEveryFace(0x1F600));
    }

    [Fact]
    public void WithoutAFontOnlyTheCharactersEveryAcceptableFontCarriesCount()
    {
        Assert.All(RequiredCharacters.KazakhLetters + RequiredCharacters.RussianLetters + "«»№–—", c => Assert.True(RequiredCharacters.Contains(c)));
        Assert.False(RequiredCharacters.Contains('é'));
        Assert.False(RequiredCharacters.Contains(0x1F600));
    }
}
