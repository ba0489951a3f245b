using Supervision.Document;

namespace Supervision.Rendering.Html;

/// <summary>Hands each block to its renderer; each block is one line of the HTML source.</summary>
internal static class BlockRenderer
{
    public static void Write(HtmlWriter html, Block block)
    {
        switch (block)
        {
            case Paragraph paragraph:
                ParagraphRenderer.Write(html, paragraph);
                break;
            case Heading heading:
                HeadingRenderer.Write(html, heading);
                break;
            case ListBlock list:
                ListRenderer.Write(html, list);
                break;
            case Table table:
                TableRenderer.Write(html, table);
                break;
            case RequisitesBlock requisites:
                RequisitesRenderer.Write(html, requisites);
                break;
            case AddresseeBlock addressee:
                AddresseeRenderer.Write(html, addressee);
                break;
            case ApprovalBlock approval:
                ApprovalRenderer.Write(html, approval);
                break;
            case SignatureBlock signature:
                SignatureRenderer.Write(html, signature);
                break;
            case VerificationMark mark:
                VerificationMarkRenderer.Write(html, mark);
                break;
            case PageBreak:
                PageBreakRenderer.Write(html);
                return;
            default:
                // A preview that silently left out a block would show an act that is not the one printed.
                throw new NotSupportedException($"The HTML preview has no renderer for {block.GetType().Name}.");
        }

        html.NewLine();
    }
}
