using Supervision.Rendering.Pdf;
using Supervision.Rendering.Pdf.Fonts;

namespace Supervision.Tests.Rendering.Pdf;

/// <summary>The font check: by file, by character map, with a message that says what to install.</summary>
public sealed class FontTests : IDisposable
{
    private const string OldLiberation = "/usr/share/fonts/truetype/liberation";
    private readonly string _folder = Directory.CreateTempSubdirectory("supervision-fonts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Puts the ASCII-only font in the folder under the four Liberation Serif file names.</summary>
    private string FolderWithoutKazakh()
    {
        foreach (var file in FontCandidates.Families.Single(family => family.Family == "Liberation Serif").Files)
        {
            File.WriteAllBytes(Path.Combine(_folder, file), SyntheticFont.AsciiOnly());
        }

        return _folder;
    }

    [Fact]
    public void TheCharacterMapTellsWhichLettersAFontHas()
    {
        var font = TrueTypeFont.Parse(SyntheticFont.AsciiOnly(), "synthetic.ttf");
        Assert.True(font.Covers('A'));
        Assert.False(font.Covers('Ә'));
        Assert.False(font.Covers('Ж'));
        Assert.Equal(500, font.Advance('A'));
        Assert.Contains(RequiredCharacters.KazakhLetters, RequiredCharacters.MissingFrom(font), StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderWhoseFontLacksKazakhLettersFailsNamingThePackageToInstall()
    {
        var error = Assert.Throws<FontsUnavailableException>(() => FontLocator.Locate([FolderWithoutKazakh()]));
        Assert.Contains("apt-get install fonts-liberation2", error.Message, StringComparison.Ordinal);
        Assert.Contains("SUPERVISION_FONTS_DIR", error.Message, StringComparison.Ordinal);
        Assert.Contains("lacks", error.Message, StringComparison.Ordinal);
        Assert.Contains("(U+0401)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DebiansOldLiberationCallsItselfLiberationSerifButIsRefused()
    {
        Assert.SkipUnless(File.Exists(Path.Combine(OldLiberation, "LiberationSerif-Regular.ttf")), "Debian's fonts-liberation (v1) is not installed here");
        var font = TrueTypeFont.Load(Path.Combine(OldLiberation, "LiberationSerif-Regular.ttf"));
        Assert.Equal("Liberation Serif", font.FamilyName);
        Assert.All("ӘҒҚҢӨҰҮҺ", letter => Assert.Contains(letter, RequiredCharacters.MissingFrom(font)));
        var error = Assert.Throws<FontsUnavailableException>(() => FontLocator.Locate([OldLiberation]));
        Assert.Contains("fonts-liberation2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoFolderAtAllFailsTheSameWay()
    {
        var error = Assert.Throws<FontsUnavailableException>(() => FontLocator.Locate([Path.Combine(_folder, "missing")]));
        Assert.Contains("apt-get install fonts-liberation2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSearchGoesOnPastAFolderThatFailsToOneThatCoversKazakh()
    {
        var fonts = FontLocator.Locate([FolderWithoutKazakh(), .. FontCandidates.SystemFolders]);
        Assert.NotEqual(_folder, fonts.Folder);
        Assert.All(FontFaces.All, face => Assert.Empty(RequiredCharacters.MissingFrom(fonts[face])));
    }

    [Fact]
    public void TheInstalledFontCarriesEveryKazakhAndRussianLetterInEachFace()
    {
        PdfFonts.EnsureAvailable();
        var fonts = PdfFonts.Current;
        Assert.All(FontFaces.All, face => Assert.Empty(RequiredCharacters.MissingFrom(fonts[face])));
        Assert.Contains(fonts.Folder, PdfFonts.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFolderInTheEnvironmentIsSearchedFirst()
    {
        var before = Environment.GetEnvironmentVariable(FontCandidates.FolderVariable);
        try
        {
            Environment.SetEnvironmentVariable(FontCandidates.FolderVariable, $"/nonexistent/a{Path.PathSeparator}/nonexistent/b");
            Assert.Equal(["/nonexistent/a", "/nonexistent/b", .. FontCandidates.SystemFolders], FontCandidates.Folders());
        }
        finally
        {
            Environment.SetEnvironmentVariable(FontCandidates.FolderVariable, before);
        }
    }
}
