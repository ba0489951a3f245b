using System.Globalization;
using System.Text;
using Supervision.Document;

namespace Supervision.Rendering.Html;

/// <summary>
/// The preview's CSS, built once from <see cref="PageLayout"/> so that the sheet on screen has the measures
/// of the printed act: A4, the office margins, Times New Roman 14 pt, the 12.5 mm indent, the right blocks
/// from the middle, and the blank lines around each block. Every rule is scoped under <c>.act</c>.
/// Numbers are written with the invariant culture: a Russian or Kazakh server must not write "12,5mm".
/// </summary>
internal static class HtmlStylesheet
{
    /// <summary>Single line spacing of Times New Roman, <see cref="PageLayout.SingleLineEm"/>: the sheet's CSS line-height.</summary>
    public const double LineHeight = PageLayout.SingleLineEm;

    // The preview's own chrome, which the printed act does not have: the grey desk and the gap around
    // each sheet on screen.
    private const string Desk = "#d9d9d9";
    private const string DeskGap = "8mm";

    private const string Fonts = "\"Times New Roman\", \"Liberation Serif\", \"PT Serif\", serif";

    /// <summary>The stylesheet of the article, for a page that embeds the fragment.</summary>
    public static string Article { get; } = Build();

    /// <summary>The stylesheet of a full page: the article's, and the page's body on the desk.</summary>
    public static string Page { get; } = string.Concat(
        $$"""
        body { margin: 0; background: {{Desk}}; }
        @media print { body { background: none; } }

        """,
        Article);

    /// <summary>Builds the article's stylesheet; the result does not depend on the current culture.</summary>
    internal static string Build()
    {
        var css = new StringBuilder();
        AppendSheet(css);
        AppendBlocks(css);
        AppendSpacing(css);
        AppendNarrowScreen(css);
        AppendPrint(css);
        return css.ToString();
    }

    private static void AppendSheet(StringBuilder css) => css.Append(CultureInfo.InvariantCulture, $$"""
        .act { background: {{Desk}}; padding: {{DeskGap}} 0; color: #000; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        .act .act-sheet {
          box-sizing: border-box;
          width: {{PageLayout.PageWidthMm}}mm;
          max-width: 100%;
          aspect-ratio: {{PageLayout.PageWidthMm}} / {{PageLayout.PageHeightMm}};
          margin: 0 auto;
          padding: {{Margin(PageLayout.MarginTopMm)}} {{Margin(PageLayout.MarginRightMm)}} {{Margin(PageLayout.MarginBottomMm)}} {{Margin(PageLayout.MarginLeftMm)}};
          background: #fff;
          box-shadow: 0 1px 4px rgba(0, 0, 0, 0.35);
          font-family: {{Fonts}};
          font-size: {{PageLayout.FontSizePt}}pt;
          font-weight: normal;
          line-height: {{LineHeight}};
          text-align: justify;
          overflow-wrap: break-word;
        }
        .act .act-sheet + .act-sheet { margin-top: {{DeskGap}}; }
        .act :where(p, h1, h2, h3, ol, ul, li, table, thead, tbody, tr, th, td) { margin: 0; padding: 0; border: 0; font: inherit; color: inherit; letter-spacing: normal; }
        .act :where(p, h1, h2, h3, li, th, td) { white-space: pre-wrap; }

        """);

    private static void AppendBlocks(StringBuilder css) => css.Append(CultureInfo.InvariantCulture, $$"""
        .act .act-sheet > p, .act .act-sheet > h3, .act .act-sheet > ol > li, .act .act-sheet > ul > li { text-indent: {{PageLayout.FirstLineIndentMm}}mm; }
        .act .act-sheet > h1, .act .act-sheet > h2 { font-weight: bold; text-align: center; }
        .act .act-sheet > h3 { font-weight: bold; text-align: left; }
        .act .act-sheet > :is(h1, h2, h3), .act .act-keep { break-after: avoid; page-break-after: avoid; }
        .act .act-sheet > ol, .act .act-sheet > ul { list-style-position: inside; }
        .act .act-sheet > ol { list-style-type: decimal; }
        .act .act-sheet > ul { list-style-type: "– "; }
        .act .act-sheet > table { width: 100%; border-collapse: collapse; }
        .act :where(th, td) { border: 0.5pt solid #000; padding: 0 1.9mm; text-align: left; vertical-align: top; }
        .act th { font-weight: bold; }
        .act tr { break-inside: avoid; page-break-inside: avoid; }
        .act .act-requisites { display: flex; justify-content: space-between; align-items: baseline; column-gap: 1em; text-align: left; }
        .act .act-requisites > p { flex: 0 1 auto; }
        .act .act-requisites > p:last-child { flex: none; max-width: {{PageLayout.RightBlockStart * 100}}%; text-align: right; }
        .act :is(.act-addressee, .act-approval) { margin-left: {{PageLayout.RightBlockStart * 100}}%; text-align: left; }
        .act .act-addressee { font-weight: bold; }
        .act .act-addressee > .act-address { font-weight: normal; }
        .act .act-signature { display: flex; justify-content: space-between; align-items: flex-end; align-items: last baseline; column-gap: 1em; text-align: left; break-before: avoid; page-break-before: avoid; break-after: avoid; page-break-after: avoid; }
        .act .act-signature-name { flex: none; text-align: right; white-space: nowrap; }
        .act :is(.act-requisites, .act-addressee, .act-approval, .act-signature) { break-inside: avoid; page-break-inside: avoid; }
        .act .act-sheet .act-small { font-size: {{PageLayout.SmallFontSizePt}}pt; }
        .act .act-verification { display: flex; align-items: flex-start; column-gap: {{PageLayout.QrGapMm}}mm; font-size: {{PageLayout.MarkFontSizePt}}pt; text-align: left; break-inside: avoid; page-break-inside: avoid; break-before: avoid; page-break-before: avoid; }
        .act .act-verification-code { flex: none; width: {{PageLayout.QrSideMm}}mm; height: {{PageLayout.QrSideMm}}mm; }
        .act .act-verification p { text-indent: 0; overflow-wrap: anywhere; }
        .act .act-sheet .act-no-indent { text-indent: 0; }
        .act .act-sheet .act-justify { text-align: justify; }
        .act .act-sheet .act-left { text-align: left; }
        .act .act-sheet .act-center { text-align: center; }
        .act .act-sheet .act-right { text-align: right; }

        """);

    // The blank lines before and after each kind of block, from PageLayout, as padding: padding adds up
    // as the spacing of a word processor does, where CSS margins would collapse into the larger one.
    // Tables take margins, which stand beside their neighbours' padding without collapsing.
    private static void AppendSpacing(StringBuilder css)
    {
        AppendSpacing(css, ".act .act-sheet > p", new Paragraph([]));
        AppendSpacing(css, ".act .act-sheet > p.act-small", new Paragraph([], Small: true));
        AppendSpacing(css, ".act .act-sheet > p.act-gap", new Paragraph([], BlankLineBefore: true));
        AppendSpacing(css, ".act .act-sheet > h1", new Heading(1, []));
        AppendSpacing(css, ".act .act-sheet > h2", new Heading(2, []));
        AppendSpacing(css, ".act .act-sheet > h3", new Heading(3, []));
        AppendSpacing(css, ".act .act-sheet > :is(ol, ul)", new ListBlock(true, 1, []));
        AppendSpacing(css, ".act .act-sheet > table", new Table([], false), "margin");
        AppendSpacing(css, ".act .act-requisites", new RequisitesBlock([], []));
        AppendSpacing(css, ".act .act-addressee", new AddresseeBlock([]));
        AppendSpacing(css, ".act .act-approval", new ApprovalBlock([]));
        AppendSpacing(css, ".act .act-signature", new SignatureBlock([], []));
        AppendSpacing(css, ".act .act-verification", new VerificationMark(string.Empty, string.Empty));
    }

    private static void AppendSpacing(StringBuilder css, string selector, Block block, string property = "padding") =>
        css.Append(CultureInfo.InvariantCulture, $$"""
            {{selector}} { {{property}}-top: {{Lines(PageLayout.LinesBefore(block))}}; {{property}}-bottom: {{Lines(PageLayout.LinesAfter(block))}}; }

            """);

    // A screen narrower than the sheet: the right blocks start in the middle while their longest line
    // fits there and move left as far as it needs, rather than breaking a name into a word a line; a
    // table breaks a long word inside a cell, as a word processor does, rather than run off the sheet.
    private static void AppendNarrowScreen(StringBuilder css) => css.Append(CultureInfo.InvariantCulture, $$"""
        @media screen and (max-width: {{PageLayout.PageWidthMm}}mm) {
          .act :is(.act-addressee, .act-approval) { box-sizing: border-box; width: max-content; min-width: {{PageLayout.RightBlockStart * 100}}%; max-width: 100%; margin-left: auto; }
          .act :where(th, td) { overflow-wrap: anywhere; }
        }

        """);

    // On paper, @page gives the margins and the sheet drops its own. The page number stands top centre
    // from page 2, in the middle of the top margin, which is PageLayout.PageNumberTopMm from the edge.
    private static void AppendPrint(StringBuilder css) => css.Append(CultureInfo.InvariantCulture, $$"""
        @media print {
          @page {
            size: A4;
            margin: {{PageLayout.MarginTopMm}}mm {{PageLayout.MarginRightMm}}mm {{PageLayout.MarginBottomMm}}mm {{PageLayout.MarginLeftMm}}mm;
            @top-center { content: counter(page); font-family: {{Fonts}}; font-size: {{PageLayout.FontSizePt}}pt; }
          }
          @page :first { @top-center { content: none; } }
          .act { background: none; padding: 0; }
          .act .act-sheet, .act .act-sheet + .act-sheet { width: auto; max-width: none; aspect-ratio: auto; margin: 0; padding: 0; box-shadow: none; break-after: page; page-break-after: always; }
          .act .act-sheet:last-child { break-after: auto; page-break-after: auto; }
        }

        """);

    // A margin in millimetres on a wide screen; on a screen narrower than the sheet, the same share of
    // the width, so the narrowed sheet keeps the proportions of the page while its text wraps.
    private static string Margin(double millimetres) => string.Create(
        CultureInfo.InvariantCulture,
        $"min({millimetres}mm, {millimetres / PageLayout.PageWidthMm * 100:0.####}%)");

    private static string Lines(double lines) => string.Create(
        CultureInfo.InvariantCulture,
        $"{lines * PageLayout.FontSizePt * LineHeight:0.##}pt");
}
