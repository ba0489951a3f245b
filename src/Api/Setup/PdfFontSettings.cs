using Supervision.Rendering.Pdf;

namespace Supervision.Api.Setup;

/// <summary>
/// Where the PDF's fonts are looked for: the setting <c>Pdf:FontFolders</c> (environment
/// <c>Pdf__FontFolders__0=/opt/fonts</c>, or one value with folders separated by ';') searches only those
/// folders; without it, <c>SUPERVISION_FONTS_DIR</c> and then Debian's font folders.
/// </summary>
public static class PdfFontSettings
{
    /// <summary>The configuration key.</summary>
    public const string Setting = "Pdf:FontFolders";

    /// <summary>Applies the setting; call before anything renders or probes a PDF.</summary>
    public static void Apply(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Setting);
        var folders = (section.Value is { } single ? single.Split(';') : section.GetChildren().Select(child => child.Value ?? string.Empty))
            .Select(folder => folder.Trim())
            .Where(folder => folder.Length > 0)
            .Select(Path.GetFullPath)
            .ToList();
        if (section.Value is not null || folders.Count > 0)
        {
            PdfFonts.SearchOnly(folders);
        }
    }
}
