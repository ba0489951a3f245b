namespace Supervision.Rendering.Docx;

/// <summary>
/// The package's fixed parts and names: content types and relationships, with fixed relationship ids
/// (rId1, rId2, ...) where the Open XML SDK would draw random ones. The package holds nothing else:
/// the document, its styles and settings, the two headers and the core properties.
/// </summary>
internal static class PackageParts
{
    public const string ContentTypesName = "[Content_Types].xml";
    public const string PackageRelationshipsName = "_rels/.rels";
    public const string DocumentName = "word/document.xml";
    public const string DocumentRelationshipsName = "word/_rels/document.xml.rels";
    public const string StylesName = "word/styles.xml";
    public const string SettingsName = "word/settings.xml";
    public const string DefaultHeaderName = "word/header1.xml";
    public const string FirstHeaderName = "word/header2.xml";
    public const string CorePropertiesName = "docProps/core.xml";

    /// <summary>The relationship id of the header of pages 2 onwards (the page number).</summary>
    public const string DefaultHeaderId = "rId3";

    /// <summary>The relationship id of the first page's empty header.</summary>
    public const string FirstHeaderId = "rId4";

    /// <summary>The verification mark's QR code, in acts issued with one.</summary>
    public const string QrCodeName = "word/media/qr.png";

    /// <summary>The relationship id of <see cref="QrCodeName"/>.</summary>
    public const string QrCodeId = "rId5";

    /// <summary><c>[Content_Types].xml</c> of a package holding <see cref="QrCodeName"/>: PNG declared too.</summary>
    public static readonly byte[] ContentTypesWithQrCode = With(ContentTypes, "<Default Extension=\"xml\"", "<Default Extension=\"png\" ContentType=\"image/png\"/>");

    /// <summary><c>word/_rels/document.xml.rels</c> of a package holding <see cref="QrCodeName"/>.</summary>
    public static readonly byte[] DocumentRelationshipsWithQrCode = With(
        DocumentRelationships,
        "</Relationships>",
        $"<Relationship Id=\"{QrCodeId}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/qr.png\"/>");

    /// <summary>A fixed part with <paramref name="insert"/> written before <paramref name="before"/>.</summary>
    private static byte[] With(ReadOnlySpan<byte> part, string before, string insert)
    {
        var text = System.Text.Encoding.UTF8.GetString(part);
        var at = text.IndexOf(before, StringComparison.Ordinal);
        return System.Text.Encoding.UTF8.GetBytes(text.Insert(at, insert));
    }

    /// <summary><c>[Content_Types].xml</c>.</summary>
    public static ReadOnlySpan<byte> ContentTypes =>
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>
        """u8;

    /// <summary><c>_rels/.rels</c>: the main document and the core properties.</summary>
    public static ReadOnlySpan<byte> PackageRelationships =>
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>
        """u8;

    /// <summary><c>word/_rels/document.xml.rels</c>: styles, settings and the two headers.</summary>
    public static ReadOnlySpan<byte> DocumentRelationships =>
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/></Relationships>
        """u8;
}
