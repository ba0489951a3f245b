namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// A PDF file written object by object (ISO 32000-1, 7.5): the header, numbered objects whose offsets are noted as
/// they are written, then the classic cross-reference table and the trailer. Objects are numbered by the caller
/// beforehand, so that any object can refer to any other; every number from 1 to the count must be written.
/// The layout is the one PDFsharp writes (<c>N 0 obj</c>, the dictionary, <c>endobj</c> on lines of their own, one
/// table section from object 0), which <see cref="Signing.PdfRevision"/> reads to add a signature.
/// </summary>
internal sealed class PdfObjects : IDisposable
{
    /// <summary>The header: the version, and a comment whose bytes above 127 tell a transfer program that the file is binary (7.5.2).</summary>
    private static readonly byte[] Header = [.. "%PDF-1.7\n%"u8, 0xD3, 0xF4, 0xCC, 0xE1, (byte)'\n'];

    private readonly int[] _offsets;

    /// <summary>A file of <paramref name="count"/> objects, numbered from 1, in a buffer of about <paramref name="capacity"/> bytes.</summary>
    public PdfObjects(int count, int capacity)
    {
        _offsets = new int[count + 1];
        Output = new ContentBuffer(capacity);
        Output.Append(Header);
    }

    /// <summary>What is written so far.</summary>
    public ContentBuffer Output { get; }

    /// <summary>Where each object starts, by number; entry 0 is unused. A writer of many objects at once notes them here.</summary>
    public int[] Offsets => _offsets;

    /// <summary>Starts object <paramref name="number"/>; its value follows.</summary>
    public ContentBuffer Begin(int number)
    {
        _offsets[number] = Output.Length;
        return Output.Append(number).Append(" 0 obj\n"u8);
    }

    /// <summary>Ends an object whose value is written.</summary>
    public void End() => Output.Append("\nendobj\n"u8);

    /// <summary>
    /// Writes a stream object: its dictionary's other entries (<paramref name="entries"/>, such as "/Filter/FlateDecode"),
    /// its /Length and its data.
    /// </summary>
    /// <returns>Where the data starts in the file.</returns>
    public int Stream(int number, ReadOnlySpan<byte> entries, ReadOnlySpan<byte> data)
    {
        Begin(number).Append("<<"u8).Append(entries).Append("/Length "u8).Append(data.Length).Append(">>\nstream\n"u8);
        var start = Output.Length;
        Output.Append(data).Append("\nendstream"u8);
        End();
        return start;
    }

    /// <summary>
    /// Writes the cross-reference table and the trailer naming the catalog and the document information, with a
    /// file identifier of zeros for <see cref="DeterministicPdf"/> to derive from the content.
    /// </summary>
    /// <exception cref="InvalidOperationException">An object was numbered but not written.</exception>
    public void Finish(int root, int info)
    {
        var xref = Output.Length;
        Output.Append("xref\n0 "u8).Append(_offsets.Length).Append("\n0000000000 65535 f \n"u8);
        for (var number = 1; number < _offsets.Length; number++)
        {
            if (_offsets[number] == 0)
            {
                throw new InvalidOperationException($"Object {number} was numbered but not written.");
            }

            PdfSyntax.XrefEntry(Output, _offsets[number]);
        }

        Output.Append("trailer\n<</Size "u8).Append(_offsets.Length).Append("/Root "u8);
        PdfSyntax.Reference(Output, root).Append("/Info "u8);
        PdfSyntax.Reference(Output, info).Append("/ID[<00000000000000000000000000000000><00000000000000000000000000000000>]>>\nstartxref\n"u8);
        Output.Append(xref).Append("\n%%EOF\n"u8);
    }

    public void Dispose() => Output.Dispose();
}
