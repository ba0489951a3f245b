using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Supervision.Rendering.Pdf.Signing;

/// <summary>
/// What an incremental update needs of the PDF our renderer wrote: where the last cross-reference table is,
/// the trailer's /Size, /Root, /Info and /ID, and the text of an object's dictionary. It reads only the
/// form PDFsharp writes (a classic <c>xref</c> table, objects <c>N 0 obj &lt;&lt;…&gt;&gt;</c>, no object
/// streams), which is all it is ever given; anything else is refused rather than guessed at.
/// </summary>
internal sealed partial class PdfRevision
{
    private readonly byte[] _pdf;
    private readonly Dictionary<int, long> _offsets = [];

    private PdfRevision(byte[] pdf) => _pdf = pdf;

    /// <summary>The byte offset of the last cross-reference table (the trailer's <c>startxref</c>).</summary>
    public long StartXref { get; private set; }

    /// <summary>The trailer's /Size: the next free object number.</summary>
    public int Size { get; private set; }

    /// <summary>The catalog's object number.</summary>
    public int Root { get; private set; }

    /// <summary>The trailer's "/Info N 0 R", or null.</summary>
    public string? Info { get; private set; }

    /// <summary>The trailer's "/ID[&lt;…&gt;&lt;…&gt;]", or null.</summary>
    public string? Id { get; private set; }

    /// <summary>Reads the last revision's cross-reference table and trailer.</summary>
    /// <exception cref="FormatException">The file is not of the form our renderer writes.</exception>
    public static PdfRevision Read(byte[] pdf)
    {
        var revision = new PdfRevision(pdf);
        var tail = Latin1(pdf, Math.Max(0, pdf.Length - 1024), Math.Min(1024, pdf.Length));
        var start = StartXrefPattern().Matches(tail);
        if (start.Count == 0)
        {
            throw new FormatException("the PDF has no startxref");
        }

        revision.StartXref = long.Parse(start[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        revision.ReadXref();
        return revision;
    }

    private void ReadXref()
    {
        var at = checked((int)StartXref);
        var text = Latin1(_pdf, at, _pdf.Length - at);
        if (!text.StartsWith("xref", StringComparison.Ordinal))
        {
            throw new FormatException("the PDF's cross-reference section is not a classic xref table (a cross-reference stream is not read here)");
        }

        var trailerAt = text.IndexOf("trailer", StringComparison.Ordinal);
        if (trailerAt < 0)
        {
            throw new FormatException("the PDF has no trailer");
        }

        var lines = text[4..trailerAt].Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length;)
        {
            var header = lines[i++].Split(' ');
            var first = int.Parse(header[0], CultureInfo.InvariantCulture);
            var count = int.Parse(header[1], CultureInfo.InvariantCulture);
            for (var n = 0; n < count; n++, i++)
            {
                var entry = lines[i].Split(' ');
                if (entry[2] == "n")
                {
                    _offsets[first + n] = long.Parse(entry[0], CultureInfo.InvariantCulture);
                }
            }
        }

        var trailer = Dictionary(text, text.IndexOf("<<", trailerAt, StringComparison.Ordinal));
        Size = int.Parse(Required(SizePattern().Match(trailer), "/Size"), CultureInfo.InvariantCulture);
        Root = int.Parse(Required(RootPattern().Match(trailer), "/Root"), CultureInfo.InvariantCulture);
        Info = InfoPattern().Match(trailer) is { Success: true } info ? info.Value : null;
        Id = IdPattern().Match(trailer) is { Success: true } id ? id.Value : null;
    }

    /// <summary>The text of object <paramref name="number"/>'s dictionary, from "&lt;&lt;" to its matching "&gt;&gt;".</summary>
    /// <exception cref="FormatException">The object is not in the table, or is not a dictionary.</exception>
    public string Object(int number)
    {
        if (!_offsets.TryGetValue(number, out var offset))
        {
            throw new FormatException($"object {number} is not in the PDF's cross-reference table");
        }

        var text = Latin1(_pdf, checked((int)offset), Math.Min(_pdf.Length - (int)offset, 1 << 16));
        var header = $"{number.ToString(CultureInfo.InvariantCulture)} 0 obj";
        if (!text.StartsWith(header, StringComparison.Ordinal))
        {
            throw new FormatException($"object {number} is not where the cross-reference table says");
        }

        return Dictionary(text, text.IndexOf("<<", header.Length, StringComparison.Ordinal));
    }

    /// <summary>The object number of the last page: the page tree's last kid, followed down.</summary>
    public int LastPage()
    {
        var node = Reference(Object(Root), "Pages");
        for (var depth = 0; depth < 32; depth++)
        {
            var dictionary = Object(node);
            if (!PagesTypePattern().IsMatch(dictionary))
            {
                return node;
            }

            var kids = KidsPattern().Match(dictionary);
            var references = ReferencePattern().Matches(Required(kids, "/Kids"));
            if (references.Count == 0)
            {
                throw new FormatException("the PDF's page tree has an empty /Kids");
            }

            node = int.Parse(references[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        }

        throw new FormatException("the PDF's page tree is deeper than 32 levels");
    }

    /// <summary>The object number a dictionary's key refers to ("/Pages 3 0 R" → 3).</summary>
    public static int Reference(string dictionary, string key)
    {
        var match = Regex.Match(dictionary, "/" + key + @"\s*(\d+)\s+0\s+R");
        return int.Parse(Required(match, "/" + key), CultureInfo.InvariantCulture);
    }

    /// <summary>The dictionary starting at <paramref name="start"/>, to its matching "&gt;&gt;" (strings and nested dictionaries skipped).</summary>
    private static string Dictionary(string text, int start)
    {
        if (start < 0)
        {
            throw new FormatException("a dictionary was expected");
        }

        var depth = 0;
        for (var i = start; i < text.Length - 1; i++)
        {
            switch (text[i])
            {
                case '(':
                    i = StringEnd(text, i);
                    break;
                case '<' when text[i + 1] == '<':
                    depth++;
                    i++;
                    break;
                case '>' when text[i + 1] == '>':
                    depth--;
                    i++;
                    if (depth == 0)
                    {
                        return text[start..(i + 1)];
                    }

                    break;
            }
        }

        throw new FormatException("a dictionary is not closed");
    }

    /// <summary>The index of the ")" closing the literal string opened at <paramref name="open"/>.</summary>
    private static int StringEnd(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when --depth == 0:
                    return i;
            }
        }

        throw new FormatException("a string is not closed");
    }

    private static string Required(Match match, string what) =>
        match.Success ? match.Groups[1].Value : throw new FormatException($"the PDF lacks {what} where our renderer writes it");

    private static string Latin1(byte[] bytes, int start, int length) => Encoding.Latin1.GetString(bytes, start, length);

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"/Size\s*(\d+)")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"/Root\s*(\d+)\s+0\s+R")]
    private static partial Regex RootPattern();

    [GeneratedRegex(@"/Info\s*\d+\s+0\s+R")]
    private static partial Regex InfoPattern();

    [GeneratedRegex(@"/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"/Type\s*/Pages\b")]
    private static partial Regex PagesTypePattern();

    [GeneratedRegex(@"/Kids\s*\[([^\]]*)\]")]
    private static partial Regex KidsPattern();

    [GeneratedRegex(@"(\d+)\s+0\s+R")]
    private static partial Regex ReferencePattern();
}
