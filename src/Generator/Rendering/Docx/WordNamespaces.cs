namespace Supervision.Rendering.Docx;

/// <summary>The XML namespaces and content types of the parts the renderer writes.</summary>
internal static class WordNamespaces
{
    /// <summary>WordprocessingML main (the "w" prefix).</summary>
    public const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Office relationships (the "r" prefix of r:id).</summary>
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
}
