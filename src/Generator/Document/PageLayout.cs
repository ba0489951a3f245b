namespace Supervision.Document;

/// <summary>
/// The page and type of an official document (Government decree No. 703 of 31.10.2018, as offices apply it):
/// one set of measures every renderer uses, so DOCX, HTML and PDF look alike.
/// </summary>
public static class PageLayout
{
    /// <summary>A4 width in millimetres.</summary>
    public const double PageWidthMm = 210;

    /// <summary>A4 height in millimetres.</summary>
    public const double PageHeightMm = 297;

    /// <summary>Left margin (at least 20 mm; offices use 30).</summary>
    public const double MarginLeftMm = 30;

    /// <summary>Right margin (at least 10 mm; offices use 15).</summary>
    public const double MarginRightMm = 15;

    /// <summary>Top margin.</summary>
    public const double MarginTopMm = 20;

    /// <summary>Bottom margin.</summary>
    public const double MarginBottomMm = 20;

    /// <summary>Distance of the page number from the top edge.</summary>
    public const double PageNumberTopMm = 10;

    /// <summary>First-line indent of the text.</summary>
    public const double FirstLineIndentMm = 12.5;

    /// <summary>Body type size in points (Times New Roman 14).</summary>
    public const double FontSizePt = 14;

    /// <summary>Small type (the executor line) in points.</summary>
    public const double SmallFontSizePt = 12;

    /// <summary>The family asked for in DOCX and HTML; PDF embeds a metric-compatible serif that carries Kazakh.</summary>
    public const string FontFamily = "Times New Roman";

    /// <summary>
    /// The height of one single-spaced line as a share of the type size: Times New Roman's ascent,
    /// descent and line gap add up to 1.15 em, so a blank line of 14 pt type is 16.1 pt.
    /// </summary>
    public const double SingleLineEm = 1.15;

    /// <summary>Where the addressee and approval blocks start, as a share of the text width from the left.</summary>
    public const double RightBlockStart = 0.5;

    /// <summary>The side of the verification mark's QR code, quiet zone included: about 22 mm, which a phone reads from a printout.</summary>
    public const double QrSideMm = 22;

    /// <summary>The gap between the QR code and the lines beside it.</summary>
    public const double QrGapMm = 3;

    /// <summary>The type of the verification mark's lines, in points: small, as a footer's.</summary>
    public const double MarkFontSizePt = 9;

    /// <summary>Text width in millimetres.</summary>
    public const double TextWidthMm = PageWidthMm - MarginLeftMm - MarginRightMm;

    /// <summary>Blank lines (of the body size) before each kind of block, so that the act breathes as printed acts do.</summary>
    public static double LinesBefore(Block block) => block switch
    {
        Heading { Level: 1 } => 1,
        Heading { Level: 2 } => 0,
        Heading => 0.5,
        AddresseeBlock or ApprovalBlock or RequisitesBlock => 1,
        SignatureBlock => 2,
        Paragraph { Small: true } => 2,
        VerificationMark => 1,
        Paragraph { BlankLineBefore: true } => 1,
        _ => 0,
    };

    /// <summary>
    /// Where the signature's position column ends, as a share of the text width from the left; the name
    /// takes the rest. Wide enough that "государственный советник юстиции 3 класса" and the longest class
    /// rank in Kazakh stand on one line in the PDF's font at 14 pt (SignatureColumnTests measures every
    /// rank), and narrow enough for "А. Б. Әбдірахманова".
    /// </summary>
    public const double SignatureNameStart = 0.65;

    /// <summary>
    /// Whether two neighbouring blocks must stand on one page: the text before a signature keeps with it,
    /// and so does the executor line after it, so that a page never holds the signature or the executor
    /// line alone.
    /// </summary>
    public static bool KeepsTogether(Block above, Block below) => below is SignatureBlock || above is SignatureBlock;

    /// <summary>Blank lines after each kind of block.</summary>
    public static double LinesAfter(Block block) => block switch
    {
        Heading { Level: 1 } => 0,
        Heading { Level: 2 } => 1,
        AddresseeBlock or ApprovalBlock => 1,
        _ => 0,
    };
}
