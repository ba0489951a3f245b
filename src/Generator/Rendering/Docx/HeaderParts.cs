using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Supervision.Rendering.Docx;

/// <summary>
/// Builds the two headers once with the Open XML SDK's typed classes: pages 2 onwards carry the page
/// number, centred, bare (a PAGE field, no punctuation); the first page's header is empty.
/// </summary>
internal static class HeaderParts
{
    /// <summary><c>word/header1.xml</c>: the page number.</summary>
    public static byte[] PageNumber { get; } = SdkXml.Bytes(new Header(new Paragraph(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),

        // The field's last shown value; Word and LibreOffice recompute it on every page.
        new Run(new Text("2")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }))));

    /// <summary><c>word/header2.xml</c>: the first page's, empty.</summary>
    public static byte[] Empty { get; } = SdkXml.Bytes(new Header(new Paragraph()));
}
