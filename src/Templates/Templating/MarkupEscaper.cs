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
            var replacement = c switch
            {
                '\r' when index + 1 < value.Length && value[index + 1] == '\n' => string.Empty,
                '\r' or '\n' => LineSeparator.ToString(),
                '\t' => " ",
                _ when char.IsAsciiLetterOrDigit(c) || c > '\u007F' || c == ' ' => null,
                _ when char.IsPunctuation(c) || char.IsSymbol(c) => $"\\{c}",
                _ => null,
            };

            if (replacement is null)
            {
                escaped?.Append(c);
                continue;
            }

            escaped ??= new StringBuilder(value.Length + 16).Append(value, 0, index);
            escaped.Append(replacement);
        }

        return escaped?.ToString() ?? value;
    }
}
