using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Supervision.Rendering.Pdf.Fonts;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>PDFsharp fonts by face and size, made once: Unicode encoding, embedded as a subset.</summary>
internal static class FontCache
{
    private static readonly ConcurrentDictionary<(FontFace Face, double Size), XFont> Fonts = new();
    private static readonly XPdfFontOptions Options = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    /// <summary>The font of a face at a size.</summary>
    public static XFont Get(FontFace face, double size) =>
        Fonts.GetOrAdd((face, size), key => new XFont(ActFontResolver.FamilyName, key.Size, Style(key.Face), Options));

    private static XFontStyleEx Style(FontFace face) => face switch
    {
        FontFace.Bold => XFontStyleEx.Bold,
        FontFace.Italic => XFontStyleEx.Italic,
        FontFace.BoldItalic => XFontStyleEx.BoldItalic,
        _ => XFontStyleEx.Regular,
    };
}
