namespace Supervision.Texts;

/// <summary>Why a character may not stand in a text of an act, a person or an office.</summary>
public enum CharacterFault
{
    /// <summary>A line break (LF, CR, U+2028, U+2029, NEL) in a field printed on one line.</summary>
    LineBreak,

    /// <summary>An invisible character that reorders or splits text: a bidirectional control or mark
    /// (U+202A–202E, U+2066–2069, U+200E, U+200F, U+061C) or a zero-width one (U+200B–200D, U+2060, U+FEFF).</summary>
    Invisible,

    /// <summary>A C0 or C1 control character (NUL, BEL, ESC, ...), or a tab or a Unicode separator where they are not allowed.</summary>
    Control,

    /// <summary>A character the font the act is printed in has no glyph for: it would silently vanish from the PDF.</summary>
    NotInFont,
}
