using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>
/// Writes the section properties (<c>w:sectPr</c>): A4 portrait, the margins of <see cref="PageLayout"/>,
/// and the page number at the top from page 2 on: <c>w:titlePg</c> gives the first page its own,
/// empty, header.
/// </summary>
internal static class PageSetup
{
    public static void Write(DocxWriter writer)
    {
        writer.Start("sectPr");
        HeaderReference(writer, "default", PackageParts.DefaultHeaderId);
        HeaderReference(writer, "first", PackageParts.FirstHeaderId);
        writer.Start("pgSz");
        writer.Attribute("w", Twips.PageWidth);
        writer.Attribute("h", Twips.PageHeight);
        writer.End();
        writer.Start("pgMar");
        writer.Attribute("top", Twips.MarginTop);
        writer.Attribute("right", Twips.MarginRight);
        writer.Attribute("bottom", Twips.MarginBottom);
        writer.Attribute("left", Twips.MarginLeft);
        writer.Attribute("header", Twips.HeaderDistance);

        // No footer is written; its distance is required, and is the header's.
        writer.Attribute("footer", Twips.HeaderDistance);
        writer.Attribute("gutter", 0);
        writer.End();
        writer.Empty("titlePg");
        writer.End();
    }

    private static void HeaderReference(DocxWriter writer, string type, string relationshipId)
    {
        writer.Start("headerReference");
        writer.Attribute("type", type);
        writer.Attribute("r", "id", WordNamespaces.Relationships, relationshipId);
        writer.End();
    }
}
