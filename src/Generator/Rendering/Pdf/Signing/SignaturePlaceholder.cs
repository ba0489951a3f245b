using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Supervision.Rendering.Pdf.Signing;

/// <summary>
/// Lays out a PAdES signature (baseline B-B) in a PDF our renderer wrote, as an incremental update appended
/// to it, so the rendered bytes stay as they are: a signature dictionary (<c>/Type /Sig /Filter
/// /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached</c>, <c>/M</c>, <c>/ByteRange</c> and a zero-filled
/// <c>/Contents</c> of <see cref="ContentsBytes"/> bytes), an invisible widget of a signature field on the
/// last page (<c>/Rect [0 0 0 0]</c>, <c>/F 132</c>: print and locked), an AcroForm with <c>/SigFlags 3</c>,
/// and the catalog and that page written again to point at them. The byte ranges cover the whole file but
/// the <c>/Contents</c> hex string, so the signature signs the document as finally served. PDFsharp 6.2.4
/// cannot do this: it writes only <c>adbe.pkcs7.detached</c> and rewrites whole files.
/// </summary>
public static partial class SignaturePlaceholder
{
    /// <summary>The room for the CMS, in bytes (twice as many hex digits): enough for an RSA-4096 signature
    /// with its certificate chain and signed attributes.</summary>
    public const int ContentsBytes = 16 * 1024;

    /// <summary>The width the /ByteRange array is written in, padded with spaces, so its numbers can be filled in afterwards.</summary>
    private const int ByteRangeWidth = 48;

    /// <summary>Appends a signature field and placeholder to <paramref name="pdf"/>, dated <paramref name="signingTime"/> (<c>/M</c>).</summary>
    /// <exception cref="FormatException">The file is not of the form our renderer writes, or has a form already.</exception>
    public static PreparedPdf Prepare(byte[] pdf, DateTimeOffset signingTime)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var revision = PdfRevision.Read(pdf);
        var root = revision.Root;
        var page = revision.LastPage();
        var catalog = revision.Object(root);
        if (catalog.Contains("/AcroForm", StringComparison.Ordinal))
        {
            throw new FormatException("the PDF has a form already: it is signed, or was not written by our renderer");
        }

        var (signature, widget, form) = (revision.Size, revision.Size + 1, revision.Size + 2);
        var update = new Update(pdf.Length);
        if (pdf[^1] != '\n')
        {
            update.Write("\n");
        }

        var offsets = new SortedDictionary<int, long>
        {
            [signature] = update.Object(signature, "<</Type/Sig/Filter/Adobe.PPKLite/SubFilter/ETSI.CAdES.detached/ByteRange"),
        };
        var byteRangeAt = update.Position;
        update.Write("[0 0 0 0]".PadRight(ByteRangeWidth));
        update.Write("/Contents");
        var contentsAt = update.Position;
        update.Write("<" + new string('0', ContentsBytes * 2) + ">");
        var contentsEnd = update.Position;
        update.Write(string.Create(CultureInfo.InvariantCulture, $"/M(D:{signingTime.ToUniversalTime():yyyyMMddHHmmss}+00'00')>>\nendobj\n"));
        offsets[widget] = update.Object(widget, $"<</Type/Annot/Subtype/Widget/FT/Sig/T(Signature1)/V {signature} 0 R/P {page} 0 R/Rect[0 0 0 0]/F 132>>\nendobj\n");
        offsets[form] = update.Object(form, $"<</Fields[{widget} 0 R]/SigFlags 3>>\nendobj\n");
        offsets[root] = update.Object(root, catalog[..^2] + $"/AcroForm {form} 0 R>>\nendobj\n");
        offsets[page] = update.Object(page, WithAnnotation(revision.Object(page), widget) + "\nendobj\n");

        var xref = update.Position;
        update.Write("xref\n");
        foreach (var run in Runs(offsets.Keys))
        {
            update.Write(string.Create(CultureInfo.InvariantCulture, $"{run.First} {run.Count}\n"));
            for (var number = run.First; number < run.First + run.Count; number++)
            {
                update.Write(string.Create(CultureInfo.InvariantCulture, $"{offsets[number]:0000000000} 00000 n \n"));
            }
        }

        update.Write(string.Create(CultureInfo.InvariantCulture, $"trailer\n<</Size {form + 1}/Root {root} 0 R{revision.Info}{revision.Id}/Prev {revision.StartXref}>>\nstartxref\n{xref}\n%%EOF\n"));

        var bytes = new byte[pdf.Length + update.Length];
        pdf.CopyTo(bytes, 0);
        update.CopyTo(bytes.AsSpan(pdf.Length));
        long[] ranges = [0, contentsAt, contentsEnd, bytes.Length - contentsEnd];
        var rangeText = string.Create(CultureInfo.InvariantCulture, $"[{ranges[0]} {ranges[1]} {ranges[2]} {ranges[3]}]").PadRight(ByteRangeWidth);
        Encoding.ASCII.GetBytes(rangeText).CopyTo(bytes, byteRangeAt);
        return new PreparedPdf(bytes, ranges);
    }

    /// <summary>The page's dictionary with the widget added to its /Annots (written inline by our renderer, if at all).</summary>
    private static string WithAnnotation(string page, int widget)
    {
        var annotations = AnnotsPattern().Match(page);
        if (annotations.Success)
        {
            var at = annotations.Index + annotations.Length;
            return page[..at] + $"{widget} 0 R " + page[at..];
        }

        return page.Contains("/Annots", StringComparison.Ordinal)
            ? throw new FormatException("the last page's /Annots is not an inline array")
            : page[..^2] + $"/Annots[{widget} 0 R]>>";
    }

    /// <summary>The object numbers as runs of consecutive numbers: the subsections of the cross-reference table.</summary>
    private static IEnumerable<(int First, int Count)> Runs(IEnumerable<int> numbers)
    {
        (int First, int Count)? run = null;
        foreach (var number in numbers)
        {
            if (run is { } open && open.First + open.Count == number)
            {
                run = (open.First, open.Count + 1);
                continue;
            }

            if (run is { } done)
            {
                yield return done;
            }

            run = (number, 1);
        }

        if (run is { } last)
        {
            yield return last;
        }
    }

    [GeneratedRegex(@"/Annots\s*\[")]
    private static partial Regex AnnotsPattern();

    /// <summary>The appended bytes, with the file offset each one will have.</summary>
    private sealed class Update(long start)
    {
        private readonly System.Buffers.ArrayBufferWriter<byte> _bytes = new();

        public long Position => start + _bytes.WrittenCount;

        public int Length => _bytes.WrittenCount;

        public void Write(string text) => System.Buffers.BuffersExtensions.Write(_bytes, Encoding.Latin1.GetBytes(text).AsSpan());

        /// <summary>Starts object <paramref name="number"/> with <paramref name="body"/> and answers its offset.</summary>
        public long Object(int number, string body)
        {
            var at = Position;
            Write(string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}"));
            return at;
        }

        public void CopyTo(Span<byte> target) => _bytes.WrittenSpan.CopyTo(target);
    }
}
