using Supervision.Generation;

namespace Supervision.Register;

/// <summary>The formats whose bytes are hashed and stored with every issued act.</summary>
public static class StoredFormats
{
    /// <summary>DOCX (to edit and print) and HTML (the preview). PDF joins with one entry here when
    /// <see cref="OutputFormat"/> and <see cref="ActGenerator.RenderDocument"/> have it.</summary>
    public static IReadOnlyList<OutputFormat> All { get; } = [OutputFormat.Docx, OutputFormat.Pdf, OutputFormat.Html];
}
