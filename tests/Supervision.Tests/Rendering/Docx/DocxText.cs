using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Supervision.Rendering.Docx;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Supervision.Tests.Rendering.Docx;

/// <summary>
/// Reads the text of a rendered DOCX back with the Open XML SDK, a line per paragraph, in the convention
/// of <see cref="Supervision.Document.PlainText"/>:
/// <list type="bullet">
/// <item>a paragraph is a line; <c>w:br</c> inside it a new line, <c>w:tab</c> a tab (the requisites' "date TAB place");
/// a page break (<c>w:pageBreakBefore</c>) is no text;</item>
/// <item>a bordered table ("Table Grid") is a line per row, its cells joined by " | ";</item>
/// <item>in a paragraph of the signature (style "Signature") a tab is a new line: the name stands at
/// the right tab stop on the class rank's line, where the plain text has it on a line of its own;</item>
/// <item>the separator Word needs between two tables holds no text and is skipped.</item>
/// </list>
/// </summary>
internal static class DocxText
{
    public static string Of(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var text = new StringBuilder();
        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case W.Paragraph paragraph when paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "TableSeparator":
                    break;
                case W.Paragraph paragraph when paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value == SignatureRenderer.StyleId:
                    text.Append(Of(paragraph).Replace('\t', '\n')).Append('\n');
                    break;
                case W.Paragraph paragraph:
                    text.Append(Of(paragraph)).Append('\n');
                    break;
                case W.Table table when table.GetFirstChild<W.TableProperties>()?.TableStyle?.Val?.Value == "TableGrid":
                    foreach (var row in table.Elements<W.TableRow>())
                    {
                        text.AppendJoin(" | ", row.Elements<W.TableCell>().Select(cell => string.Join('\n', cell.Elements<W.Paragraph>().Select(Of))))
                            .Append('\n');
                    }

                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>The text of one paragraph.</summary>
    public static string Of(W.Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var run in paragraph.Elements<W.Run>())
        {
            foreach (var child in run.ChildElements)
            {
                text.Append(child switch
                {
                    W.Text t => t.Text,
                    W.TabChar => "\t",
                    W.Break { Type: null } => "\n",
                    W.Break => string.Empty,
                    OpenXmlElement => string.Empty,
                });
            }
        }

        return text.ToString();
    }
}
