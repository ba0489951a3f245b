using System.Globalization;
using System.Xml;
using Supervision.Document;
using Supervision.Rendering.Qr;

namespace Supervision.Rendering.Docx;

/// <summary>
/// Writes a <see cref="VerificationMark"/> as a borderless table of one row, floating on the bottom margin of
/// the page it falls on (the last: the mark is the last block), with the text wrapping above it: the QR code
/// as an inline PNG picture (<see cref="PackageParts.QrCodeName"/>, QRCoder's deterministic writer) in the
/// first cell, and the token, the address and, on a signed act, the e-document sentence and the signer in small
/// type in the second.
/// </summary>
internal sealed class VerificationMarkRenderer : DocxBlockRenderer<VerificationMark>
{
    private const string Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const string Pic = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    /// <summary>Pixels a module in the PNG: enough for a crisp print at the code's size.</summary>
    private const int PixelsPerModule = 8;

    private static readonly int CodeCell = Twips.FromMm(PageLayout.QrSideMm + PageLayout.QrGapMm);
    private static readonly int MarkSize = (int)Math.Round(PageLayout.MarkFontSizePt * 2);

    /// <summary>The picture of the mark's code.</summary>
    public static byte[] Png(VerificationMark mark)
    {
        ArgumentNullException.ThrowIfNull(mark);
        return QrSymbol.Png(mark.Url, PixelsPerModule);
    }

    protected override void Write(DocxWriter writer, VerificationMark block, in BlockContext context)
    {
        writer.Start("tbl");
        writer.Start("tblPr");
        writer.Start("tblpPr");
        writer.Attribute("topFromText", Twips.Lines(1));
        writer.Attribute("vertAnchor", "margin");
        writer.Attribute("horzAnchor", "margin");
        writer.Attribute("tblpX", 0);
        writer.Attribute("tblpYSpec", "bottom");
        writer.End();
        writer.Width("tblW", Twips.TextWidth);
        writer.Start("tblLayout");
        writer.Attribute("type", "fixed");
        writer.End();
        writer.Start("tblCellMar");
        writer.Width("left", 0);
        writer.Width("right", 0);
        writer.End();
        writer.End();
        TableGrid.Write(writer, [CodeCell, Twips.TextWidth - CodeCell]);
        writer.Start("tr");
        writer.Start("trPr");
        writer.Empty("cantSplit");
        writer.End();

        writer.Start("tc");
        writer.Start("tcPr");
        writer.Width("tcW", CodeCell);
        writer.End();
        writer.StartParagraph(new ParagraphFormat { Alignment = Alignment.Left });
        writer.Start("r");
        writer.Start("drawing");
        Picture(writer.Xml);
        writer.End();
        writer.End();
        writer.EndParagraph();
        writer.End();

        writer.Start("tc");
        writer.Start("tcPr");
        writer.Width("tcW", Twips.TextWidth - CodeCell);
        writer.End();
        foreach (var line in VerificationWording.Lines(block, writer.Culture))
        {
            writer.StartParagraph(new ParagraphFormat { Alignment = Alignment.Left });
            writer.SizedRun(line, MarkSize);
            writer.EndParagraph();
        }

        writer.End();
        writer.End();
        writer.End();
    }

    /// <summary>The inline picture of the code, <see cref="PageLayout.QrSideMm"/> square.</summary>
    private static void Picture(XmlWriter xml)
    {
        // English Metric Units: 36 000 a millimetre.
        var side = ((int)Math.Round(PageLayout.QrSideMm * 36000)).ToString(CultureInfo.InvariantCulture);
        xml.WriteStartElement("wp", "inline", Wp);
        foreach (var distance in new[] { "distT", "distB", "distL", "distR" })
        {
            xml.WriteAttributeString(distance, "0");
        }

        xml.WriteStartElement("wp", "extent", Wp);
        xml.WriteAttributeString("cx", side);
        xml.WriteAttributeString("cy", side);
        xml.WriteEndElement();
        xml.WriteStartElement("wp", "docPr", Wp);
        xml.WriteAttributeString("id", "1");
        xml.WriteAttributeString("name", "QR");
        xml.WriteEndElement();
        xml.WriteStartElement("a", "graphic", A);
        xml.WriteStartElement("a", "graphicData", A);
        xml.WriteAttributeString("uri", Pic);
        xml.WriteStartElement("pic", "pic", Pic);
        xml.WriteStartElement("pic", "nvPicPr", Pic);
        xml.WriteStartElement("pic", "cNvPr", Pic);
        xml.WriteAttributeString("id", "0");
        xml.WriteAttributeString("name", "qr.png");
        xml.WriteEndElement();
        xml.WriteStartElement("pic", "cNvPicPr", Pic);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("pic", "blipFill", Pic);
        xml.WriteStartElement("a", "blip", A);
        xml.WriteAttributeString("r", "embed", WordNamespaces.Relationships, PackageParts.QrCodeId);
        xml.WriteEndElement();
        xml.WriteStartElement("a", "stretch", A);
        xml.WriteStartElement("a", "fillRect", A);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("pic", "spPr", Pic);
        xml.WriteStartElement("a", "xfrm", A);
        xml.WriteStartElement("a", "off", A);
        xml.WriteAttributeString("x", "0");
        xml.WriteAttributeString("y", "0");
        xml.WriteEndElement();
        xml.WriteStartElement("a", "ext", A);
        xml.WriteAttributeString("cx", side);
        xml.WriteAttributeString("cy", side);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("a", "prstGeom", A);
        xml.WriteAttributeString("prst", "rect");
        xml.WriteStartElement("a", "avLst", A);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
