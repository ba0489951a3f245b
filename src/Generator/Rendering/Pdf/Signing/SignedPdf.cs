using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Supervision.Rendering.Pdf.Signing;

/// <summary>
/// The last signature of a signed PDF as a verifier reads it: its /ByteRange, the bytes they cover, the CMS
/// in /Contents (its DER, without the zero padding), and whether the ranges cover the whole file but the
/// hex string (a file with bytes appended after signing does not).
/// </summary>
/// <param name="ByteRange">The four numbers of /ByteRange.</param>
/// <param name="SignedBytes">The bytes the ranges name, concatenated.</param>
/// <param name="Cms">The CMS's DER.</param>
/// <param name="CoversWholeFile">Whether the second range ends where the file ends.</param>
public sealed partial record SignedPdf(IReadOnlyList<long> ByteRange, byte[] SignedBytes, byte[] Cms, bool CoversWholeFile)
{
    /// <summary>Reads the last signature dictionary's /ByteRange and /Contents; null where the file has none.</summary>
    /// <exception cref="FormatException">The signature's ranges or contents are malformed.</exception>
    public static SignedPdf? Read(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var text = Encoding.Latin1.GetString(pdf);
        var matches = ByteRangePattern().Matches(text);
        if (matches.Count == 0)
        {
            return null;
        }

        var match = matches[^1];
        long[] ranges = [.. Enumerable.Range(1, 4).Select(group => long.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture))];
        var signed = SignedRanges.Concatenate(pdf, ranges);
        var hex = text[(int)ranges[1]..(int)ranges[2]];
        if (hex.Length < 2 || hex[0] != '<' || hex[^1] != '>')
        {
            throw new FormatException("the signature's /Contents is not a hex string between its byte ranges");
        }

        var der = Convert.FromHexString(hex[1..^1].Length % 2 == 0 ? hex[1..^1] : hex[1..^1] + "0");
        return new SignedPdf(ranges, signed, der[..DerLength(der)], ranges[2] + ranges[3] == pdf.Length);
    }

    /// <summary>The length of the DER value at the start of <paramref name="der"/> (header included); the rest is padding.</summary>
    private static int DerLength(byte[] der)
    {
        if (der.Length < 2)
        {
            throw new FormatException("the signature's /Contents is empty");
        }

        var first = der[1];
        if (first < 0x80)
        {
            return Math.Min(der.Length, 2 + first);
        }

        var count = first & 0x7F;
        if (count is 0 or > 4 || der.Length < 2 + count)
        {
            throw new FormatException("the signature's /Contents does not start with a DER value");
        }

        var length = 0L;
        for (var i = 0; i < count; i++)
        {
            length = (length << 8) | der[2 + i];
        }

        return (int)Math.Min(der.Length, 2 + count + length);
    }

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")]
    private static partial Regex ByteRangePattern();
}
