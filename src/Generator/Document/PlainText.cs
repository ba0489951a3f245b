using System.Text;

namespace Supervision.Document;

/// <summary>
/// The text of a document, a line per paragraph, as a reader of the printed act would copy it: used to
/// pin acts in golden tests and to compare what the DOCX and PDF files say.
/// </summary>
public static class PlainText
{
    /// <summary>The document's text; line breaks inside a paragraph become new lines.</summary>
    public static string Of(ActDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    AppendLine(text, paragraph.Inlines);
                    break;
                case Heading heading:
                    AppendLine(text, heading.Inlines);
                    break;
                case ListBlock list:
                    for (var index = 0; index < list.Items.Count; index++)
                    {
                        text.Append(list.Marker(index)).Append(' ');
                        AppendLine(text, list.Items[index]);
                    }

                    break;
                case Table table:
                    foreach (var row in table.Rows)
                    {
                        text.AppendJoin(" | ", row.Cells.Select(cell => Of(cell.Inlines))).Append('\n');
                    }

                    break;
                case RequisitesBlock requisites:
                    text.Append(Of(requisites.Left)).Append('\t').Append(Of(requisites.Right)).Append('\n');
                    break;
                case AddresseeBlock addressee:
                    AppendLines(text, addressee.AllLines.Select(line => line.Line));
                    break;
                case ApprovalBlock approval:
                    AppendLines(text, approval.Lines);
                    break;
                case SignatureBlock signature:
                    AppendLines(text, signature.PositionLines);
                    AppendLine(text, signature.Name);
                    break;
                case VerificationMark mark:
                    foreach (var line in VerificationWording.Lines(mark, document.Info.Culture))
                    {
                        text.Append(line).Append('\n');
                    }

                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>The text of inlines, line breaks as new lines.</summary>
    public static string Of(IEnumerable<Inline> inlines) =>
        string.Concat(inlines.Select(inline => inline switch
        {
            TextRun run => run.Text,
            LineBreak => "\n",
            _ => string.Empty,
        }));

    private static void AppendLine(StringBuilder text, IEnumerable<Inline> inlines) => text.Append(Of(inlines)).Append('\n');

    private static void AppendLines(StringBuilder text, IEnumerable<IEnumerable<Inline>> lines)
    {
        foreach (var line in lines)
        {
            AppendLine(text, line);
        }
    }
}
