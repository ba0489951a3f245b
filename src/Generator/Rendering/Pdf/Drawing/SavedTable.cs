using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// Where things are in a file PDFsharp has just saved: its one classic cross-reference table
/// (<c>xref</c>, one section from object 0, entries of 20 bytes), the trailer and its <c>/Size</c>, and
/// the <c>startxref</c> value. It reads only that form, which is the only one it is given, and says so
/// when the file is otherwise (a PDFsharp that writes differently must be looked at, not guessed at).
/// </summary>
internal readonly struct SavedTable
{
    private static readonly byte[] StartXrefKey = "startxref\n"u8.ToArray();
    private static readonly byte[] XrefKey = "xref\n0 "u8.ToArray();
    private static readonly byte[] TrailerKey = "trailer\n"u8.ToArray();
    private static readonly byte[] SizeKey = "/Size "u8.ToArray();
    private static readonly byte[] EndObjKey = "endobj\n"u8.ToArray();

    /// <summary>Where the table's <c>xref</c> keyword starts.</summary>
    public int XrefStart { get; private init; }

    /// <summary>The number of entries: the next free object number.</summary>
    public int Size { get; private init; }

    /// <summary>Where the entry of object 0 starts.</summary>
    public int EntriesStart { get; private init; }

    /// <summary>Where the <c>trailer</c> keyword starts.</summary>
    public int TrailerStart { get; private init; }

    /// <summary>Where the digits of the trailer's <c>/Size</c> start and end.</summary>
    public int SizeValueStart { get; private init; }

    /// <inheritdoc cref="SizeValueStart"/>
    public int SizeValueEnd { get; private init; }

    /// <summary>Where the digits after the last <c>startxref</c> start.</summary>
    public int StartXrefValue { get; private init; }

    /// <summary>Reads the table of a file PDFsharp saved.</summary>
    /// <exception cref="InvalidOperationException">The file's table is not of that form.</exception>
    public static SavedTable Read(ReadOnlySpan<byte> file)
    {
        var startXrefKey = file.LastIndexOf(StartXrefKey);
        Require(startXrefKey >= 0, "has no startxref");
        var startXrefValue = startXrefKey + StartXrefKey.Length;
        Require(Utf8Parser.TryParse(file[startXrefValue..], out int xrefStart, out _) && xrefStart >= 0 && xrefStart < startXrefKey, "has a startxref that points nowhere");
        Require(file[xrefStart..].StartsWith(XrefKey), "has no classic cross-reference table where startxref points");

        var sizeAt = xrefStart + XrefKey.Length;
        Require(Utf8Parser.TryParse(file[sizeAt..], out int size, out var sizeLength) && size > 0, "has no entry count in its cross-reference table");
        var entriesStart = sizeAt + sizeLength + 1;
        var trailerStart = entriesStart + (size * 20);
        Require(trailerStart < startXrefKey && file[trailerStart..].StartsWith(TrailerKey), "has a cross-reference table of more than one section");

        var sizeKey = file[trailerStart..startXrefKey].IndexOf(SizeKey);
        Require(sizeKey >= 0, "has no /Size in its trailer");
        var sizeValueStart = trailerStart + sizeKey + SizeKey.Length;
        Require(Utf8Parser.TryParse(file[sizeValueStart..], out int trailerSize, out var trailerSizeLength) && trailerSize == size, "has a trailer /Size other than its table's");

        return new SavedTable
        {
            XrefStart = xrefStart,
            Size = size,
            EntriesStart = entriesStart,
            TrailerStart = trailerStart,
            SizeValueStart = sizeValueStart,
            SizeValueEnd = sizeValueStart + trailerSizeLength,
            StartXrefValue = startXrefValue,
        };
    }

    /// <summary>The offset an entry gives.</summary>
    public static int Offset(ReadOnlySpan<byte> entry)
    {
        Require(Utf8Parser.TryParse(entry[..10], out int offset, out var length) && length == 10, "has a cross-reference entry that is not ten digits");
        return offset;
    }

    /// <summary>Where object <paramref name="number"/> starts and where the line after its <c>endobj</c> starts.</summary>
    public (int Start, int End) ObjectSpan(ReadOnlySpan<byte> file, int number)
    {
        Require(number > 0 && number < Size, $"has no object {number}");
        var start = Offset(file.Slice(EntriesStart + (number * 20), 20));
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n"));
        Require(start < XrefStart && file[start..].StartsWith(header), $"does not have object {number} where its table says");
        var end = file[start..XrefStart].IndexOf(EndObjKey);
        Require(end >= 0, $"does not end object {number}");
        return (start, start + end + EndObjKey.Length);
    }

    private static void Require(bool holds, string what)
    {
        if (!holds)
        {
            throw new InvalidOperationException("The PDF PDFsharp saved " + what + ".");
        }
    }
}
