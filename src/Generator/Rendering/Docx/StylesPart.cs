using System.Collections.Concurrent;
using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>
/// Builds <c>word/styles.xml</c> with the Open XML SDK's typed classes, once per language and cached:
/// the defaults of every paragraph (Times New Roman 14, single spacing, no space between paragraphs,
/// widow and orphan control, the act's language for the spell-checker), the Normal style, the default
/// and grid table styles, the signature's paragraphs (<see cref="SignatureRenderer"/>) and the table
/// separator of <see cref="BodyRenderer"/>.
/// </summary>
internal static class StylesPart
{
    private static readonly ConcurrentDictionary<string, byte[]> Cache = new(StringComparer.Ordinal);

    /// <summary>The part's bytes for an act in <paramref name="culture"/> ("kk-KZ", "ru-RU").</summary>
    public static byte[] For(string culture) => Cache.GetOrAdd(culture, static culture => SdkXml.Bytes(Build(culture)));

    private static Styles Build(string culture) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Fonts(),
                new FontSize { Val = HalfPoints(Twips.FontSize) },
                new FontSizeComplexScript { Val = HalfPoints(Twips.FontSize) },
                new Languages { Val = culture })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new WidowControl(),
                SingleSpacing()))),
        new Style(
            new StyleName { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new WidowControl(), SingleSpacing()),
            new StyleRunProperties(
                Fonts(),
                new FontSize { Val = HalfPoints(Twips.FontSize) },
                new FontSizeComplexScript { Val = HalfPoints(Twips.FontSize) }))
        {
            Type = StyleValues.Paragraph,
            StyleId = "Normal",
            Default = true,
        },
        new Style(
            new StyleName { Val = "Default Paragraph Font" },
            new UIPriority { Val = 1 },
            new SemiHidden(),
            new UnhideWhenUsed())
        {
            Type = StyleValues.Character,
            StyleId = "DefaultParagraphFont",
            Default = true,
        },
        new Style(
            new StyleName { Val = "Normal Table" },
            new UIPriority { Val = 99 },
            new SemiHidden(),
            new UnhideWhenUsed(),
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        {
            Type = StyleValues.Table,
            StyleId = "TableNormal",
            Default = true,
        },
        new Style(
            new StyleName { Val = "Table Grid" },
            new BasedOn { Val = "TableNormal" },
            new UIPriority { Val = 39 },
            new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" })))
        {
            Type = StyleValues.Table,
            StyleId = TableRenderer.StyleId,
        },
        new Style(
            new StyleName { Val = "Signature" },
            new BasedOn { Val = "Normal" },
            new UIPriority { Val = 99 })
        {
            Type = StyleValues.Paragraph,
            StyleId = SignatureRenderer.StyleId,
        },
        new Style(
            new StyleName { Val = "Table Separator" },
            new BasedOn { Val = "Normal" },
            new SemiHidden(),
            new StyleParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact }),
            new StyleRunProperties(new FontSize { Val = "2" }, new FontSizeComplexScript { Val = "2" }))
        {
            Type = StyleValues.Paragraph,
            StyleId = BodyRenderer.SeparatorStyleId,
            CustomStyle = true,
        });

    private static RunFonts Fonts() => new()
    {
        Ascii = PageLayout.FontFamily,
        HighAnsi = PageLayout.FontFamily,
        EastAsia = PageLayout.FontFamily,
        ComplexScript = PageLayout.FontFamily,
    };

    private static SpacingBetweenLines SingleSpacing() => new() { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto };

    private static string HalfPoints(int value) => value.ToString(CultureInfo.InvariantCulture);
}
