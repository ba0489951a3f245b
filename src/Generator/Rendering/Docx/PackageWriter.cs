using System.IO.Compression;
using System.Text;
using System.Xml;
using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>
/// Writes the DOCX package itself with <see cref="ZipArchive"/> rather than the Open XML SDK's package
/// writer, which stamps zip entries with the clock and draws random relationship ids. Here everything
/// is fixed: the entries and their order, their time (1980-01-01, the first a zip can hold), their
/// attributes, the compression level and the relationship ids (<see cref="PackageParts"/>). Only the
/// act decides the bytes.
/// </summary>
internal static class PackageWriter
{
    /// <summary>Every entry's time: the act's date is in core.xml, not in the zip.</summary>
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly XmlWriterSettings XmlSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        CloseOutput = false,
    };

    /// <summary>Writes the package to a seekable stream (the zip's local headers are then written without data descriptors).</summary>
    public static void Write(ActDocument document, MemoryStream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var mark = document.Blocks.OfType<VerificationMark>().FirstOrDefault();
        Add(zip, PackageParts.ContentTypesName, mark is null ? PackageParts.ContentTypes : PackageParts.ContentTypesWithQrCode);
        Add(zip, PackageParts.PackageRelationshipsName, PackageParts.PackageRelationships);
        Add(zip, PackageParts.DocumentName, xml => BodyRenderer.Write(xml, document));
        Add(zip, PackageParts.DocumentRelationshipsName, mark is null ? PackageParts.DocumentRelationships : PackageParts.DocumentRelationshipsWithQrCode);
        Add(zip, PackageParts.StylesName, StylesPart.For(document.Info.Culture));
        Add(zip, PackageParts.SettingsName, SettingsPart.Bytes);
        Add(zip, PackageParts.DefaultHeaderName, HeaderParts.PageNumber);
        Add(zip, PackageParts.FirstHeaderName, HeaderParts.Empty);
        Add(zip, PackageParts.CorePropertiesName, xml => CorePropertiesPart.Write(xml, document.Info));
        if (mark is not null)
        {
            Add(zip, PackageParts.QrCodeName, VerificationMarkRenderer.Png(mark));
        }
    }

    private static void Add(ZipArchive zip, string name, ReadOnlySpan<byte> content)
    {
        using var stream = Open(zip, name);
        stream.Write(content);
    }

    private static void Add(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        using var stream = Open(zip, name);
        using var xml = XmlWriter.Create(stream, XmlSettings);
        write(xml);
    }

    private static Stream Open(ZipArchive zip, string name)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        entry.ExternalAttributes = 0;
        return entry.Open();
    }
}
