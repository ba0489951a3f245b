using DocumentFormat.OpenXml.Wordprocessing;

namespace Supervision.Rendering.Docx;

/// <summary>
/// Builds <c>word/settings.xml</c> once with the Open XML SDK's typed classes: tab stops every 1.25 cm
/// (the text's indent), and the compatibility mode of Word 2013 and later, so that Word opens the act
/// as a current document rather than in compatibility mode.
/// </summary>
internal static class SettingsPart
{
    /// <summary>The part's bytes.</summary>
    public static byte[] Bytes { get; } = SdkXml.Bytes(new Settings(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = (short)Twips.FirstLineIndent },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        })));
}
