using System.Buffers;

namespace Supervision.Rendering.Pdf.Fonts;

/// <summary>
/// Every character the templates can print: the Kazakh and Russian alphabets in both cases, Latin
/// letters, digits, the punctuation of acts and the no-break space. A font that lacks one of them would
/// print an empty box in an official document, so it is not used.
/// </summary>
internal static class RequiredCharacters
{
    /// <summary>The letters Kazakh adds to the Russian alphabet, both cases.</summary>
    public const string KazakhLetters = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";

    /// <summary>The Russian alphabet, both cases.</summary>
    public const string RussianLetters = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя";

    /// <summary>Punctuation acts use beyond ASCII: guillemets, en and em dash, numero sign, no-break space, curly quotes, ellipsis.</summary>
    public const string Punctuation = "«»–—№\u00A0“”„’…";

    /// <summary>All of them, ASCII printable characters included.</summary>
    public static string All { get; } =
        string.Concat(Enumerable.Range(0x20, 0x7F - 0x20).Select(code => (char)code)) + RussianLetters + KazakhLetters + Punctuation;

    private static readonly SearchValues<char> Set = SearchValues.Create(All);

    /// <summary>Whether a character is one of <see cref="All"/>: one every font the renderer accepts draws.</summary>
    public static bool Contains(int codePoint) => codePoint is >= 0 and <= 0xFFFF && Set.Contains((char)codePoint);

    /// <summary>The characters of <see cref="All"/> a font lacks.</summary>
    public static string MissingFrom(TrueTypeFont font)
    {
        ArgumentNullException.ThrowIfNull(font);
        return string.Concat(All.Where(c => !font.Covers(c)));
    }
}
