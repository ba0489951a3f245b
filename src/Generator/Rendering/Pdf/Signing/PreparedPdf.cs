using System.Text;

namespace Supervision.Rendering.Pdf.Signing;

/// <summary>
/// A PDF laid out for signing by <see cref="SignaturePlaceholder.Prepare"/>: the file with its zero-filled
/// <c>/Contents</c>, and its <c>/ByteRange</c> [0, a, b, c] — the bytes before the hex string and after it.
/// </summary>
/// <param name="Pdf">The file, placeholder included.</param>
/// <param name="ByteRange">The four numbers of /ByteRange: offset and length of the two signed ranges.</param>
public sealed record PreparedPdf(byte[] Pdf, IReadOnlyList<long> ByteRange)
{
    /// <summary>The bytes the signature covers: the two ranges, concatenated. What the signatory's CMS signs.</summary>
    public byte[] SignedBytes() => SignedRanges.Concatenate(Pdf, ByteRange);

    /// <summary>The signed file: <paramref name="cms"/> (DER) written as hex into the placeholder, zero-padded. Nothing else changes.</summary>
    /// <exception cref="ArgumentException">The CMS is larger than the placeholder's <see cref="SignaturePlaceholder.ContentsBytes"/> bytes.</exception>
    public byte[] Embed(byte[] cms)
    {
        ArgumentNullException.ThrowIfNull(cms);
        var room = (int)(ByteRange[2] - ByteRange[1] - 2) / 2;
        if (cms.Length > room)
        {
            throw new ArgumentException($"the CMS has {cms.Length} bytes, more than the {room} bytes the PDF's signature placeholder holds", nameof(cms));
        }

        var signed = (byte[])Pdf.Clone();
        Encoding.ASCII.GetBytes(Convert.ToHexString(cms)).CopyTo(signed, (int)ByteRange[1] + 1);
        return signed;
    }
}
