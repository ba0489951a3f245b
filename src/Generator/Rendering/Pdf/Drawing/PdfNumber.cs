using System.Globalization;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// A number of page content as PDFsharp writes it: what .NET's custom format "0.###" (as many # as decimals)
/// writes in the invariant culture, byte for byte, without .NET parsing the format and generating digits
/// for every coordinate of every glyph run (a tenth of writing a PDF's pages).
/// </summary>
/// <remarks>
/// .NET rounds the number to 15 significant digits, then half up at the last decimal. Scaled by 10^decimals
/// and rounded to an integer in binary, the result is the same unless the scaled number lies within that
/// first rounding's reach (some 10^-14 of it) of a half: there, and for huge and non-finite numbers, .NET
/// formats it itself. A number that rounds to zero is "0", or "-0" where it is negative (or -0), as .NET writes it;
/// zero is the most frequent coordinate (a line under the last, at the same indent).
/// </remarks>
internal static class PdfNumber
{
    /// <summary>The most decimals written.</summary>
    public const int MaximumDecimals = 6;

    /// <summary>The bytes a number of page content takes at most; .NET writes the largest doubles in some 300.</summary>
    public const int UsualLength = 32;

    private const double LargestScaled = 1e12;

    /// <summary>The reach of rounding to 15 significant digits and of one scaling, relative, with room to spare.</summary>
    private const double RelativeReach = 2e-14;

    private static readonly long[] Powers = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

    private static readonly string[] Formats = [.. Enumerable.Range(0, MaximumDecimals + 1).Select(decimals => decimals == 0 ? "0" : "0." + new string('#', decimals))];

    /// <summary>Writes the number into <paramref name="destination"/>; false where it has not room enough.</summary>
    public static bool TryWrite(double value, int decimals, Span<byte> destination, out int written)
    {
        if (TryScale(value, decimals, out var scaled) && destination.Length >= UsualLength)
        {
            if (scaled == 0 && double.IsNegative(value))
            {
                // .NET keeps the sign of a number that rounds to zero, and of -0: "-0".
                destination[0] = (byte)'-';
                destination[1] = (byte)'0';
                written = 2;
                return true;
            }

            written = Write(scaled, decimals, destination);
            return true;
        }

        // A half within reach, a huge number: as .NET writes it.
        return value.TryFormat(destination, out written, Formats[decimals], CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The number times 10^decimals, rounded as .NET rounds it, where binary arithmetic is sure to round it so:
    /// not huge, and not within reach of a half.
    /// </summary>
    internal static bool TryScale(double value, int decimals, out long scaled)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, MaximumDecimals);
        var exact = value * Powers[decimals];
        var magnitude = Math.Abs(exact);
        scaled = 0;
        if (!(magnitude < LargestScaled))
        {
            return false;
        }

        var floor = Math.Floor(exact);
        var fraction = exact - floor;
        if (Math.Abs(fraction - 0.5) <= (magnitude * RelativeReach) + 1e-9)
        {
            return false;
        }

        scaled = (long)(fraction > 0.5 ? floor + 1 : floor);
        return true;
    }

    /// <summary>The number <paramref name="scaled"/> / 10^decimals, its trailing zeros after the point left out.</summary>
    private static int Write(long scaled, int decimals, Span<byte> destination)
    {
        var length = 0;
        if (scaled < 0)
        {
            destination[length++] = (byte)'-';
            scaled = -scaled;
        }

        var whole = Math.DivRem(scaled, Powers[decimals], out var fraction);
        whole.TryFormat(destination[length..], out var digits, default, CultureInfo.InvariantCulture);
        length += digits;
        if (fraction == 0)
        {
            return length;
        }

        destination[length++] = (byte)'.';
        var places = decimals;
        while (fraction % 10 == 0)
        {
            fraction /= 10;
            places--;
        }

        for (var place = places - 1; place >= 0; place--)
        {
            destination[length + place] = (byte)('0' + (fraction % 10));
            fraction /= 10;
        }

        return length + places;
    }
}
