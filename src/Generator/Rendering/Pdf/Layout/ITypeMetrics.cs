using Supervision.Rendering.Pdf.Fonts;

namespace Supervision.Rendering.Pdf.Layout;

/// <summary>What the typesetter needs to know of a font family: character widths and line height.</summary>
internal interface ITypeMetrics
{
    /// <summary>The advance width of a character in a face, in thousandths of an em.</summary>
    int Advance(char c, FontFace face);

    /// <summary>Height of the baseline below the top of a line, in ems.</summary>
    double AscentEm { get; }

    /// <summary>Single line spacing, in ems.</summary>
    double LineHeightEm { get; }
}

/// <summary>Measuring with metrics.</summary>
internal static class TypeMetricsExtensions
{
    /// <summary>The width of a text in a face and size, in points.</summary>
    public static double Measure(this ITypeMetrics metrics, ReadOnlySpan<char> text, FontFace face, double size)
    {
        var units = 0;
        foreach (var c in text)
        {
            units += metrics.Advance(c, face);
        }

        return units * size / 1000;
    }

    /// <summary>The line height at a size, in points.</summary>
    public static double LineHeight(this ITypeMetrics metrics, double size) => metrics.LineHeightEm * size;

    /// <summary>The baseline's depth below the top of a line at a size, in points.</summary>
    public static double Ascent(this ITypeMetrics metrics, double size) => metrics.AscentEm * size;
}
