using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// Makes a PDF that PDFsharp wrote the same bytes for the same act. PDFsharp draws three things at
/// random: the six-letter tag of each font subset ("QHSUCH+Liberation#20Serif"), the XMP document and
/// instance ids, and (unless set) the trailer's /ID. Each is overwritten in place with a value of the
/// same length derived from a SHA-256 of the file with those values blanked, so offsets stay valid and
/// the file's identity is a hash of its content, as the PDF reference suggests.
/// </summary>
internal static class DeterministicPdf
{
    /// <summary>The trailer id PDFsharp is given before saving: 16 zero bytes, written as 32 hex digits.</summary>
    public static string IdPlaceholder { get; } = new('\0', 16);

    private static readonly byte[][] FontNameKeys = [Ascii("/BaseFont/"), Ascii("/FontName/")];
    private static readonly byte[][] UuidKeys = [Ascii("<xmpMM:DocumentID>uuid:"), Ascii("<xmpMM:InstanceID>uuid:")];
    private static readonly byte[] IdKey = Ascii("/ID[<");
    private static readonly byte[] BlankUuid = Ascii(Guid.Empty.ToString("D"));
    private const int TagLength = 6;
    private const int UuidLength = 36;
    private const int IdHexLength = 32;

    /// <summary>Overwrites, in place, the random parts of a PDFsharp file with values derived from its content.</summary>
    /// <exception cref="InvalidOperationException">The file has no trailer /ID where PDFsharp writes one.</exception>
    public static void Seal(Span<byte> pdf) => Seal(pdf, []);

    /// <summary>
    /// As <see cref="Seal(Span{byte})"/>, the content hashed with each of <paramref name="known"/>'s ranges (the embedded
    /// font programs, some two thirds of a file) standing for itself by the SHA-256 it is known by: a program is a kept
    /// value, hashed once when made, not again in every file that embeds it.
    /// </summary>
    public static void Seal(Span<byte> pdf, IReadOnlyList<KnownRange> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        var tags = FindTags(pdf);
        var uuids = new List<int>(2);
        foreach (var key in UuidKeys)
        {
            Find(pdf, key, uuids);
        }

        var id = FindId(pdf);

        foreach (var (at, _) in tags)
        {
            pdf.Slice(at, TagLength).Fill((byte)'A');
        }

        foreach (var at in uuids)
        {
            BlankUuid.CopyTo(pdf.Slice(at, UuidLength));
        }

        pdf.Slice(id, IdHexLength).Fill((byte)'0');
        pdf.Slice(id + IdHexLength + 2, IdHexLength).Fill((byte)'0');

        var digest = Digest(pdf, known);
        Span<byte> hex = stackalloc byte[IdHexLength];
        Convert.TryToHexString(digest.AsSpan(0, IdHexLength / 2), hex, out _);
        hex.CopyTo(pdf[id..]);
        hex.CopyTo(pdf[(id + IdHexLength + 2)..]);

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (at, original) in tags)
        {
            if (!names.TryGetValue(original, out var tag))
            {
                tag = Tag(digest, names.Count, names.Values);
                names[original] = tag;
            }

            Encoding.ASCII.GetBytes(tag, pdf[at..]);
        }

        for (var index = 0; index < uuids.Count; index++)
        {
            Encoding.ASCII.GetBytes(Uuid(digest, index), pdf[uuids[index]..]);
        }
    }

    /// <summary>The SHA-256 of the file, each known range (in file order) hashed as its own SHA-256.</summary>
    private static byte[] Digest(ReadOnlySpan<byte> pdf, IReadOnlyList<KnownRange> known)
    {
        if (known.Count == 0)
        {
            return SHA256.HashData(pdf);
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var from = 0;
        foreach (var range in known)
        {
            hash.AppendData(pdf[from..range.Start]);
            hash.AppendData(range.Sha256);
            from = range.Start + range.Length;
        }

        hash.AppendData(pdf[from..]);
        return hash.GetHashAndReset();
    }

    /// <summary>Where each subset tag starts, with the tag found there, in file order.</summary>
    private static List<(int At, string Tag)> FindTags(ReadOnlySpan<byte> pdf)
    {
        var found = new List<int>();
        foreach (var key in FontNameKeys)
        {
            Find(pdf, key, found);
        }

        found.Sort();
        var tags = new List<(int, string)>(found.Count);
        foreach (var at in found)
        {
            if (at + TagLength < pdf.Length && pdf[at + TagLength] == '+' && pdf.Slice(at, TagLength).IndexOfAnyExceptInRange((byte)'A', (byte)'Z') < 0)
            {
                tags.Add((at, Encoding.ASCII.GetString(pdf.Slice(at, TagLength))));
            }
        }

        return tags;
    }

    private static int FindId(ReadOnlySpan<byte> pdf)
    {
        var key = pdf.LastIndexOf(IdKey);
        var at = key + IdKey.Length;
        if (key < 0 || at + (2 * IdHexLength) + 2 > pdf.Length || pdf[at + IdHexLength] != '>' || pdf[at + IdHexLength + 1] != '<')
        {
            throw new InvalidOperationException("The PDF has no trailer /ID of two 16-byte strings where PDFsharp writes one.");
        }

        return at;
    }

    /// <summary>Adds where the text after each occurrence of a key starts.</summary>
    private static void Find(ReadOnlySpan<byte> pdf, byte[] key, List<int> found)
    {
        var from = 0;
        while (from < pdf.Length)
        {
            var at = pdf[from..].IndexOf(key);
            if (at < 0)
            {
                return;
            }

            from += at + key.Length;
            found.Add(from);
        }
    }

    private static string Tag(byte[] digest, int index, IEnumerable<string> taken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var hash = SHA256.HashData([.. digest, .. Ascii(string.Create(CultureInfo.InvariantCulture, $"subset {index} {attempt}"))]);
            var tag = string.Concat(hash.Take(TagLength).Select(b => (char)('A' + (b % 26))));
            if (!taken.Contains(tag))
            {
                return tag;
            }
        }
    }

    private static string Uuid(byte[] digest, int index)
    {
        var hash = SHA256.HashData([.. digest, .. Ascii(string.Create(CultureInfo.InvariantCulture, $"xmp {index}"))]);
        return new Guid(hash.AsSpan(0, 16)).ToString("D");
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}

/// <summary>A range of a file whose bytes are known by their SHA-256 (see <see cref="DeterministicPdf.Seal(Span{byte}, IReadOnlyList{KnownRange})"/>).</summary>
internal readonly record struct KnownRange(int Start, int Length, byte[] Sha256);
