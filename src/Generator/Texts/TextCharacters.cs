using System.Globalization;
using System.Text;

namespace Supervision.Texts;

/// <summary>
/// The one policy for characters in texts people type (acts, people, offices). Refused everywhere:
/// bidirectional controls and marks, which make a place name print reversed; zero-width characters,
/// which make a surname escape searches; C0 and C1 control characters. In one-line fields line breaks
/// (LF, CR, U+2028, U+2029, NEL) and tabs are refused too; multi-line fields (prose) keep LF, CR and tab.
/// </summary>
public static class TextCharacters
{
    /// <summary>The first character the policy refuses in a text, or null.</summary>
    /// <param name="text">The text, already in <see cref="TextForm.Nfc">form C</see>.</param>
    /// <param name="multiLine">Whether the field is prose that may hold line breaks and tabs.</param>
    public static RefusedCharacter? FirstRefused(string text, bool multiLine) => FirstRefusedOrNotDrawn(text, multiLine, AnyDrawn);

    /// <summary>
    /// The first character the policy refuses in a text, or else the first one that is not drawable (ignoring the line
    /// breaks and tabs prose may hold), or null. A refused character anywhere comes before one not drawn.
    /// </summary>
    /// <param name="text">The text, already in form C.</param>
    /// <param name="multiLine">Whether the field is prose that may hold line breaks and tabs.</param>
    /// <param name="canDraw">Whether the act's font draws a character, by code point.</param>
    public static RefusedCharacter? FirstRefusedOrNotDrawn(string text, bool multiLine, Func<int, bool> canDraw)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(canDraw);
        var notDrawn = -1;
        var notDrawnAt = 0;
        for (var index = 0; index < text.Length;)
        {
            var codePoint = CodePointAt(text, index, out var length);
            if (FaultOf(codePoint, multiLine) is { } fault)
            {
                return new RefusedCharacter(codePoint, PositionOf(text, index), fault);
            }

            if (notDrawn < 0 && codePoint is not ('\n' or '\r' or '\t') && !canDraw(codePoint))
            {
                (notDrawn, notDrawnAt) = (codePoint, index);
            }

            index += length;
        }

        return notDrawn < 0 ? null : new RefusedCharacter(notDrawn, PositionOf(text, notDrawnAt), CharacterFault.NotInFont);
    }

    /// <summary>Why the policy refuses a character, or null where it is allowed.</summary>
    public static CharacterFault? FaultOf(int codePoint, bool multiLine) => codePoint switch
    {
        '\n' or '\r' or '\t' => multiLine ? null : codePoint == '\t' ? CharacterFault.Control : CharacterFault.LineBreak,
        0x2028 or 0x2029 or 0x0085 => multiLine ? CharacterFault.Control : CharacterFault.LineBreak,
        < 0x20 or (>= 0x7F and <= 0x9F) => CharacterFault.Control,
        (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) or 0x200E or 0x200F or 0x061C => CharacterFault.Invisible,
        (>= 0x200B and <= 0x200D) or 0x2060 or 0xFEFF => CharacterFault.Invisible,
        (>= 0xD800 and <= 0xDFFF) => CharacterFault.Control,
        _ => null,
    };

    /// <summary>The 1-based position of the character at a UTF-16 index: one more than the user-perceived
    /// characters that begin before it (see <see cref="RefusedCharacter.Position"/>).</summary>
    public static int PositionOf(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        var position = 1;
        for (var start = 0; start < index && start < text.Length; start += StringInfo.GetNextTextElementLength(text, start))
        {
            position++;
        }

        return position;
    }

    /// <summary>What <see cref="FirstRefused"/> asks of the font: nothing.</summary>
    private static readonly Func<int, bool> AnyDrawn = static _ => true;

    private static int CodePointAt(string text, int index, out int length)
    {
        // Nearly every character is one code unit: read it without decoding a pair.
        if (!char.IsSurrogate(text[index]))
        {
            length = 1;
            return text[index];
        }

        if (Rune.TryGetRuneAt(text, index, out var rune))
        {
            length = rune.Utf16SequenceLength;
            return rune.Value;
        }

        // A lone surrogate: itself, one unit long, refused as a control character.
        length = 1;
        return text[index];
    }
}
