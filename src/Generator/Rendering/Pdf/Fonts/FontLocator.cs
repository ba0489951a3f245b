using System.Globalization;
using System.Text;

namespace Supervision.Rendering.Pdf.Fonts;

/// <summary>
/// Finds the first family, folder by folder, whose four face files exist and each carry every character
/// the templates can print, checked in the font's own character map.
/// </summary>
internal static class FontLocator
{
    /// <summary>The first usable family in the folders, in order.</summary>
    /// <exception cref="InvalidOperationException">No folder holds a usable family: the message names the package to install and what was found lacking.</exception>
    public static FontSet Locate(IEnumerable<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var rejected = new List<string>();
        var searched = new List<string>();
        foreach (var folder in folders)
        {
            searched.Add(folder);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var candidate in FontCandidates.Families)
            {
                var paths = candidate.Files.Select(file => Path.Combine(folder, file)).ToList();
                if (!paths.All(File.Exists))
                {
                    continue;
                }

                if (TryLoad(candidate, folder, paths, out var set, out var problem))
                {
                    return set;
                }

                rejected.Add(problem);
            }
        }

        throw new FontsUnavailableException(Message(searched, rejected));
    }

    private static bool TryLoad(FontCandidate candidate, string folder, List<string> paths, out FontSet set, out string problem)
    {
        set = null!;
        var faces = new List<TrueTypeFont>(paths.Count);
        foreach (var path in paths)
        {
            TrueTypeFont font;
            try
            {
                font = TrueTypeFont.Load(path);
            }
            catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                problem = $"{path}: {exception.Message}";
                return false;
            }

            var missing = RequiredCharacters.MissingFrom(font);
            if (missing.Length > 0)
            {
                problem = $"{path} ({font.FamilyName}) lacks {Describe(missing)}";
                return false;
            }

            faces.Add(font);
        }

        set = new FontSet(candidate.Family, folder, faces);
        problem = string.Empty;
        return true;
    }

    private static string Describe(string missing)
    {
        var shown = missing.Take(12).Select(c => char.IsWhiteSpace(c)
            ? string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}")
            : string.Create(CultureInfo.InvariantCulture, $"{c} (U+{(int)c:X4})"));
        var more = missing.Length > 12 ? $" and {missing.Length - 12} more" : string.Empty;
        return string.Join(", ", shown) + more;
    }

    private static string Message(List<string> searched, List<string> rejected)
    {
        var message = new StringBuilder()
            .Append("No font for PDF acts carries every Kazakh and Russian letter. ")
            .Append("Install the package: apt-get install ").Append(FontCandidates.Package)
            .Append(", or set ").Append(FontCandidates.FolderVariable)
            .Append(" to a folder with the TTF files of Times New Roman, Liberation Serif 2, PT Serif or DejaVu Serif. ")
            .Append("Searched: ").AppendJoin(", ", searched).Append('.');
        foreach (var problem in rejected)
        {
            message.Append(' ').Append(problem).Append('.');
        }

        return message.ToString();
    }
}
