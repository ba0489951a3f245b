using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Supervision.Tests.Rendering.Docx;

/// <summary>A rendered DOCX opened for reading: with the Open XML SDK, or as the zip it is.</summary>
internal static class DocxFile
{
    public static readonly XNamespace Wml = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The Open XML SDK validator's errors, as lines a failing test can print.</summary>
    public static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return [.. new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}")];
    }

    /// <summary>Runs <paramref name="read"/> on the opened document.</summary>
    public static T Read<T>(byte[] docx, Func<WordprocessingDocument, T> read)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return read(document);
    }

    /// <summary>A detached copy of the main document's body, to look at after the file is closed.</summary>
    public static W.Body Body(byte[] docx) => Read(docx, document => (W.Body)Body(document).CloneNode(true));

    /// <summary>The body of the main document.</summary>
    public static W.Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document!.Body!;

    /// <summary>The zip's entries: name and uncompressed bytes, in order.</summary>
    public static IReadOnlyList<(string Name, byte[] Content, DateTimeOffset Time)> Entries(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return [.. zip.Entries.Select(entry =>
        {
            using var content = entry.Open();
            using var copy = new MemoryStream();
            content.CopyTo(copy);
            return (entry.FullName, copy.ToArray(), entry.LastWriteTime);
        })];
    }

    /// <summary>A part of the package as XML.</summary>
    public static XDocument Part(byte[] docx, string name)
    {
        var entry = Entries(docx).Single(entry => entry.Name == name);
        return XDocument.Load(new MemoryStream(entry.Content));
    }
}
