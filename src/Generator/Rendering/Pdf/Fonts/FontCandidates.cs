namespace Supervision.Rendering.Pdf.Fonts;

/// <summary>A family the renderer can set acts in, by the file names of its four faces.</summary>
/// <param name="Family">Its name, for messages.</param>
/// <param name="Files">The file of each face, in the order of <see cref="FontFace"/>.</param>
internal sealed record FontCandidate(string Family, IReadOnlyList<string> Files);

/// <summary>
/// Where fonts are looked for and which. Fonts are loaded by file path, never by family name: Debian's
/// older fonts-liberation also calls itself "Liberation Serif" but has no Kazakh letters.
/// </summary>
internal static class FontCandidates
{
    /// <summary>The environment variable naming a folder (or folders, separated by ':') searched first.</summary>
    public const string FolderVariable = "SUPERVISION_FONTS_DIR";

    /// <summary>The Debian package that brings a font with every Kazakh letter.</summary>
    public const string Package = "fonts-liberation2";

    /// <summary>The folders searched after the environment variable's, in order.</summary>
    public static IReadOnlyList<string> SystemFolders { get; } =
    [
        "/usr/share/fonts/truetype/liberation2",
        "/usr/share/fonts/truetype/paratype",
        "/usr/share/fonts/truetype/dejavu",
    ];

    /// <summary>The families tried in each folder, in order: Times New Roman itself, then metric-compatible or close serifs.</summary>
    public static IReadOnlyList<FontCandidate> Families { get; } =
    [
        new("Times New Roman", ["times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"]),
        new("Times New Roman", ["Times_New_Roman.ttf", "Times_New_Roman_Bold.ttf", "Times_New_Roman_Italic.ttf", "Times_New_Roman_Bold_Italic.ttf"]),
        new("Liberation Serif", ["LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"]),
        new("PT Serif", ["PTF55F.ttf", "PTF75F.ttf", "PTF56F.ttf", "PTF76F.ttf"]),
        new("DejaVu Serif", ["DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"]),
    ];

    /// <summary>Folders searched instead of every other (<see cref="PdfFonts.SearchOnly"/>); null: the usual search.</summary>
    internal static IReadOnlyList<string>? Only { get; set; }

    /// <summary>The folders to search: those of <see cref="Only"/> where set; else the environment variable's first, then the system ones.</summary>
    public static IReadOnlyList<string> Folders()
    {
        if (Only is { } only)
        {
            return only;
        }

        var configured = Environment.GetEnvironmentVariable(FolderVariable);
        var folders = string.IsNullOrWhiteSpace(configured)
            ? []
            : configured.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. folders, .. SystemFolders];
    }
}
