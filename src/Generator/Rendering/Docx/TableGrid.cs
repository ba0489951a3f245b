namespace Supervision.Rendering.Docx;

/// <summary>Writes a table's <c>w:tblGrid</c>: the widths of its columns in twips.</summary>
internal static class TableGrid
{
    public static void Write(DocxWriter writer, ReadOnlySpan<int> widths)
    {
        writer.Start("tblGrid");
        foreach (var width in widths)
        {
            writer.Start("gridCol");
            writer.Attribute("w", width);
            writer.End();
        }

        writer.End();
    }
}
