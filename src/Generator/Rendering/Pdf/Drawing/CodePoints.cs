namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>Code points of a string as PDFsharp reads them: a surrogate pair is one code point, a lone surrogate stands for itself.</summary>
internal static class CodePoints
{
    /// <summary>The code point at <paramref name="index"/>, moving the index past it.</summary>
    public static int Next(string text, ref int index)
    {
        var c = text[index++];
        if (char.IsHighSurrogate(c) && index < text.Length && char.IsLowSurrogate(text[index]))
        {
            return char.ConvertToUtf32(c, text[index++]);
        }

        return c;
    }
}
