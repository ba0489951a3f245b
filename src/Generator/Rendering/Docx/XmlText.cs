using System.Text;

namespace Supervision.Rendering.Docx;

/// <summary>
/// Makes text safe for XML 1.0, which cannot carry most control characters or a lone surrogate at all
/// (escaping does not help): such characters are dropped, a lone surrogate becomes U+FFFD. Tabs and
/// line breaks are kept: <see cref="DocxWriter"/> turns them into <c>w:tab</c> and <c>w:br</c>.
/// </summary>
internal static class XmlText
{
    /// <summary>The text as it is when it is already safe (the usual case, without allocating), else a cleaned copy.</summary>
    public static string Clean(string text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            if (!IsSafe(text, index))
            {
                return CleanFrom(text, index);
            }
        }

        return text;
    }

    private static string CleanFrom(string text, int start)
    {
        var clean = new StringBuilder(text.Length).Append(text, 0, start);
        for (var index = start; index < text.Length; index++)
        {
            var c = text[index];
            if (IsSafe(text, index))
            {
                clean.Append(c);
                if (char.IsHighSurrogate(c))
                {
                    clean.Append(text[++index]);
                }
            }
            else if (char.IsSurrogate(c))
            {
                clean.Append('\uFFFD');
            }
        }

        return clean.ToString();
    }

    /// <summary>Whether the character at <paramref name="index"/> may stand in XML (a high surrogate only with its low one).</summary>
    private static bool IsSafe(string text, int index)
    {
        var c = text[index];
        if (c >= ' ' && c < '\uD800')
        {
            return true;
        }

        return c switch
        {
            '\t' or '\n' or '\r' => true,
            < ' ' => false,
            '\uFFFE' or '\uFFFF' => false,
            _ when char.IsHighSurrogate(c) => index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]),
            _ when char.IsLowSurrogate(c) => index > 0 && char.IsHighSurrogate(text[index - 1]),
            _ => true,
        };
    }
}
