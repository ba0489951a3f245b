using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Supervision.Texts;

/// <summary>
/// Names characters for people: an invisible or control character by its code and Unicode name
/// ("U+200B ZERO WIDTH SPACE"), since showing it shows nothing; any other by itself and its code («字» U+5B57).
/// The names are Unicode's own, in English in both languages' messages, as a code is.
/// </summary>
public static class CharacterNames
{
    private static readonly FrozenDictionary<int, string> Names = new Dictionary<int, string>
    {
        [0x0000] = "NULL",
        [0x0009] = "CHARACTER TABULATION",
        [0x000A] = "LINE FEED",
        [0x000B] = "LINE TABULATION",
        [0x000C] = "FORM FEED",
        [0x000D] = "CARRIAGE RETURN",
        [0x001B] = "ESCAPE",
        [0x007F] = "DELETE",
        [0x0085] = "NEXT LINE",
        [0x061C] = "ARABIC LETTER MARK",
        [0x200B] = "ZERO WIDTH SPACE",
        [0x200C] = "ZERO WIDTH NON-JOINER",
        [0x200D] = "ZERO WIDTH JOINER",
        [0x200E] = "LEFT-TO-RIGHT MARK",
        [0x200F] = "RIGHT-TO-LEFT MARK",
        [0x2028] = "LINE SEPARATOR",
        [0x2029] = "PARAGRAPH SEPARATOR",
        [0x202A] = "LEFT-TO-RIGHT EMBEDDING",
        [0x202B] = "RIGHT-TO-LEFT EMBEDDING",
        [0x202C] = "POP DIRECTIONAL FORMATTING",
        [0x202D] = "LEFT-TO-RIGHT OVERRIDE",
        [0x202E] = "RIGHT-TO-LEFT OVERRIDE",
        [0x2060] = "WORD JOINER",
        [0x2066] = "LEFT-TO-RIGHT ISOLATE",
        [0x2067] = "RIGHT-TO-LEFT ISOLATE",
        [0x2068] = "FIRST STRONG ISOLATE",
        [0x2069] = "POP DIRECTIONAL ISOLATE",
        [0xFEFF] = "ZERO WIDTH NO-BREAK SPACE",
    }.ToFrozenDictionary();

    /// <summary>"U+200B ZERO WIDTH SPACE"; "U+0007" for an invisible character without a name here; «字» U+5B57 for a visible one.</summary>
    public static string Describe(int codePoint)
    {
        var code = string.Create(CultureInfo.InvariantCulture, $"U+{codePoint:X4}");
        if (Names.TryGetValue(codePoint, out var name))
        {
            return $"{code} {name}";
        }

        var category = Rune.IsValid(codePoint) ? Rune.GetUnicodeCategory(new Rune(codePoint)) : UnicodeCategory.Surrogate;
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            ? code
            : $"«{char.ConvertFromUtf32(codePoint)}» {code}";
    }
}
