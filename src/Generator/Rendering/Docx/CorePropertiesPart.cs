using System.Globalization;
using System.Xml;
using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>
/// Writes <c>docProps/core.xml</c>: the act's title, subject, author office and language, and as the
/// created and modified times the act's date at midnight UTC, never the clock, so that the same act
/// gives the same bytes.
/// </summary>
internal static class CorePropertiesPart
{
    private const string CoreNs = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";
    private const string TermsNs = "http://purl.org/dc/terms/";
    private const string XsiNs = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(XmlWriter xml, DocumentInfo info)
    {
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", CoreNs);
        xml.WriteAttributeString("xmlns", "dc", null, DcNs);
        xml.WriteAttributeString("xmlns", "dcterms", null, TermsNs);
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNs);
        xml.WriteElementString("dc", "title", DcNs, XmlText.Clean(info.Title));
        xml.WriteElementString("dc", "subject", DcNs, XmlText.Clean(info.Subject));
        xml.WriteElementString("dc", "creator", DcNs, XmlText.Clean(info.Author));
        xml.WriteElementString("dc", "language", DcNs, XmlText.Clean(info.Culture));
        var timestamp = info.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        Timestamp(xml, "created", timestamp);
        Timestamp(xml, "modified", timestamp);
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Timestamp(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("dcterms", name, TermsNs);
        xml.WriteAttributeString("xsi", "type", XsiNs, "dcterms:W3CDTF");
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
