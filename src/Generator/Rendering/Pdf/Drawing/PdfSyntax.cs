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
        Span<byte> hex = stackalloc byte[4];
        foreach (var unit in text)
        {
            ((int)unit).TryFormat(hex, out _, "X4", CultureInfo.InvariantCulture);
            output.Append(hex);
        }

        return output.Append((byte)'>');
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
