namespace Supervision.Rendering.Pdf.Signing;

/// <summary>The bytes a PDF signature's /ByteRange names, concatenated: what its CMS signs.</summary>
internal static class SignedRanges
{
    /// <exception cref="FormatException">The ranges do not lie within the file.</exception>
    public static byte[] Concatenate(byte[] pdf, IReadOnlyList<long> byteRange)
    {
        if (byteRange.Count != 4 || byteRange[0] < 0 || byteRange[1] < 0 || byteRange[2] < byteRange[0] + byteRange[1] || byteRange[3] < 0
            || byteRange[0] + byteRange[1] > pdf.Length || byteRange[2] + byteRange[3] > pdf.Length)
        {
            throw new FormatException("the signature's /ByteRange does not lie within the file");
        }

        var first = pdf.AsSpan((int)byteRange[0], (int)byteRange[1]);
        var second = pdf.AsSpan((int)byteRange[2], (int)byteRange[3]);
        var bytes = new byte[first.Length + second.Length];
        first.CopyTo(bytes);
        second.CopyTo(bytes.AsSpan(first.Length));
        return bytes;
    }
}
