using Supervision.Document;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// The document's XMP metadata stream (ISO 32000-1, 14.3.2): the same title, author, subject, creator tool and
/// dates as the document information dictionary, in UTF-8, with a document and an instance id that
/// <see cref="DeterministicPdf"/> derives from the file's content (written here blank).
/// </summary>
internal static class XmpMetadata
{
    /// <summary>Writes the packet (not its stream dictionary).</summary>
    public static void Write(ContentBuffer output, DocumentInfo info, string creator, string producer)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(info);
        var date = info.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";
        var blank = Guid.Empty.ToString("D");
        output.AppendUtf8("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        output.AppendUtf8("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n<pdf:Producer>");
        Escaped(output, producer);
        output.AppendUtf8("</pdf:Producer>\n</rdf:Description>\n<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<dc:format>application/pdf</dc:format>\n<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">");
        Escaped(output, info.Title);
        output.AppendUtf8("</rdf:li></rdf:Alt></dc:title>\n<dc:creator><rdf:Seq><rdf:li>");
        Escaped(output, info.Author);
        output.AppendUtf8("</rdf:li></rdf:Seq></dc:creator>\n<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">");
        Escaped(output, info.Subject);
        output.AppendUtf8("</rdf:li></rdf:Alt></dc:description>\n<dc:language><rdf:Bag><rdf:li>");
        Escaped(output, info.Culture);
        output.AppendUtf8("</rdf:li></rdf:Bag></dc:language>\n</rdf:Description>\n<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n<xmp:CreatorTool>");
        Escaped(output, creator);
        output.AppendUtf8("</xmp:CreatorTool>\n<xmp:CreateDate>").AppendUtf8(date).AppendUtf8("</xmp:CreateDate>\n<xmp:ModifyDate>").AppendUtf8(date);
        output.AppendUtf8("</xmp:ModifyDate>\n</rdf:Description>\n<rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n<xmpMM:DocumentID>uuid:").AppendUtf8(blank);
        output.AppendUtf8("</xmpMM:DocumentID>\n<xmpMM:InstanceID>uuid:").AppendUtf8(blank);
        output.AppendUtf8("</xmpMM:InstanceID>\n</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    }

    /// <summary>Text as XML character data: the markup characters as entities.</summary>
    private static void Escaped(ContentBuffer output, string text)
    {
        var from = 0;
        for (var index = 0; index < text.Length; index++)
        {
            var entity = text[index] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => null,
            };
            if (entity is not null)
            {
                output.AppendUtf8(text.AsSpan(from, index - from)).AppendUtf8(entity);
                from = index + 1;
            }
        }

        output.AppendUtf8(text.AsSpan(from));
    }
}
