using System.Text;

namespace Supervision.Templating;

/// <summary>
/// Makes a value print as text in the act markup, never as structure: every ASCII punctuation mark
/// gets the markup's backslash escape (so "**", "#", "|", "&lt;b&gt;", ":::" stay literal), and a line
/// break becomes <see cref="LineSeparator"/>, which the markup reader turns back into a line break
/// inside the same paragraph (so a value can never end a paragraph or start a block).
/// </summary>
public static class MarkupEscaper
{
    /// <summary>U+2028 LINE SEPARATOR: a value's own line break, carried through the markup.</summary>
    public const char LineSeparator = '\u2028';

    /// <summary>Escapes a value for the markup.</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        StringBuilder? escaped = null;
        for (var index = 0; index < value.Length; index++)
        {
            var c = value[index];
            if (char.IsAsciiLetterOrDigit(c) || c > '\u007F' || c == ' ')
            {
                escaped?.Append(c);
                continue;
            }

            // What stands for the character: nothing (the CR of a CRLF), a line separator, a space, or it after a backslash.
            var crOfCrLf = c == '\r' && index + 1 < value.Length && value[index + 1] == '\n';
            var punctuation = c is not ('\r' or '\n' or '\t') && (char.IsPunctuation(c) || char.IsSymbol(c));
            if (!crOfCrLf && !punctuation && c is not ('\r' or '\n' or '\t'))
            {
                escaped?.Append(c);
                continue;
            }

            escaped ??= new StringBuilder(value.Length + 16).Append(value, 0, index);
            if (punctuation)
            {
                escaped.Append('\\').Append(c);
            }
            else if (c == '\t')
            {
                escaped.Append(' ');
            }
            else if (!crOfCrLf)
            {
                escaped.Append(LineSeparator);
            }
        }

        return escaped?.ToString() ?? value;
    }
}
