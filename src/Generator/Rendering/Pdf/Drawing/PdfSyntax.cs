using System.Globalization;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>The pieces of PDF syntax (ISO 32000-1, 7.3) that the objects written without PDFsharp share.</summary>
internal static class PdfSyntax
{
    /// <summary>An indirect reference, "12 0 R".</summary>
    public static ContentBuffer Reference(ContentBuffer output, int number) => output.Append(number).Append(" 0 R"u8);

    /// <summary>A text string as UTF-16BE with its byte order mark, in hex (7.9.2.2).</summary>
    public static ContentBuffer TextString(ContentBuffer output, string text)
    {
        output.Append("<FEFF"u8);
        foreach (var unit in text)
        {
            Hex(output, unit);
        }

        return output.Append((byte)'>');
    }

    /// <summary>A 16-bit value as four hex digits, upper case: a UTF-16 unit of a text string, a glyph id, a character code.</summary>
    public static ContentBuffer Hex(ContentBuffer output, int value)
    {
        ArgumentNullException.ThrowIfNull(output);
        Hex(output.Reserve(4), value);
        output.Advance(4);
        return output;
    }

    /// <summary>Writes a 16-bit value as four hex digits, upper case, at the start of <paramref name="destination"/>.</summary>
    public static void Hex(Span<byte> destination, int value)
    {
        var digits = "0123456789ABCDEF"u8;
        destination[0] = digits[(value >> 12) & 0xF];
        destination[1] = digits[(value >> 8) & 0xF];
        destination[2] = digits[(value >> 4) & 0xF];
        destination[3] = digits[value & 0xF];
    }

    /// <summary>A classic cross-reference entry of an object in use (7.5.4): ten digits of offset, generation 0.</summary>
    public static ContentBuffer XrefEntry(ContentBuffer output, int offset)
    {
        ArgumentNullException.ThrowIfNull(output);
        offset.TryFormat(output.Reserve(10), out _, "D10", CultureInfo.InvariantCulture);
        output.Advance(10);
        return output.Append(" 00000 n \n"u8);
    }

    /// <summary>
    /// A text string of letters, digits and hyphens (a language tag) as a literal, "(kk-KZ)", as readers look for it;
    /// any other as <see cref="TextString"/>.
    /// </summary>
    public static ContentBuffer PlainString(ContentBuffer output, string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return TextString(output, text);
            }
        }

        return output.Append((byte)'(').Append(text).Append((byte)')');
    }

    /// <summary>A date (7.9.4) at 00:00 UTC: "(D:20250715000000+00'00')".</summary>
    public static ContentBuffer Date(ContentBuffer output, DateOnly date)
    {
        Span<byte> digits = stackalloc byte[8];
        date.TryFormat(digits, out var written, "yyyyMMdd", CultureInfo.InvariantCulture);
        return output.Append("(D:"u8).Append(digits[..written]).Append("000000+00'00')"u8);
    }
}
