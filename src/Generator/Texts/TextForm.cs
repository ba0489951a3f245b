using System.Text;

namespace Supervision.Texts;

/// <summary>
/// The one form text is kept in once read: Unicode normalisation form C. "й" typed as "и" and a combining
/// breve (U+0306) and "й" typed as one character then look, compare, search and print the same. Every door
/// that reads text — an act's JSON, a person's or an office's fields — passes it through <see cref="Nfc"/>.
/// </summary>
public static class TextForm
{
    /// <summary>The text in normalisation form C; the same instance when it already is.</summary>
    /// <remarks>A lone surrogate cannot be normalised; it is returned as it is, for the character rules to refuse with its position.</remarks>
    public static string Nfc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }
}
